// Content script: the page side of Stock News Lens. It owns the page's fact sheet; the popup
// and the badge are views of it. Nothing is written into the page except the overlay host.
//
//   settings for this hostname ──both off──▶ idle: no DOM reads, no observers (answers "off")
//        │
//        ▼
//   isProbablyStockArticle(document) ──no──▶ watch late content, re-test the gate per pass
//        │ yes
//        ▼
//   import('./page-engine')  (extraction code + instrument data, loaded only here)
//        ▼
//   session.apply(): analysePage → paint highlights (if on) → dim promos (if asked)
//        ▼
//   page-status → background (badge) ─── get-fact-sheet / reveal-* ◀── popup
//        ▼
//   watch late content: ≤ 1 pass/s, stop after idle passes ── storage.onChanged ──▶ apply at once
//
// Teardown (extension updated or removed: "Extension context invalidated") restores the page.
import browser, { type Runtime } from 'webextension-polyfill';
import { isProbablyStockArticle } from '../dom/article/is-probably-article';
import { uiLanguage } from '../shared/i18n';
import { countByKind, parseContentMessage, type BackgroundMessage, type ContentMessage, type FactSheetReply, type PageState } from '../shared/messages';
import { effectiveSettings, loadSettings, onSettingsChanged, type EffectiveSettings } from '../shared/settings';
import { watchLateContent } from './late-content-watch';
import type { PageSession } from './page-session';

const lifetime = new AbortController();
const uiLang = uiLanguage();
let settings: EffectiveSettings = { highlights: false, promos: false, promoDisplay: 'off' };
let session: PageSession | undefined;
let state: PageState = 'off';
let lastStatus: BackgroundMessage = { type: 'page-status', promoCount: 0, factCount: 0 };
// One refresh at a time, in order: a settings change during the lazy import waits for it.
let queue: Promise<boolean> = Promise.resolve(false);

const watch = watchLateContent(document, () => enqueue(), lifetime.signal);

function enqueue(): Promise<boolean> {
  queue = queue.then(refresh, refresh);
  return queue;
}

async function refresh(): Promise<boolean> {
  if (!contextAlive()) return false;
  if (!settings.highlights && !settings.promos) {
    session?.destroy();
    session = undefined;
    watch.stop();
    state = 'off';
    report(0, 0);
    return false;
  }
  if (!session && !isProbablyStockArticle(document)) {
    state = 'not-article';
    watch.start();
    return false;
  }
  if (!session) {
    const engine = await import('./page-engine');
    if (lifetime.signal.aborted) return false;
    session = engine.createPageSession(document, uiLang);
  }
  const changed = session.apply(settings);
  watch.discardPending();
  state = 'analysed';
  const reply = session.reply(location.href);
  report(reply.promoCount, reply.sheet.facts.length);
  watch.start();
  return changed;
}

/** Sent after every pass (≤ 1/s), not only on change: navigation may have cleared the badge meanwhile. */
function report(promoCount: number, factCount: number): void {
  lastStatus = { type: 'page-status', promoCount, factCount };
  browser.runtime.sendMessage(lastStatus).catch(onSendError);
}

function onSendError(error: unknown): void {
  if (String(error).includes('Extension context invalidated')) teardown();
}

/** After an update or uninstall this instance is orphaned: its APIs are gone. */
function contextAlive(): boolean {
  try {
    if (browser.runtime.id) return true;
  } catch {
    // Firefox throws instead of returning undefined.
  }
  teardown();
  return false;
}

function teardown(): void {
  if (lifetime.signal.aborted) return;
  lifetime.abort();
  session?.destroy();
  session = undefined;
}

async function answer(message: ContentMessage): Promise<unknown> {
  await queue;
  switch (message.type) {
    case 'get-fact-sheet':
      return session?.reply(location.href) ?? emptyReply();
    case 'reveal-fact':
      return { ok: session?.revealFact(message.index) ?? false };
    case 'reveal-promo':
      return { ok: session?.revealPromo(message.index) ?? false };
  }
}

function emptyReply(): FactSheetReply {
  const sheet = { lang: document.documentElement.lang.slice(0, 2).toLowerCase() || uiLang, facts: [], promos: [] };
  return {
    url: location.href, sheet, counts: countByKind(sheet), promoCount: 0,
    enabled: { highlights: settings.highlights, promos: settings.promos }, state, contexts: [],
  };
}

const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseContentMessage(raw);
  return message ? answer(message) : undefined;
};
browser.runtime.onMessage.addListener(onMessage);
lifetime.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

onSettingsChanged(next => {
  settings = effectiveSettings(next, location.hostname);
  void enqueue();
}, lifetime.signal);

// A page restored from the back/forward cache kept our state, but the badge was cleared.
addEventListener('pageshow', event => {
  if (event.persisted) report(lastStatus.promoCount, lastStatus.factCount);
}, { signal: lifetime.signal });

void loadSettings().then(loaded => {
  settings = effectiveSettings(loaded, location.hostname);
  return enqueue();
});
