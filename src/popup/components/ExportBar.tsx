// Copy the sheet as JSON (the contract's FactSheet exactly), export it as a .json file, or copy
// a plain-text summary. Results are announced in a polite live region.
import { useState } from 'preact/hooks';
import type { FactSheet } from '../../core/fact-sheet';
import { t, type UiLang } from '../../shared/i18n';
import { downloadJson, exportFileName, sheetAsJson, sheetAsText } from '../sheet-export';

export function ExportBar({ sheet, lang, hostname }: { sheet: FactSheet; lang: UiLang; hostname: string }) {
  const [status, setStatus] = useState('');
  const copy = (text: string): void => {
    navigator.clipboard.writeText(text).then(() => setStatus(t('copied')), () => setStatus(t('copyFailed')));
  };
  return (
    <div class="export">
      <button type="button" data-testid="copy-json" onClick={() => copy(sheetAsJson(sheet))}>{t('copyJson')}</button>
      <button type="button" data-testid="export-json" onClick={() => {
        downloadJson(sheetAsJson(sheet), exportFileName(hostname, new Date()));
        setStatus(t('exported'));
      }}>{t('exportJson')}</button>
      <button type="button" data-testid="copy-text" onClick={() => copy(sheetAsText(sheet, lang))}>{t('copyText')}</button>
      <span class="status" role="status" aria-live="polite">{status}</span>
    </div>
  );
}
