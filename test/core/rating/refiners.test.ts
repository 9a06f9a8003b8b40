// The article-level rating passes on hand-built facts: the main instrument, one rating told twice,
// the house that is not an instrument, and the upside against a quoted price (or none).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Article } from '../../../src/core';
import type { InstrumentFact, MoneyFact, RatingFact } from '../../../src/core/fact-sheet';
import { completeRepeatedRatings, dropFirmInstruments, linkMainInstrument } from '../../../src/core/facts/rating/refine';
import { addUpside } from '../../../src/core/facts/rating/upside';
import type { Located } from '../../../src/core/types';

const article: Article = { lang: 'de', blocks: [] };

function rating(fact: Partial<RatingFact>, block = 0, start = 0, end = 10): Located<RatingFact> {
  return { fact: { kind: 'rating', text: 'x', firm: 'JPMorgan', ...fact }, block, start, end };
}

function instrument(name: string, text: string, block: number, start: number, isin = 'XX0000000000'): Located<InstrumentFact> {
  return { fact: { kind: 'instrument', text, name, isin }, block, start, end: start + text.length };
}

function money(value: number, currency: string, block: number, start: number, text = String(value)): Located<MoneyFact> {
  return { fact: { kind: 'money', text, value, currency }, block, start, end: start + text.length };
}

describe('linkMainInstrument', () => {
  it('gives a rating without a stock the instrument named in most mentions', () => {
    const facts = [instrument('SAP SE', 'SAP', 0, 0), instrument('Siemens AG', 'Siemens', 1, 0), instrument('Siemens AG', 'Siemens', 2, 0), rating({}, 3)];
    linkMainInstrument(facts, article);
    expect((facts[3]!.fact as RatingFact).instrument).toBe('Siemens AG');
  });

  it('names no stock on a feed of many stocks', () => {
    const facts = [instrument('SAP SE', 'SAP', 0, 0), instrument('Siemens AG', 'Siemens', 1, 0), instrument('BASF SE', 'BASF', 2, 0), rating({}, 3)];
    linkMainInstrument(facts, article);
    expect((facts[3]!.fact as RatingFact).instrument).toBeUndefined();
  });

  it('keeps the stock a rating already names', () => {
    const facts = [instrument('Siemens AG', 'Siemens', 0, 0), rating({ instrument: 'SAP SE' }, 1)];
    linkMainInstrument(facts, article);
    expect((facts[1]!.fact as RatingFact).instrument).toBe('SAP SE');
  });
});

describe('completeRepeatedRatings', () => {
  it('completes a headline and a body that tell the same rating', () => {
    const headline = rating({ target: { value: 31, currency: 'USD' }, instrument: 'Ideaya' });
    const body = rating({ rating: 'buy', raw: 'Buy', target: { value: 31, currency: 'USD' }, instrument: 'Ideaya' }, 1);
    completeRepeatedRatings([headline, body], article);
    expect(headline.fact).toMatchObject({ rating: 'buy', raw: 'Buy', target: { value: 31, currency: 'USD' } });
  });

  it('names the stock where only one of the two found it', () => {
    const headline = rating({ target: { value: 2.6, currency: 'GBP' } });
    const body = rating({ rating: 'hold', target: { value: 2.6, currency: 'GBP' }, instrument: 'Babcock International Group PLC' }, 1);
    completeRepeatedRatings([headline, body], article);
    expect(headline.fact).toMatchObject({ rating: 'hold', instrument: 'Babcock International Group PLC' });
  });

  it('keeps one house\'s ratings on different stocks apart', () => {
    const first = rating({ rating: 'buy', instrument: 'Siemens AG' });
    const second = rating({ target: { value: 50, currency: 'EUR' }, instrument: 'BASF SE' }, 1);
    completeRepeatedRatings([first, second], article);
    expect(first.fact.target).toBeUndefined();
    expect(second.fact.rating).toBeUndefined();
  });

  it('does not join ratings whose targets differ', () => {
    const first = rating({ rating: 'hold', target: { value: 49, currency: 'EUR' } });
    const second = rating({ target: { value: 51, currency: 'EUR' } }, 1);
    completeRepeatedRatings([first, second], article);
    expect(second.fact.rating).toBeUndefined();
  });
});

describe('dropFirmInstruments', () => {
  it('drops the house named inside its own rating, not the rated stock', () => {
    const facts = [instrument('JPMorgan Chase & Co.', 'JPMorgan', 0, 0), instrument('Siemens AG', 'Siemens', 0, 30), rating({ instrument: 'Siemens AG' }, 0, 0, 60)];
    expect(dropFirmInstruments(facts, article).map(entry => entry.fact.kind === 'instrument' ? entry.fact.name : entry.fact.kind))
      .toEqual(['Siemens AG', 'rating']);
  });
});

describe('addUpside', () => {
  const text = 'Die Amazon-Aktie schloss am Freitag bei 239,30 Dollar.';
  const quoted: Article = { lang: 'de', blocks: [{ text }, { text: 'RBC Capital Markets hält an "Outperform" mit Kursziel 300 Dollar fest.' }] };

  it('sets the upside in percent with one decimal and the price it compares with', () => {
    const target = rating({ target: { value: 300, currency: 'USD' }, instrument: 'Amazon' }, 1, 0, 60);
    addUpside([money(239.3, 'USD', 0, text.indexOf('239,30'), '239,30 Dollar'), target], quoted);
    expect(target.fact.upside).toBe(25.4);
    expect(target.fact.quotedPrice).toEqual({ value: 239.3, currency: 'USD' });
  });

  it('leaves it unset without a price in the target\'s currency', () => {
    const target = rating({ target: { value: 300, currency: 'EUR' } }, 1, 0, 60);
    addUpside([money(239.3, 'USD', 0, text.indexOf('239,30'), '239,30 Dollar'), target], quoted);
    expect(target.fact.upside).toBeUndefined();
    expect(target.fact.quotedPrice).toBeUndefined();
  });

  it('does not compare with a price quoted for another stock', () => {
    const other = 'Die Tochter Siemens Healthineers notierte zuletzt bei 47,12 Euro.';
    const page: Article = { lang: 'de', blocks: [{ text: other }, { text: 'x' }] };
    const target = rating({ target: { value: 50, currency: 'EUR' }, instrument: 'Siemens AG' }, 1, 0, 1);
    addUpside([instrument('Siemens Healthineers AG', 'Siemens Healthineers', 0, other.indexOf('Siemens')), money(47.12, 'EUR', 0, other.indexOf('47,12'), '47,12 Euro'), target], page);
    expect(target.fact.upside).toBeUndefined();
  });

  it('ignores an amount without a price cue', () => {
    const plain = 'Amazon investiert 300 Dollar je Aktie.';
    const target = rating({ target: { value: 305, currency: 'USD' } }, 1, 0, 1);
    addUpside([money(300, 'USD', 0, plain.indexOf('300'), '300 Dollar'), target], { lang: 'de', blocks: [{ text: plain }, { text: 'x' }] });
    expect(target.fact.upside).toBeUndefined();
  });
});

describe('any text', () => {
  it('yields ratings whose offsets point at their own text', () => {
    const words = fc.constantFrom('JPMorgan', 'Kursziel', 'auf', 'von', '300 Euro', '"Buy"', 'Kaufen', 'price target', 'to', 'from', '$250', 'at', 'Barclays', 'consensus', '.', ',', 'hoch', 'upgraded', 'overweight', 'analysts at', 'Hold');
    fc.assert(fc.property(fc.array(words, { maxLength: 40 }), fc.constantFrom<'de' | 'en'>('de', 'en'), (parts, lang) => {
      const text = parts.join(' ');
      for (const entry of extractFacts({ lang, blocks: [{ text }] })) {
        expect(text.slice(entry.start, entry.end)).toBe(entry.fact.text);
      }
    }));
  });

  it('finishes on long runs of rating words and separators', () => {
    const hostile = [`${'Kaufen '.repeat(4000)}`, `${'J.P. '.repeat(3000)}Morgan`, `${'A '.repeat(5000)}analyst`, `at ${'Roth Capital '.repeat(2000)}`, `${'von 1 auf '.repeat(2000)}Kursziel`];
    for (const text of hostile) expect(Array.isArray(extractFacts({ lang: 'en', blocks: [{ text }] }))).toBe(true);
  });
});
