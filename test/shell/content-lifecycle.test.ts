// @vitest-environment happy-dom
// The content script entry with the browser, the article gate and the lazy engine replaced:
// what it loads, answers and applies for each settings state.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EffectiveSettings } from '../../src/shared/settings';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
let engineLoads: number;
const applied: EffectiveSettings[] = [];
const session = {
  apply: vi.fn((settings: EffectiveSettings) => (applied.push(settings), true)),
  reply: vi.fn((url: string) => ({ url, state: 'analysed', promoCount: 2, sheet: { lang: 'de', facts: [], promos: [] } })),
  revealFact: vi.fn(() => true),
  revealPromo: vi.fn(() => false),
  destroy: vi.fn(),
};

async function startContentScript(stored: Record<string, unknown>, article = true) {
  fake = createFakeBrowser({ stored: { settings: stored } });
  engineLoads = 0;
  applied.length = 0;
  vi.clearAllMocks();
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake }));
  vi.doMock('../../src/dom/article/is-probably-article', () => ({ isProbablyStockArticle: () => article }));
  vi.doMock('../../src/content/page-engine', () => {
    engineLoads += 1;
    return { createPageSession: () => session };
  });
  await import('../../src/content/index');
  const [listener] = fake.runtime.onMessage.listeners as Set<(message: unknown, sender: unknown) => Promise<unknown> | undefined>;
  const ask = (message: unknown, sender: unknown = { id: 'test-extension' }) => listener!(message, sender);
  await ask({ type: 'get-fact-sheet' }); // waits for the first refresh
  return ask;
}

const defaults = { version: 1, highlights: true, promos: true, promoDisplay: 'off', sites: {} };

beforeEach(() => {
  document.body.innerHTML = '<article><p>Amazon</p></article>';
});

describe('content script', () => {
  it('does nothing on a site where both features are off, but still answers the popup', async () => {
    const ask = await startContentScript({ ...defaults, sites: { [location.hostname]: { highlights: false, promos: false } } });
    expect(engineLoads).toBe(0);
    expect(await ask({ type: 'get-fact-sheet' })).toMatchObject({ state: 'off', enabled: { highlights: false, promos: false } });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'page-status', promoCount: 0, factCount: 0 });
  });

  it('never loads the engine on a page that fails the article gate', async () => {
    const ask = await startContentScript(defaults, false);
    expect(engineLoads).toBe(0);
    expect(await ask({ type: 'get-fact-sheet' })).toMatchObject({ state: 'not-article' });
  });

  it('analyses an article, reports the promo count and answers reveal messages', async () => {
    const ask = await startContentScript(defaults);
    expect(engineLoads).toBe(1);
    expect(applied).toEqual([{ highlights: true, promos: true, promoDisplay: 'off' }]);
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'page-status', promoCount: 2, factCount: 0 });
    expect(await ask({ type: 'reveal-fact', index: 3 })).toEqual({ ok: true });
    expect(session.revealFact).toHaveBeenCalledWith(3);
    expect(await ask({ type: 'reveal-promo', index: 0 })).toEqual({ ok: false });
  });

  it('ignores other senders and malformed messages', async () => {
    const ask = await startContentScript(defaults);
    expect(ask({ type: 'get-fact-sheet' }, { id: 'other-extension' })).toBeUndefined();
    expect(ask({ type: 'reveal-fact', index: -1 })).toBeUndefined();
    expect(ask({ type: 'delete-everything' })).toBeUndefined();
  });

  it('applies switched settings at once and tears the session down when both go off', async () => {
    const ask = await startContentScript(defaults);
    await fake.storage.sync.set({ settings: { ...defaults, highlights: false, promoDisplay: 'dim' } });
    await ask({ type: 'get-fact-sheet' });
    expect(applied.at(-1)).toEqual({ highlights: false, promos: true, promoDisplay: 'dim' });
    await fake.storage.sync.set({ settings: { ...defaults, highlights: false, promos: false } });
    expect(await ask({ type: 'get-fact-sheet' })).toMatchObject({ state: 'off' });
    expect(session.destroy).toHaveBeenCalledTimes(1);
    expect(fake.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'page-status', promoCount: 0, factCount: 0 });
  });
});
