// Money facts: recognise amounts (recognise.ts) → link ranges and carried currencies (link.ts)
// → resolve values (resolve.ts); article-level refiners in refine.ts, in the order listed there.
import type { MoneyFact } from '../../fact-sheet';
import type { Extractor, Located } from '../../types';
import { linkAmounts } from './link';
import { recogniseAmounts } from './recognise';
import { resolvePhrase } from './resolve';

export { moneyRefiners } from './refine';
export { parseMoney } from './parse';

export const moneyExtractor: Extractor = {
  kind: 'money',
  extract({ article, index, text }): Located<MoneyFact>[] {
    const block = article.blocks[index];
    const spans = recogniseAmounts(text, article.lang);
    return linkAmounts(text, spans, article.lang, block?.heading ?? false).map(phrase => resolvePhrase(text, index, phrase));
  },
};
