// The rating recogniser against its worked examples and the seed article, through the real
// pipeline (money facts first, as in the extension), and the located text it reports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Lang } from '../../../src/core';
import type { MoneyFact, RatingFact } from '../../../src/core/fact-sheet';
import { ratingExtractor } from '../../../src/core/facts/rating';
import { RATING_EXAMPLES, NOT_RATINGS, type ExpectedRating } from '../../../src/core/facts/rating/examples';
import type { Located } from '../../../src/core/types';

function ratingsIn(lang: Lang, text: string): Located<RatingFact>[] {
  return extractFacts({ lang, blocks: [{ text }] }).filter((entry): entry is Located<RatingFact> => entry.fact.kind === 'rating');
}

function shape(fact: RatingFact): ExpectedRating {
  const { firm, raw, rating, target, previousTarget, action } = fact;
  return Object.fromEntries(Object.entries({ firm, raw, rating, target, previousTarget, action }).filter(([, value]) => value !== undefined)) as ExpectedRating;
}

describe('rating examples', () => {
  it.each(RATING_EXAMPLES.map(example => [example.text, example] as const))('%s', (_, example) => {
    const found = ratingsIn(example.lang, example.text);
    expect(found.map(entry => shape(entry.fact))).toEqual(example.ratings);
    for (const entry of found) expect(example.text.slice(entry.start, entry.end)).toBe(entry.fact.text);
  });

  it.each(NOT_RATINGS.map(example => [example.text, example] as const))('no rating in: %s', (_, example) => {
    expect(ratingsIn(example.lang, example.text)).toEqual([]);
  });
});

describe('targets come from the money facts found before', () => {
  const text = 'Jefferies hat das Kursziel für SAP von 290 auf 300 Euro angehoben.';
  const money = (value: number, surface: string): Located<MoneyFact> => ({
    fact: { kind: 'money', text: surface, value, currency: 'EUR' }, block: 3, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length,
  });
  const extract = (found: Located[]) => ratingExtractor.extract({ article: { lang: 'de', blocks: [] }, index: 3, text, found });

  it('links the amounts the money extractor found', () => {
    const [entry] = extract([money(290, '290'), money(300, '300 Euro')]);
    expect(entry).toMatchObject({ block: 3, fact: { firm: 'Jefferies', target: { value: 300, currency: 'EUR' }, previousTarget: { value: 290, currency: 'EUR' } } });
  });

  it('does not read numbers itself', () => {
    expect(extract([])).toEqual([]);
  });
});

describe('located span', () => {
  it('runs from the house to the end of the target', () => {
    const [entry] = ratingsIn('de', 'Trotz allem: RBC Capital Markets hält an "Outperform" mit Kursziel 300 Dollar fest.');
    expect(entry?.fact.text).toBe('RBC Capital Markets hält an "Outperform" mit Kursziel 300 Dollar');
  });

  it('keeps the closing quote of a scale word that ends the rating', () => {
    const [entry] = ratingsIn('de', 'Die DZ Bank stuft Rheinmetall mit "Halten" ein.');
    expect(entry?.fact.text).toBe('DZ Bank stuft Rheinmetall mit "Halten"');
  });
});

describe('the seed article', () => {
  const text = readFileSync('test/corpus/shared/seeds/amazon-aktie.txt', 'utf8');
  const blocks = text.split(/\r?\n/).map(line => line.trim()).filter(Boolean).map(line => ({ text: line }));
  const ratings = extractFacts({ lang: 'de', blocks }).filter((entry): entry is Located<RatingFact> => entry.fact.kind === 'rating');

  it('has exactly the two gold ratings', () => {
    expect(ratings.map(entry => shape(entry.fact))).toEqual([
      { firm: 'RBC Capital Markets', raw: 'Outperform', rating: 'buy', target: { value: 300, currency: 'USD' }, action: 'reiterate' },
      { firm: 'JPMorgan', target: { value: 305, currency: 'USD' } },
    ]);
  });

  it('computes the upside against the quoted closing price', () => {
    expect(ratings.map(entry => [entry.fact.upside, entry.fact.quotedPrice])).toEqual([
      [25.4, { value: 239.3, currency: 'USD' }],
      [27.5, { value: 239.3, currency: 'USD' }],
    ]);
  });
});
