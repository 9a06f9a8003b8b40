// The date recogniser against its worked examples, the seed article's gold, and random text
// (offsets always point at the fact's own text).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Article, type Lang } from '../../../src/core';
import type { DateFact } from '../../../src/core/fact-sheet';
import { dateExtractor } from '../../../src/core/facts/date';
import { DATE_EXAMPLES, NOT_DATES } from '../../../src/core/facts/date/examples';
import type { Located } from '../../../src/core/types';

function datesIn(lang: Lang, text: string, published?: string, found: Located[] = []): Located<DateFact>[] {
  const article: Article = { lang, blocks: [{ text }], ...(published ? { published } : {}) };
  return dateExtractor.extract({ article, index: 0, text, found }) as Located<DateFact>[];
}

function shape(fact: DateFact) {
  return { text: fact.text, date: fact.date, ...(fact.event ? { event: fact.event } : {}) };
}

describe('date examples', () => {
  it.each(DATE_EXAMPLES.map(example => [example.text, example] as const))('%s', (_, example) => {
    expect(datesIn(example.lang, example.text, example.published).map(entry => shape(entry.fact))).toEqual(example.dates);
  });

  it.each(NOT_DATES.map(example => [example.text, example] as const))('no date in: %s', (_, example) => {
    expect(datesIn(example.lang, example.text, '2026-01-31')).toEqual([]);
  });
});

describe('the seed article', () => {
  const lines = readFileSync('test/corpus/shared/seeds/amazon-aktie.txt', 'utf8').split('\n').filter(line => line.trim());
  const gold = JSON.parse(readFileSync('test/corpus/shared/seeds/amazon-aktie.gold.json', 'utf8')) as { dates: ReturnType<typeof shape>[] };

  it('finds exactly the gold dates, resolved against the publication date', () => {
    const article: Article = { lang: 'de', published: '2026-01-31', blocks: lines.map(text => ({ text })) };
    const dates = extractFacts(article).filter(entry => entry.fact.kind === 'date').map(entry => shape(entry.fact as DateFact));
    const distinct = [...new Map(dates.map(date => [JSON.stringify(date), date])).values()];
    const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);
    expect(distinct.sort(byDate)).toEqual(gold.dates.map(date => shape({ kind: 'date', ...date })).sort(byDate));
    expect(dates.filter(date => date.text === '31. Januar')).toHaveLength(2);
  });
});

describe('resolution', () => {
  it('needs a publication date to place a day without a year', () => {
    expect(datesIn('de', 'Am 5. Februar folgen die Zahlen.')).toEqual([]);
    expect(datesIn('de', 'Am 5. Februar folgen die Zahlen.', 'not a date')).toEqual([]);
    expect(datesIn('de', 'Am 5. Februar 2027 folgen die Zahlen.').map(entry => entry.fact.date)).toEqual(['2027-02-05']);
  });

  it('places a day without a year in the year nearest the publication date', () => {
    expect(datesIn('en', 'Yields hit the lowest level since Dec. 30.', '2026-01-02').map(entry => entry.fact.date)).toEqual(['2025-12-30']);
    expect(datesIn('en', 'Results are due on Jan. 3.', '2025-12-20').map(entry => entry.fact.date)).toEqual(['2026-01-03']);
  });

  it('rejects impossible days', () => {
    expect(datesIn('de', 'Am 31. Februar 2026 und am 30.02.2026.')).toEqual([]);
  });

  it('leaves text another kind already claimed', () => {
    const text = 'Die Anleihe 12.03.2026 notiert fest.';
    const claimed: Located = { fact: { kind: 'money', text: '12.03.2026', value: 12, currency: 'EUR' }, block: 0, start: 11, end: 21 };
    expect(datesIn('de', text, '2026-01-31', [claimed])).toEqual([]);
    expect(datesIn('de', text, '2026-01-31')).toHaveLength(1);
  });

  it('tags the event word nearest the date', () => {
    const text = 'Nach den Quartalszahlen am 5. Februar folgt am 3. Mai die Hauptversammlung.';
    expect(datesIn('de', text, '2026-01-31').map(entry => entry.fact.event)).toEqual(['earnings', 'agm']);
    expect(datesIn('de', 'Kunden zahlen ab 1. März 2026 mehr.', '2026-01-31').map(entry => entry.fact.event)).toEqual([undefined]);
  });
});

describe('offsets', () => {
  const pieces = ['am 5. Februar', 'vom November 2025', 'Nov. 3, 2025', '16.000', 'März', '03.04.2025', ' ', ', ', '. ', 'Zahlen', '$', '1,01', 'Mai', '15', '\n'];
  it('always point at the fact text, in order and without overlap', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom<Lang>('de', 'en'), (parts, lang) => {
      const text = parts.join('');
      let previousEnd = 0;
      for (const { fact, start, end } of datesIn(lang, text, '2026-01-31')) {
        expect(text.slice(start, end)).toBe(fact.text);
        expect(fact.date).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = end;
      }
    }));
  });
});
