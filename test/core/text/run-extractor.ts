// Test helper: runs one fact kind's extractor and its refiners over an article of plain blocks,
// without the other kinds, so a unit test sees exactly what that kind contributes.
import type { Fact } from '../../../src/core/fact-sheet';
import type { Article, Extractor, Lang, Located, Refiner, TextBlock } from '../../../src/core/types';

export function runExtractor(extractor: Extractor, refiners: readonly Refiner[], lang: Lang, blocks: TextBlock[]): Located[] {
  const article: Article = { lang, blocks };
  const found: Located[] = [];
  blocks.forEach((block, index) => {
    const inBlock: Located[] = [];
    inBlock.push(...extractor.extract({ article, index, text: block.text, found: inBlock }));
    found.push(...inBlock);
  });
  return refiners.reduce((facts, refine) => refine(facts, article), found);
}

/** The facts without their kind, for comparing with `expect` lists. */
export function factsOf(located: readonly Located[]): Array<Omit<Fact, 'kind'>> {
  return located.map(({ fact }) => {
    const { kind: _kind, ...rest } = fact;
    return rest;
  });
}
