// The article as the core sees it: headline (even when it sits outside the body container) plus
// the body's blocks, with page chrome left out.
import { collectBlocks, type DomBlock } from '../text/collect-blocks';
import { isPageChrome } from './page-chrome';

export function collectArticleBlocks(doc: Document, root: Element): DomBlock[] {
  const blocks = collectBlocks(root, { exclude: isPageChrome });
  const headline = doc.querySelector('h1');
  if (headline && !root.contains(headline) && !isPageChrome(headline)) {
    blocks.unshift(...collectBlocks(headline).map(block => ({ ...block, heading: true })));
  }
  return blocks;
}
