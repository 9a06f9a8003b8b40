// The sheet leaving the popup: JSON exactly as the contract (FactSheet), a plain-text summary,
// and a file download through a short-lived blob URL (no downloads permission needed).
import { FACT_KINDS, type FactSheet } from '../core/fact-sheet';
import { formatFactValue, kindLabel } from '../shared/format';
import { t, type UiLang } from '../shared/i18n';

export function sheetAsJson(sheet: FactSheet): string {
  return JSON.stringify(sheet, null, 2);
}

export function sheetAsText(sheet: FactSheet, lang: UiLang): string {
  const lines = [sheet.title, sheet.url, `${t('labelLanguage')}: ${sheet.lang}`].filter(Boolean) as string[];
  for (const kind of FACT_KINDS) {
    const facts = sheet.facts.filter(fact => fact.kind === kind);
    if (facts.length === 0) continue;
    lines.push('', kindLabel(kind));
    for (const fact of facts) lines.push(`- ${fact.text} → ${formatFactValue(fact, lang)}`);
  }
  if (sheet.promos.length > 0) {
    lines.push('', t('sectionPromos'));
    for (const promo of sheet.promos) lines.push(`- [${promo.score.toFixed(2)}] ${promo.text} (${promo.reasons.join('; ')})`);
  }
  return lines.join('\n');
}

export function exportFileName(hostname: string, now: Date): string {
  const safeHost = hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  return `stock-news-lens-${safeHost}-${now.toISOString().slice(0, 10)}.json`;
}

export function downloadJson(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
