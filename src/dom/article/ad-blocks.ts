// Ads the promo detector flagged inside the article body join the article's blocks, flagged, even
// where the body's chrome rules had left them out (a sponsored webinar box in an "olyticsPopup"
// wrapper): the core reads only the company names and dates an ad holds (core/types.ts `advert`).
import { collectBlocks, type DomBlock } from '../text/collect-blocks';

export interface ArticleBlock {
  block: DomBlock;
  advert: boolean;
}

export function withAdBlocks(blocks: readonly DomBlock[], root: Element | null, ads: readonly Element[]): ArticleBlock[] {
  const inAd = (block: DomBlock): boolean => ads.some(ad => ad.contains(block.owner));
  const merged: ArticleBlock[] = blocks.map(block => ({ block, advert: inAd(block) }));
  const seen = new Set(blocks.flatMap(block => block.segments.map(segment => segment.node)));
  for (const ad of ads) {
    if (!root?.contains(ad)) continue;
    for (const block of collectBlocks(ad)) {
      const first = block.segments[0]?.node;
      if (!first || seen.has(first)) continue;
      block.segments.forEach(segment => seen.add(segment.node));
      insertInPageOrder(merged, { block, advert: true }, first);
    }
  }
  return merged;
}

/** Before the first block that comes after `node` in the page; the article's own order stays as it is. */
function insertInPageOrder(merged: ArticleBlock[], entry: ArticleBlock, node: Text): void {
  const after = merged.findIndex(({ block }) => {
    const first = block.segments[0]?.node;
    return first !== undefined && (node.compareDocumentPosition(first) & 4 /* FOLLOWING */) !== 0;
  });
  if (after < 0) merged.push(entry);
  else merged.splice(after, 0, entry);
}
