// The money extractor skips blocks without any currency cue or number: it must never skip one the
// full recogniser would find an amount in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyExtractor } from '../../../src/core/facts/money';
import { linkAmounts } from '../../../src/core/facts/money/link';
import { recogniseAmounts } from '../../../src/core/facts/money/recognise';
import type { MoneyFact } from '../../../src/core/fact-sheet';
import type { Lang, Located } from '../../../src/core/types';

const PIECES = [...'0123456789., -$€£¥', 'US$', 'EUR', 'GBp', 'Mio.', 'Mrd.', 'bn', 'm', 'Euro', 'euros', 'Dollar', 'US-Dollar', 'Schweizer Franken', 'Cent', 'pence', 'c', 'p',
  ' bis ', ' to ', 'zwei', ' Milliarden', 'two', ' billion', 'Aktie', 'x'];

function extract(text: string, lang: Lang): Located<MoneyFact>[] {
  return moneyExtractor.extract({ article: { lang, blocks: [{ text }] }, index: 0, text, found: [] }) as Located<MoneyFact>[];
}

describe('money cue', () => {
  it('skips text without currency and still finds amounts', () => {
    expect(extract('Der Umsatz stieg um 12 Prozent auf 3,4 Millionen Stück.', 'de')).toEqual([]);
    expect(extract('Der Umsatz stieg auf 3,4 Millionen Euro.', 'de').map(entry => entry.fact.value)).toEqual([3.4e6]);
    expect(extract('It paid 9c a share.', 'en').map(entry => entry.fact.currency)).toEqual(['USD']);
  });

  it('never skips a block the recogniser finds money in', () => {
    fc.assert(
      fc.property(fc.constantFrom<Lang>('de', 'en'), fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (lang, pieces) => {
        const text = pieces.join('');
        expect(extract(text, lang).length).toBe(linkAmounts(text, recogniseAmounts(text, lang), lang, false).length);
      }),
      { numRuns: 4000 },
    );
  });
});
