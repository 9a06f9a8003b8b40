// The article as the core sees it: headline (even when it sits outside the body container) plus
// the body's blocks, with page chrome and teasers for other stories left out.
import { collectBlocks, type DomBlock } from '../text/collect-blocks';
import { isPageChrome } from './page-chrome';

export function collectArticleBlocks(doc: Document, root: Element): DomBlock[] {
  const blocks = collectBlocks(root, { exclude: isPageChrome }).filter(block => !teasesOtherStory(block, doc));
  const headline = doc.querySelector('h1');
  if (headline && !root.contains(headline) && !isPageChrome(headline)) {
    blocks.unshift(...collectBlocks(headline).map(block => ({ ...block, heading: true })));
  }
  return blocks;
}

/**
 * A block whose text all sits inside links to other pages is a teaser for another story ("related
 * stories" set inside the body, a headline plus summary wrapped in one link): not this article's facts.
 */
function teasesOtherStory(block: DomBlock, doc: Document): boolean {
  const words = block.text.trim().split(/\s+/).length;
  return words >= 3 && block.segments.every(({ node }) => node.data.trim() === '' || linksElsewhere(node.parentElement?.closest('a[href]'), doc));
}

function linksElsewhere(link: Element | null | undefined, doc: Document): boolean {
  if (!link) return false;
  try {
    const target = new URL(link.getAttribute('href') ?? '', doc.baseURI);
    const here = new URL(doc.URL);
    return target.origin + target.pathname !== here.origin + here.pathname;
  } catch {
    return false;
  }
}
