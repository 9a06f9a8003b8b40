// Property tests: numbers formatted by Intl.NumberFormat in German and English (with and without
// grouping) parse back to the same number, and no input makes the scanners or extractors throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyExtractor } from '../../../src/core/facts/money';
import { percentExtractor } from '../../../src/core/facts/percent';
import { parseLocaleNumber, scanNumbers } from '../../../src/core/text/numbers';
import type { Article, Lang } from '../../../src/core/types';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-US' };
const lang = fc.constantFrom<Lang>('de', 'en');

describe('parseLocaleNumber round trip', () => {
  it('parses what Intl.NumberFormat writes', () => {
    fc.assert(
      fc.property(lang, fc.boolean(), fc.integer({ min: 0, max: 4 }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (language, grouping, digits, units) => {
        const value = Number(units) / 10 ** digits;
        const format = new Intl.NumberFormat(LOCALES[language], { useGrouping: grouping, minimumFractionDigits: digits, maximumFractionDigits: digits });
        const written = format.format(value);
        // Without grouping, "1.234" in English (or "1,234" in German) is the decimal it looks like.
        expect(parseLocaleNumber(written, language)).toBe(Number(value.toFixed(digits)));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses negative numbers', () => {
    fc.assert(
      fc.property(lang, fc.integer({ min: 1, max: 10_000_000 }), (language, cents) => {
        const written = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 2 }).format(-cents / 100);
        expect(parseLocaleNumber(written, language)).toBe(-cents / 100);
      }),
    );
  });
});

const MONEYISH = [...'0123456789.,\'’ \u00a0\u2009\u202f-–−+$€£¥%~', 'US$', 'EUR', 'Mio.', 'Mrd.', 'bn', 'm', 'Euro', ' bis ', ' und ', ' to ', 'Prozent', 'p', 'c', 'zwischen ', 'von ', ' auf '];

function articleOf(text: string, language: Lang, heading: boolean): Article {
  return { lang: language, blocks: [heading ? { text, heading } : { text }] };
}

function extractAll(text: string, language: Lang, heading: boolean): void {
  const article = articleOf(text, language, heading);
  const found = moneyExtractor.extract({ article, index: 0, text, found: [] });
  const percents = percentExtractor.extract({ article, index: 0, text, found });
  for (const entry of [...found, ...percents]) {
    expect(text.slice(entry.start, entry.end)).toBe(entry.fact.text);
    if (entry.fact.kind === 'money' || entry.fact.kind === 'percent') expect(Number.isFinite(entry.fact.value)).toBe(true);
  }
}

describe('no input throws', () => {
  it('arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), lang, fc.boolean(), (text, language, heading) => {
      expect(() => scanNumbers(text, language)).not.toThrow();
      extractAll(text, language, heading);
    }), { numRuns: 500 });
  });

  it('strings of digits, separators, currency signs and unit words', () => {
    const piece = fc.constantFrom(...MONEYISH);
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), lang, fc.boolean(), (pieces, language, heading) => {
      extractAll(pieces.join(''), language, heading);
    }), { numRuns: 1000 });
  });
});

describe('100 KB of hostile text', () => {
  // No timing here: a regex that backtracks catastrophically would not finish within the test timeout.
  const cases: Array<[string, number, number]> = [
    ['1,'.repeat(50_000), 0, 0],
    ['1.234.'.repeat(16_000), 0, 0],
    ['$'.repeat(100_000), 0, 0],
    ['$1 '.repeat(33_000), 33_000, 0],
    ['1-'.repeat(50_000), 0, 0],
    ['(1,234) '.repeat(12_500), 0, 0],
    ['5% '.repeat(33_000), 0, 33_000],
    ['$1-2 bis ~3,5 Mrd. Euro 4%'.repeat(4_000), 8_000, 4_000],
    ['1\u00a0'.repeat(50_000), 0, 0],
  ];
  for (const [text, money, percent] of cases) {
    it(`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars)`, () => {
      const article = articleOf(`${text}x`, 'de', false);
      const found = moneyExtractor.extract({ article, index: 0, text: `${text}x`, found: [] });
      expect(found).toHaveLength(money);
      expect(percentExtractor.extract({ article, index: 0, text: `${text}x`, found })).toHaveLength(percent);
    });
  }
});
