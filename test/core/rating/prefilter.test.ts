// The rating prefilter may only skip text without evidence: wherever evidenceIn finds a scale word
// or a target, the prefilter must let that stretch through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MoneyFact } from '../../../src/core/fact-sheet';
import { moneyExtractor } from '../../../src/core/facts/money';
import { ratingExtractor } from '../../../src/core/facts/rating';
import { evidenceIn } from '../../../src/core/facts/rating/evidence';
import { firmMentions } from '../../../src/core/facts/rating/firm-mentions';
import { EvidencePrefilter } from '../../../src/core/facts/rating/prefilter';
import { sentenceSpans } from '../../../src/core/facts/rating/sentences';
import type { Lang, Located } from '../../../src/core/types';

const PIECES = [
  'Goldman', ' hebt ', ' auf ', "'Buy'", ' Buy', 'buy', 'Kaufen', 'kaufen', 'Verkaufen', 'Halten', 'erhalten', 'Outperform', 'underperform', 'Strong-Buy',
  'equal-weight', 'Equal Weight', 'Kursziel', 'Ziel', 'price target', 'target', ' 300 Euro', ' $250', ' von 290 auf 300 Euro', ' to $95 from $80',
  'sieht die Aktie bei', ' rating', '-Votum', '. ', ' ', 'x', 'Overweight', 'ſell', 'neutral',
  // Unlisted houses whose names start inside a word or right after their lead: stretches cut words there.
  'e', 'Research analyst', ' analysts', 'Analysten von', 'Analysten vonOutperform', 'at Roth', ' at Outperform.', 'laut ', 'consensus ', 'Roth analysts', 'outperform',
];

function moneyIn(text: string, lang: Lang): Located<MoneyFact>[] {
  return moneyExtractor.extract({ article: { lang, blocks: [{ text }] }, index: 0, text, found: [] }) as Located<MoneyFact>[];
}

describe('EvidencePrefilter', () => {
  it('rejects a block without rating words and lets a rating through', () => {
    expect(new EvidencePrefilter('Die Aktie legte um 3 Prozent zu.', [], 'de').mayHoldAny()).toBe(false);
    const text = 'Jefferies hat das Kursziel auf 300 Euro angehoben.';
    expect(new EvidencePrefilter(text, moneyIn(text, 'de'), 'de').mayHoldAny()).toBe(true);
    // A target word counts only with an amount in the stretch.
    expect(new EvidencePrefilter('Das Kursziel bleibt offen.', [], 'de').mayHoldAny()).toBe(false);
  });

  it('keeps scale words that a house named inside a word cuts off', () => {
    // "Roth" (before "analysts") ends the consensus's stretch right after "outperform".
    const text = 'The consensus outperformRoth analysts see.';
    const ratings = ratingExtractor.extract({ article: { lang: 'en', blocks: [{ text }] }, index: 0, text, found: [] });
    expect(ratings.map(entry => entry.fact)).toEqual([{ kind: 'rating', text: 'consensus outperform', firm: 'Consensus', rating: 'buy', raw: 'outperform' }]);
  });

  it('never skips a sentence with evidence in any stretch the recogniser reads', () => {
    fc.assert(
      fc.property(fc.constantFrom<Lang>('de', 'en'), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), (lang, pieces) => {
        const text = pieces.join('');
        const money = moneyIn(text, lang);
        const prefilter = new EvidencePrefilter(text, money, lang);
        for (const sentence of sentenceSpans(text)) {
          // Stretches run between the sentence's ends and the ends of the houses it names.
          const edges = [sentence.start, sentence.end, ...firmMentions(text, sentence, lang).flatMap(mention => [mention.start, mention.end])].sort((a, b) => a - b);
          for (const start of edges) {
            for (const end of edges) {
              if (start < end && evidenceIn(text, { start, end }, money, lang)) expect(prefilter.mayHold(sentence)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 4000 },
    );
  });
});
