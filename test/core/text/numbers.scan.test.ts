// The digit scan jumps from digit to digit instead of trying every position: it must find exactly
// what one global scan of the number pattern finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber, scanNumbers } from '../../../src/core/text/numbers';
import type { Lang } from '../../../src/core/types';

/** The pattern of numbers.ts, scanned the plain way: the oracle. */
const GLOBAL = /(?<![\wÀ-ÖØ-öø-ɏ.,])(?<sign>[-−–+](?=[.,]?\d))?(?<num>(?:\d|[.,](?=\d))\d*(?:[.,'’\u00a0\u2009\u202f]\d+)*)/g;

function oracle(text: string, lang: Lang) {
  return [...text.matchAll(GLOBAL)].flatMap(match => {
    const { sign, num = '' } = match.groups ?? {};
    const value = parseLocaleNumber(num, lang);
    const numberStart = match.index + (sign?.length ?? 0);
    return value === undefined ? [] : [{ start: match.index, numberStart, end: numberStart + num.length, value, negative: sign !== undefined && sign !== '+', word: false }];
  });
}

const PIECES = [...'0123456789.,-−–+ \'’\u00a0\u2009\u202fxaé_%$\n', '1.234', '1,5', '23.10.2024', '-.5', 'A320', '😀'];
const lang = fc.constantFrom<Lang>('de', 'en');

describe('scanNumbers digit scan', () => {
  it('finds what a global scan finds', () => {
    fc.assert(
      fc.property(lang, fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (language, pieces) => {
        const text = pieces.join('');
        expect(scanNumbers(text, language)).toEqual(oracle(text, language));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps signs and skips numbers glued to words', () => {
    expect(scanNumbers('x-5 -.5 A320 +3', 'en').map(token => [token.start, token.value, token.negative])).toEqual([[2, 5, false], [4, 0.5, true], [13, 3, false]]);
  });
});
