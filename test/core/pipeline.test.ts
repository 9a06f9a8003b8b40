// The pipeline's own rules (src/core/index.ts): which kinds read a block the page layer flagged as an ad.
import { describe, expect, it } from 'vitest';
import { extractFacts, type Article } from '../../src/core';

describe('extractFacts on a block flagged as an ad', () => {
  const ad = 'Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom 31. Januar: Amazon-Aktionäre sichern sich 4 Prozent Zinsen und 50 Euro Bonus.';
  const kindsIn = (advert: boolean): string[] => {
    const article: Article = { lang: 'de', published: '2026-01-31T10:00:00Z', blocks: [{ text: ad, ...(advert ? { advert } : {}) }] };
    return [...new Set(extractFacts(article).map(entry => entry.fact.kind))].sort();
  };

  it('reads only the names and dates an ad holds, not its figures', () => {
    expect(kindsIn(true)).toEqual(['date', 'instrument']);
  });

  it('reads everything in the same text when it is not flagged', () => {
    expect(kindsIn(false)).toEqual(['date', 'instrument', 'money', 'percent']);
  });
});
