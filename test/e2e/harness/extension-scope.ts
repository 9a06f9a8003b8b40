// Probes run inside an extension context (Chromium service worker or Firefox extension page),
// where `browser`/`chrome` are available. Serialised by the drivers: keep them self-contained.
import type { Browser } from 'webextension-polyfill';

type ExtensionGlobal = { browser?: Browser; chrome?: Browser };

/** The id of the tab whose content script answers `get-fact-sheet` for `url` (no `tabs` permission needed). */
export async function findTabByUrl(url: string): Promise<number | null> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    try {
      const reply = (await api.tabs.sendMessage(tab.id, { type: 'get-fact-sheet' })) as { url?: string } | undefined;
      if (reply?.url === url) return tab.id;
    } catch {
      // No content script in that tab (extension pages, the welcome tab).
    }
  }
  return null;
}

export async function askFactSheet(tabId: number): Promise<unknown> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  return api.tabs.sendMessage(tabId, { type: 'get-fact-sheet' });
}

export async function badgeText(tabId: number): Promise<string> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  return api.action.getBadgeText({ tabId });
}


/** Writes the settings object as the popup and options page do (storage.sync, key "settings"). */
export async function writeSettings(settings: Record<string, unknown>): Promise<void> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.storage.sync.set({ settings });
}

/** Ids of open tabs where no content script answers (extension pages, about:blank). */
export async function tabsWithoutContentScript(): Promise<number[]> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  const silent: number[] = [];
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply: unknown = await api.tabs.sendMessage(tab.id, { type: 'get-fact-sheet' }).catch(() => undefined);
    if (reply === undefined) silent.push(tab.id);
  }
  return silent;
}

/** The stored settings object (storage.sync, key "settings"), as the popup and options page left it. */
export async function readSettings(): Promise<unknown> {
  const scope = globalThis as unknown as ExtensionGlobal;
  const api = (scope.browser ?? scope.chrome) as Browser;
  return (await api.storage.sync.get('settings')).settings;
}
