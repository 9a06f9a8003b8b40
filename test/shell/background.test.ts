// The background worker's listeners with a fake browser: badge per tab, validation of senders,
// clearing on navigation, settings repair and the welcome page on install.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
type Listener = (...args: unknown[]) => unknown;
const first = (listeners: Iterable<unknown>) => [...listeners][0] as Listener;

beforeEach(async () => {
  fake = createFakeBrowser({ stored: { settings: { highlights: 'yes', promos: false } } });
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake }));
  await import('../../src/background/index');
});

describe('background', () => {
  it('sets the badge of the sending tab from page-status', async () => {
    const reply = first(fake.runtime.onMessage.listeners)({ type: 'page-status', promoCount: 2, factCount: 9 }, { id: 'test-extension', tab: { id: 5 } });
    expect(reply).toBeUndefined();
    await vi.waitFor(() => expect(fake.action.setTitle).toHaveBeenCalled());
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '2' });
    expect(fake.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 5, color: '#c5221f' });
    expect(fake.action.setTitle).toHaveBeenCalledWith({ tabId: 5, title: '2 promotional blocks on this page' });
  });

  it.each([
    [{ type: 'page-status', promoCount: 2, factCount: 9 }, { id: 'other-extension', tab: { id: 5 } }],
    [{ type: 'page-status', promoCount: 2, factCount: 9 }, { id: 'test-extension' }],
    [{ type: 'page-status', promoCount: '2', factCount: 9 }, { id: 'test-extension', tab: { id: 5 } }],
    [{ type: 'get-fact-sheet' }, { id: 'test-extension', tab: { id: 5 } }],
  ])('ignores %j from %j', (message, sender) => {
    expect(first(fake.runtime.onMessage.listeners)(message, sender)).toBeUndefined();
    expect(fake.action.setBadgeText).not.toHaveBeenCalled();
  });

  it('clears the badge when the tab starts loading a new page', () => {
    first(fake.tabs.onUpdated.listeners)(5, { status: 'loading' });
    expect(fake.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
    first(fake.tabs.onUpdated.listeners)(5, { title: 'x' });
    expect(fake.action.setBadgeText).toHaveBeenCalledTimes(1);
  });

  it('repairs stored settings and opens the welcome page on install only', async () => {
    first(fake.runtime.onInstalled.listeners)({ reason: 'install' });
    await vi.waitFor(() => expect(fake.data.settings).toEqual({ version: 1, highlights: true, promos: false, promoDisplay: 'off', sites: {} }));
    expect(fake.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/welcome/index.html' });
    first(fake.runtime.onInstalled.listeners)({ reason: 'update' });
    expect(fake.tabs.create).toHaveBeenCalledTimes(1);
  });
});
