import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RatingFact } from '../../src/core/fact-sheet';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake[key as keyof FakeBrowser] }) }));
const { factCardLines, formatFactValue, formatRating } = await import('../../src/shared/format');

const rating: RatingFact = {
  kind: 'rating', text: 'RBC … Outperform … Kursziel 300 Dollar', firm: 'RBC Capital Markets', raw: 'Outperform', rating: 'buy',
  target: { value: 300, currency: 'USD' }, previousTarget: { value: 280, currency: 'USD' }, action: 'raise-target',
  upside: 25.36, quotedPrice: { value: 239.3, currency: 'USD' },
};

describe('in English', () => {
  beforeEach(() => {
    fake = createFakeBrowser({ lang: 'en' });
  });

  it('shows large sums with the scale word and in full', () => {
    expect(formatFactValue({ kind: 'money', text: '50 Milliarden Dollar', value: 50e9, currency: 'USD' }, 'en')).toBe('50B USD = 50,000,000,000 USD');
    expect(formatFactValue({ kind: 'money', text: '239,30 Dollar', value: 239.3, currency: 'USD' }, 'en')).toBe('239.3 USD');
    expect(formatFactValue({ kind: 'money', text: 'bis zu 2 Mio. Euro', value: 2e6, currency: 'EUR', approx: true }, 'en')).toBe('≈ 2M EUR = 2,000,000 EUR');
    expect(formatFactValue({ kind: 'money', text: '300 bis 320 Euro', value: 300, max: 320, currency: 'EUR' }, 'en')).toBe('300–320 EUR');
  });

  it('shows percentages and percentage points', () => {
    expect(formatFactValue({ kind: 'percent', text: 'Minus von 1,01 Prozent', value: -1.01 }, 'en')).toBe('-1.01%');
    expect(formatFactValue({ kind: 'percent', text: '2,5 Prozentpunkte', value: 2.5, points: true }, 'en')).toBe('2.5 percentage points');
  });

  it('shows instruments with their identifiers', () => {
    expect(formatFactValue({ kind: 'instrument', text: 'Amazon', name: 'Amazon.com Inc.', symbol: 'AMZN', exchange: 'NASDAQ', isin: 'US0231351067' }, 'en'))
      .toBe('Amazon.com Inc. · AMZN (NASDAQ) · ISIN US0231351067');
  });

  it('shows a rating with class, targets, action and upside', () => {
    expect(formatRating(rating, 'en')).toEqual([
      'RBC Capital Markets', 'Outperform (Buy)', 'target 300 USD (previously 280 USD)', 'target raised', '+25.36% vs. quoted price 239.3 USD',
    ]);
    const { upside: _upside, quotedPrice: _price, ...withoutPrice } = rating;
    expect(formatRating(withoutPrice, 'en').at(-1)).toBe('no price to compare');
  });

  it('builds the hover card lines', () => {
    expect(factCardLines({ kind: 'date', text: '5. Februar', date: '2026-02-05', event: 'earnings' }, 'en')).toEqual(['Date: 5. Februar', '2026-02-05 · earnings']);
  });
});

describe('auf Deutsch', () => {
  beforeEach(() => {
    fake = createFakeBrowser({ lang: 'de' });
  });

  // Intl puts a no-break space between number and scale word or percent sign in German.
  it('uses German scale words and separators', () => {
    expect(formatFactValue({ kind: 'money', text: '50 Milliarden Dollar', value: 50e9, currency: 'USD' }, 'de')).toBe('50\u00a0Mrd. USD = 50.000.000.000 USD');
    expect(formatFactValue({ kind: 'percent', text: '1,01 Prozent', value: 1.01 }, 'de')).toBe('1,01\u00a0%');
  });

  it('labels rating parts in German', () => {
    expect(formatRating(rating, 'de')).toEqual([
      'RBC Capital Markets', 'Outperform (Kaufen)', 'Kursziel 300 USD (zuvor 280 USD)', 'Kursziel angehoben', '+25,36\u00a0% ggü. genanntem Kurs 239,3 USD',
    ]);
  });
});
