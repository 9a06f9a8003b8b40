// Money facts: recognise amounts (recognise.ts) → link ranges and carried currencies (link.ts)
// → resolve values (resolve.ts); article-level refiners in refine.ts, in the order listed there.
import type { MoneyFact } from '../../fact-sheet';
import type { Extractor, Lang, Located } from '../../types';
import { linkAmounts } from './link';
import { MONEY_PATTERNS } from './patterns';
import { recogniseAmounts } from './recognise';
import { resolvePhrase } from './resolve';

export { moneyRefiners } from './refine';
export { parseMoney } from './parse';

export const moneyExtractor: Extractor = {
  kind: 'money',
  extract({ article, index, text }): Located<MoneyFact>[] {
    const heading = article.blocks[index]?.heading ?? false;
    // Headings may hold amounts without a currency, settled later against the body.
    if (!heading && !mayHoldMoney(text, article.lang)) return [];
    const spans = recogniseAmounts(text, article.lang);
    return linkAmounts(text, spans, article.lang, heading).map(phrase => resolvePhrase(text, index, phrase));
  },
};

/** Every amount needs a currency cue, and a digit or a spelled-out number with a scale word. */
function mayHoldMoney(text: string, lang: Lang): boolean {
  const patterns = MONEY_PATTERNS[lang];
  return patterns.numberCue.test(text) && patterns.cues.some(cue => cue.test(text));
}
