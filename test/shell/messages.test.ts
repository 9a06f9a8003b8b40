import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake[key as keyof typeof fake] }) }));
const { askContentScript, countByKind, parseBackgroundMessage, parseContentMessage } = await import('../../src/shared/messages');

describe('parseContentMessage', () => {
  it('accepts the three popup messages', () => {
    expect(parseContentMessage({ type: 'get-fact-sheet' })).toEqual({ type: 'get-fact-sheet' });
    expect(parseContentMessage({ type: 'reveal-promo', index: 2 })).toEqual({ type: 'reveal-promo', index: 2 });
    expect(parseContentMessage({ type: 'reveal-fact', index: 0 })).toEqual({ type: 'reveal-fact', index: 0 });
  });

  it.each([
    undefined, null, 'get-fact-sheet', [], { type: 'unknown' }, { type: 'page-status', promoCount: 1, factCount: 1 },
    { type: 'get-fact-sheet', index: 1 }, { type: 'reveal-fact' }, { type: 'reveal-fact', index: -1 },
    { type: 'reveal-fact', index: 1.5 }, { type: 'reveal-fact', index: '1' }, { type: 'reveal-fact', index: 1e9 },
    { type: 'reveal-promo', index: 1, extra: true }, JSON.parse('{"type":"reveal-fact","index":1,"__proto__":{"x":1}}'),
  ])('ignores %j', raw => {
    expect(parseContentMessage(raw)).toBeUndefined();
  });
});

describe('parseBackgroundMessage', () => {
  it('accepts page-status with counts', () => {
    expect(parseBackgroundMessage({ type: 'page-status', promoCount: 2, factCount: 14 })).toEqual({ type: 'page-status', promoCount: 2, factCount: 14 });
  });

  it.each([
    { type: 'page-status', promoCount: 2 }, { type: 'page-status', promoCount: -1, factCount: 0 },
    { type: 'page-status', promoCount: Number.NaN, factCount: 0 }, { type: 'page-status', promoCount: 1, factCount: 1, tabId: 3 },
    { type: 'get-fact-sheet' }, { type: 'page-status', promoCount: 'x'.repeat(10_000), factCount: 0 },
  ])('ignores %j', raw => {
    expect(parseBackgroundMessage(raw)).toBeUndefined();
  });
});

describe('askContentScript', () => {
  it('resolves undefined when no content script answers', async () => {
    fake.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askContentScript(1, { type: 'get-fact-sheet' })).toBeUndefined();
    fake.tabs.sendMessage.mockResolvedValueOnce(undefined);
    expect(await askContentScript(1, { type: 'get-fact-sheet' })).toBeUndefined();
  });
});

it('counts facts per kind, with zero for absent kinds', () => {
  const counts = countByKind({ lang: 'de', promos: [], facts: [
    { kind: 'money', text: '5 Euro', value: 5, currency: 'EUR' }, { kind: 'money', text: '6 Euro', value: 6, currency: 'EUR' },
    { kind: 'date', text: 'heute', date: '2026-01-31' },
  ] });
  expect(counts).toEqual({ money: 2, percent: 0, instrument: 0, rating: 0, date: 1 });
});
