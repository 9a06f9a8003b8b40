// The percent extractor skips blocks without any unit: it must never skip one the recogniser
// would find a percentage in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentExtractor } from '../../../src/core/facts/percent';
import { recognisePercents } from '../../../src/core/facts/percent/recognise';
import type { PercentFact } from '../../../src/core/fact-sheet';
import type { Lang, Located } from '../../../src/core/types';

const PIECES = [...'0123456789., -%', 'Prozent', 'prozent', 'Prozentpunkte', 'v. H.', 'vH', 'percent', 'per cent', 'pct', 'pp', 'app', 'percentage point', '%-Punkte',
  ' bis ', ' to ', 'drei', 'three', 'x'];

describe('percent cue', () => {
  it('skips text without a unit and still finds percentages', () => {
    const extract = (text: string, lang: Lang) => percentExtractor.extract({ article: { lang, blocks: [{ text }] }, index: 0, text, found: [] }) as Located<PercentFact>[];
    expect(extract('Die Aktie stieg auf 12 Euro.', 'de')).toEqual([]);
    expect(extract('Die Aktie stieg um drei Prozent.', 'de').map(entry => entry.fact.value)).toEqual([3]);
  });

  it('never skips a block the recogniser finds a percentage in', () => {
    fc.assert(
      fc.property(fc.constantFrom<Lang>('de', 'en'), fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (lang, pieces) => {
        const text = pieces.join('');
        const found = percentExtractor.extract({ article: { lang, blocks: [{ text }] }, index: 0, text, found: [] });
        expect(found.length).toBe(recognisePercents(text, lang, () => false).length);
      }),
      { numRuns: 4000 },
    );
  });
});
