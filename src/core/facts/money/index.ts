// Money facts: recognise amounts (recognise.ts) → link ranges and carried currencies (link.ts)
// → resolve values (resolve.ts); article-level refiners in refine.ts, in the order listed there.
import type { MoneyFact } from '../../fact-sheet';
import type { Extractor, Lang, Located } from '../../types';
import { linkAmounts } from './link';
import { MONEY_PATTERNS, PREFIX_WINDOW } from './patterns';
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

/** Every amount needs a digit or a spelled-out number with a scale word, and a currency cue. */
function mayHoldMoney(text: string, lang: Lang): boolean {
  const patterns = MONEY_PATTERNS[lang];
  const firstNumber = text.search(patterns.numberCue);
  if (firstNumber < 0) return false;
  // A cue counts only at an amount: a sign or code right before the number (which may start at the
  // decimal mark of ".5"), anything else after it or after a scale word. Text before that is skipped.
  const from = Math.max(0, firstNumber - 1 - PREFIX_WINDOW);
  return patterns.cues.some(cue => {
    cue.lastIndex = from;
    return cue.test(text);
  });
}
