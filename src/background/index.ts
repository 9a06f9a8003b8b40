// Background (Chrome service worker / Firefox event page): settings upkeep on install and
// update, the per-tab badge from the content scripts' page-status, and nothing kept in memory.
// Every listener is registered synchronously at the top level so a woken worker gets its event.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { parseBackgroundMessage } from '../shared/messages';
import { SETTINGS_KEY, migrateSettings } from '../shared/settings';
import { setBadge } from './badge';

const WELCOME_PAGE = 'src/welcome/index.html';

browser.runtime.onInstalled.addListener(details => {
  normaliseStoredSettings().catch(reportError);
  if (details.reason === 'install') browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(reportError);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts, from a real tab; everything else is ignored without side effects.
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || tabId < 0) return undefined;
  const message = parseBackgroundMessage(raw);
  if (message) void setBadge(tabId, message.promoCount).catch(ignoreClosedTab);
  return undefined;
});

browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
  if (change.status === 'loading') void setBadge(tabId, 0).catch(ignoreClosedTab);
});

/** Writes back the normalised settings (defaults on first install, repaired after corruption). */
async function normaliseStoredSettings(): Promise<void> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const settings = migrateSettings(stored[SETTINGS_KEY]);
  if (JSON.stringify(settings) !== JSON.stringify(stored[SETTINGS_KEY])) {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  }
}

function reportError(error: unknown): void {
  console.error('Stock News Lens:', error);
}

function ignoreClosedTab(): void {
  // The tab closed between the message and the badge update: nothing to show anymore.
}
