// parseLocaleNumber and scanNumbers: German and English formats, the "1.234" / "1,234" rule,
// and shapes that are no number (dates, versions).
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, scanNumbers } from '../../../src/core/text/numbers';

describe('parseLocaleNumber', () => {
  const cases: Array<[string, 'de' | 'en', number | undefined]> = [
    ['1.234,56', 'de', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1,234.56', 'de', 1234.56],
    ['1.234,56', 'en', 1234.56],
    ['1\u202f234,56', 'de', 1234.56],
    ['1\u00a0234\u00a0567', 'en', 1234567],
    ["1'234.5", 'de', 1234.5],
    ['3,5', 'de', 3.5],
    ['3,5', 'en', 3.5],
    ['.5', 'en', 0.5],
    [',5', 'de', 0.5],
    ['1.234', 'de', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1.234],
    ['1.2', 'de', 1.2],
    ['0,234', 'en', 0.234],
    ['1234.567', 'de', 1234.567],
    ['0.234', 'de', 0.234],
    ['12,345', 'en', 12345],
    ['1.2345', 'de', 1.2345],
    ['1.234.567', 'de', 1234567],
    ['1,234,567', 'de', 1234567],
    ['-1,01', 'de', -1.01],
    ['−1,2', 'de', -1.2],
    ['+3', 'en', 3],
    ['23.10.2024', 'de', undefined],
    ['1.2.3', 'en', undefined],
    ['1,23.45', 'en', undefined],
    ['12', 'de', 12],
    ['', 'de', undefined],
    ['abc', 'en', undefined],
    ['1.', 'en', undefined],
  ];
  for (const [text, lang, value] of cases) {
    it(`${lang} ${JSON.stringify(text)} → ${value}`, () => expect(parseLocaleNumber(text, lang)).toBe(value));
  }
});

describe('scanNumbers', () => {
  it('finds numbers, signs and number words with their offsets', () => {
    const text = 'Minus -1,01 % bei 239,30 Dollar, drei Prozent, am 23.10.2024, v1.2';
    const tokens = scanNumbers(text, 'de');
    expect(tokens.map(token => [text.slice(token.start, token.end), token.value, token.negative, token.word])).toEqual([
      ['-1,01', 1.01, true, false],
      ['239,30', 239.3, false, false],
      ['drei', 3, false, true],
    ]);
  });

  it('does not start inside words or other numbers', () => {
    expect(scanNumbers('A320 und ISIN US0231351067', 'en')).toEqual([]);
  });

  it('treats a dash between two numbers as a range, not a sign', () => {
    const tokens = scanNumbers('$3-4 billion', 'en');
    expect(tokens.map(token => [token.value, token.negative])).toEqual([[3, false], [4, false]]);
  });
});
