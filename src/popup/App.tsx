// The popup: finds the tab, asks its content script for the fact sheet, and shows it with the
// switches and export buttons. data-state on the root is the test hook: loading | ready | unavailable.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, type UiLang } from '../shared/i18n';
import { askContentScript, type FactSheetReply } from '../shared/messages';
import { onSettingsChanged } from '../shared/settings';
import { ExportBar } from './components/ExportBar';
import { FactSheetView } from './components/FactSheetView';
import { SwitchTable } from './components/SwitchTable';
import { useSettings } from './components/use-settings';

type View = { state: 'loading' } | { state: 'unavailable' | 'ready'; reply?: FactSheetReply };

/** The tab to describe: `?tab=<id>` (tests open the popup as a tab) or the active tab. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function hostnameOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

export function App({ lang }: { lang: UiLang }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [settings, update, saveError] = useSettings();

  const fetchSheet = useCallback(async (id: number | undefined) => {
    const reply = id === undefined ? undefined : await askContentScript(id, { type: 'get-fact-sheet' });
    if (!reply) setView({ state: 'unavailable' });
    else setView({ state: reply.state === 'not-article' ? 'unavailable' : 'ready', reply });
  }, []);

  useEffect(() => {
    const lifetime = new AbortController();
    void targetTabId(location.search).then(id => {
      setTabId(id);
      void fetchSheet(id);
      // The content script re-analyses when settings change; show its new sheet.
      onSettingsChanged(() => void fetchSheet(id), lifetime.signal);
    });
    return () => lifetime.abort();
  }, [fetchSheet]);

  const reveal = (type: 'reveal-fact' | 'reveal-promo', index: number): void => {
    if (tabId !== undefined) void askContentScript(tabId, { type, index });
  };
  const reply = view.state === 'loading' ? undefined : view.reply;
  const hostname = hostnameOf(reply?.url);

  return (
    <main class="popup" data-testid="fact-sheet" data-state={view.state} aria-busy={view.state === 'loading'}>
      <header class="header">
        <h1 dir="auto">{reply?.sheet.title ?? t('popupTitle')}</h1>
        {reply && (
          <p class="meta">
            <span>{t('labelLanguage')}: {reply.sheet.lang}</span>
            {hostname && <bdi>{hostname}</bdi>}
          </p>
        )}
      </header>
      {settings && <SwitchTable settings={settings} update={update} hostname={hostname} />}
      {saveError && <p class="error" role="alert">{t('saveFailed', saveError)}</p>}
      {view.state === 'loading' && <p class="note">{t('stateLoading')}</p>}
      {view.state === 'unavailable' && <p class="note">{t(reply ? 'stateNotArticle' : 'stateUnavailable')}</p>}
      {view.state === 'ready' && reply && reply.state === 'off' && <p class="note">{t('stateOff')}</p>}
      {view.state === 'ready' && reply && reply.state === 'analysed' && (
        <>
          <FactSheetView
            reply={reply}
            lang={lang}
            onRevealFact={index => reveal('reveal-fact', index)}
            onRevealPromo={index => reveal('reveal-promo', index)}
          />
          <ExportBar sheet={reply.sheet} lang={lang} hostname={hostname ?? ''} />
        </>
      )}
      <footer class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
      </footer>
    </main>
  );
}
