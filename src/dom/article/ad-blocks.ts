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
  const seen = new Set(blocks.flatMap(block => block.segments.map(segment => segment.node)));
  const missing: DomBlock[] = [];
  for (const ad of ads) {
    if (!root?.contains(ad)) continue;
    for (const block of collectBlocks(ad)) {
      if (block.segments.some(segment => seen.has(segment.node))) continue;
      block.segments.forEach(segment => seen.add(segment.node));
      missing.push(block);
    }
  }
  return merged(blocks.map(block => ({ block, advert: inAd(block) })), missing.sort(inPageOrder).map(block => ({ block, advert: true })));
}

/**
 * One pass over both lists, each already in page order: every added block goes before the first
 * article block that follows it, and the article's own order stays as it is (its headline first).
 */
function merged(article: readonly ArticleBlock[], added: readonly ArticleBlock[]): ArticleBlock[] {
  const result: ArticleBlock[] = [];
  let next = 0;
  for (const entry of article) {
    while (next < added.length && inPageOrder(added[next]!.block, entry.block) < 0) result.push(added[next++]!);
    result.push(entry);
  }
  return result.concat(added.slice(next));
}

/** Negative when `a` starts before `b` in the page. */
function inPageOrder(a: DomBlock, b: DomBlock): number {
  const [first, second] = [a.segments[0]?.node, b.segments[0]?.node];
  if (!first || !second || first === second) return 0;
  return (first.compareDocumentPosition(second) & 4 /* FOLLOWING */) !== 0 ? -1 : 1;
}
