// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FactSheetReply } from '../../src/shared/messages';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
let root: HTMLElement;

const reply: FactSheetReply = {
  url: 'https://news.example.com/amazon-aktie',
  state: 'analysed',
  enabled: { highlights: true, promos: true },
  promoCount: 1,
  counts: { money: 1, percent: 1, instrument: 1, rating: 1, date: 1 },
  contexts: [null, 'Amazon will bis zu 50 Milliarden Dollar investieren.', null, null, null],
  sheet: {
    url: 'https://news.example.com/amazon-aktie',
    title: 'Amazon <img src=x onerror=alert(1)>',
    lang: 'de',
    facts: [
      { kind: 'instrument', text: 'Amazon', name: 'Amazon.com Inc.', symbol: 'AMZN', isin: 'US0231351067' },
      { kind: 'money', text: '50 Milliarden Dollar', value: 50e9, currency: 'USD', approx: true },
      { kind: 'percent', text: '1,01 Prozent', value: -1.01 },
      { kind: 'rating', text: 'Outperform', firm: 'RBC Capital Markets', raw: 'Outperform', rating: 'buy', target: { value: 300, currency: 'USD' } },
      { kind: 'date', text: '5. Februar', date: '2026-02-05', event: 'earnings' },
    ],
    promos: [{ text: 'Sollten Anleger jetzt kaufen? <script>alert(1)</script>', score: 0.9, reasons: ['Teaser asks “buy or sell?”'] }],
  },
};

async function mountPopup(search = '?tab=42') {
  window.history.replaceState(null, '', `/src/popup/index.html${search}`);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake }));
  const { App } = await import('../../src/popup/App');
  render(<App lang="en" />, root);
  const sheet = () => root.querySelector('[data-testid="fact-sheet"]')!;
  await vi.waitFor(() => expect(sheet().getAttribute('data-state')).not.toBe('loading'));
  return sheet();
}

beforeEach(() => {
  fake = createFakeBrowser({ stored: { settings: { version: 1, highlights: true, promos: true, promoDisplay: 'off', sites: {} } } });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('asks the tab from ?tab= and renders every section', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const sheet = await mountPopup();
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'get-fact-sheet' });
    expect(sheet.getAttribute('data-state')).toBe('ready');
    const kinds = [...sheet.querySelectorAll('[data-testid="fact"]')].map(row => row.getAttribute('data-kind'));
    expect(kinds).toEqual(['instrument', 'money', 'percent', 'rating', 'date']);
    const money = sheet.querySelector('[data-kind="money"]')!.textContent;
    expect(money).toContain('50 Milliarden Dollar');
    expect(money).toContain('≈ 50B USD = 50,000,000,000 USD');
    expect(money).toContain('Amazon will bis zu 50 Milliarden Dollar investieren.');
    const rating = sheet.querySelector('[data-kind="rating"]')!.textContent;
    expect(rating).toContain('RBC Capital Markets · Outperform (Buy) · target 300 USD · no price to compare');
    expect(sheet.querySelector('[data-testid="promo"]')!.textContent).toContain('Teaser asks “buy or sell?”');
  });

  it('lists a rating told twice (headline and summary) once, with its mentions', async () => {
    const told = { kind: 'rating', firm: 'Roth Capital', raw: 'Buy', rating: 'buy', target: { value: 31, currency: 'USD' }, instrument: 'IDEAYA Biosciences, Inc.' } as const;
    const other = { ...told, firm: 'Barclays', instrument: 'Deutsche Wohnen SE' };
    const facts = [{ ...told, text: 'Ideaya initiated with a Buy at Roth Capital' }, { ...told, text: 'Roth Capital analyst initiated with a Buy and $31 target' }, { ...other, text: 'Barclays upgrades Deutsche Wohnen to Buy' }];
    fake.tabs.sendMessage.mockResolvedValue({ ...reply, contexts: facts.map(() => null), sheet: { ...reply.sheet, facts } });
    const sheet = await mountPopup();
    const rows = [...sheet.querySelectorAll('[data-kind="rating"]')];
    expect(rows.map(row => row.getAttribute('data-mentions'))).toEqual(['2', '1']);
    expect(rows[0]!.textContent).toContain('Roth Capital');
  });

  it('renders page strings as text only', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const sheet = await mountPopup();
    expect(sheet.querySelector('h1')!.textContent).toBe('Amazon <img src=x onerror=alert(1)>');
    expect(sheet.querySelector('img, script')).toBeNull();
  });

  it('falls back to the active tab and shows "unavailable" when nobody answers', async () => {
    fake.tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    const sheet = await mountPopup('');
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'get-fact-sheet' });
    expect(sheet.getAttribute('data-state')).toBe('unavailable');
    expect(sheet.querySelector('[data-testid="fact"]')).toBeNull();
  });

  it('reports a non-article page as unavailable but keeps the site switches', async () => {
    fake.tabs.sendMessage.mockResolvedValue({ ...reply, state: 'not-article', sheet: { lang: 'en', facts: [], promos: [] }, contexts: [] });
    const sheet = await mountPopup();
    expect(sheet.getAttribute('data-state')).toBe('unavailable');
    await vi.waitFor(() => expect(sheet.querySelector('[data-testid="toggle-promos-site"]')).not.toBeNull());
  });

  it('writes the switches to storage.sync at once', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const sheet = await mountPopup();
    await vi.waitFor(() => expect(sheet.querySelector('[data-testid="toggle-highlights"]')).not.toBeNull());
    (sheet.querySelector('[data-testid="toggle-highlights"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(fake.data.settings).toMatchObject({ highlights: false }));
    (sheet.querySelector('[data-testid="toggle-promos-site"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(fake.data.settings).toMatchObject({ highlights: false, sites: { 'news.example.com': { promos: false } } }));
  });

  it('asks the page to reveal a promo', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const sheet = await mountPopup();
    (sheet.querySelector('[data-testid="promo-reveal"]') as HTMLButtonElement).click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(42, { type: 'reveal-promo', index: 0 });
  });

  it('copies the contract FactSheet exactly as JSON', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const sheet = await mountPopup();
    (sheet.querySelector('[data-testid="copy-json"]') as HTMLButtonElement).click();
    expect(JSON.parse(writeText.mock.calls[0]?.[0] ?? '')).toEqual(reply.sheet);
    (sheet.querySelector('[data-testid="copy-text"]') as HTMLButtonElement).click();
    expect(writeText.mock.calls[1]?.[0]).toContain('- 50 Milliarden Dollar → ≈ 50B USD = 50,000,000,000 USD');
    await vi.waitFor(() => expect(sheet.querySelector('[role="status"]')!.textContent).toBe('Copied.'));
  });

  it('tells the reader when storage refuses a save', async () => {
    fake.tabs.sendMessage.mockResolvedValue(reply);
    const sheet = await mountPopup();
    await vi.waitFor(() => expect(sheet.querySelector('[data-testid="toggle-promos"]')).not.toBeNull());
    fake.storage.sync.set.mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    (sheet.querySelector('[data-testid="toggle-promos"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(sheet.querySelector('[role="alert"]')?.textContent).toContain('QUOTA_BYTES_PER_ITEM quota exceeded'));
  });

  it('lists an instrument once with its number of mentions, revealing the first', async () => {
    const amazon = reply.sheet.facts[0]!;
    const facts = [amazon, reply.sheet.facts[1]!, { ...amazon, text: 'Amazon.com' }, amazon];
    fake.tabs.sendMessage.mockResolvedValue({ ...reply, sheet: { ...reply.sheet, facts }, contexts: facts.map(() => null) });
    const sheet = await mountPopup();
    const rows = sheet.querySelectorAll('[data-testid="fact"][data-kind="instrument"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getAttribute('data-mentions')).toBe('3');
    (rows[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(fake.tabs.sendMessage).toHaveBeenLastCalledWith(42, { type: 'reveal-fact', index: 0 });
  });
});
