// The welcome/demo page opened on install. Content scripts do not run on extension pages, so it
// runs the content script's page session itself on the packaged demo article in a frame.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { FACT_KINDS } from '../core/fact-sheet';
import { createPageSession } from '../content/page-engine';
import { adoptHighlightStyles } from '../dom/highlight/highlight-styles';
import { paintHighlights, supportsHighlights } from '../dom/highlight/paint';
import { kindLabel } from '../shared/format';
import { t, type UiLang } from '../shared/i18n';

const DEMO_PAGE = '/demo/amazon-aktie.html';

export function Welcome({ lang }: { lang: UiLang }) {
  const [found, setFound] = useState<{ facts: number; promos: number }>();
  const legend = useRef<HTMLUListElement>(null);

  // The legend shows each kind painted exactly as on pages (same highlight styles).
  useEffect(() => {
    const list = legend.current;
    if (!list) return;
    const targets = FACT_KINDS.flatMap((kind, index) => {
      const label = list.children[index]?.firstChild;
      if (!label) return [];
      const range = document.createRange();
      range.selectNodeContents(label);
      return [{ fact: { kind }, range }];
    });
    const unstyle = adoptHighlightStyles(document);
    const unpaint = paintHighlights(document, targets);
    return () => {
      unpaint();
      unstyle();
    };
  }, []);

  const analyseDemo = (frame: HTMLIFrameElement): void => {
    const doc = frame.contentDocument;
    if (!doc) return;
    const session = createPageSession(doc, lang);
    session.apply({ highlights: true, promos: true, promoDisplay: 'off' });
    const reply = session.reply(doc.location.href);
    setFound({ facts: reply.sheet.facts.length, promos: reply.promoCount });
  };

  return (
    <main class="welcome">
      <header>
        <img src="/icons/icon-48.png" alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p>{t('welcomeIntro')}</p>
      {!supportsHighlights(document) && <p class="note">{t('noHighlightSupport')}</p>}
      <h2>{t('welcomeLegend')}</h2>
      <ul class="legend" ref={legend}>
        {FACT_KINDS.map(kind => <li key={kind}><span>{kindLabel(kind)}</span></li>)}
      </ul>
      <p>{t('welcomeDemo')}</p>
      {found && <p class="note" data-testid="welcome-found">{t('welcomeFound', String(found.facts), String(found.promos))}</p>}
      <iframe class="demo" src={DEMO_PAGE} title={t('welcomeDemoFrame')} onLoad={event => analyseDemo(event.currentTarget)} />
      <p><button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('openOptions')}</button></p>
    </main>
  );
}
