// The article as the core sees it: headline (even when it sits outside the body container) plus
// the body's blocks, with page chrome and teasers for other stories left out.
import { collectBlocks, type DomBlock } from '../text/collect-blocks';
import { articleHeadline } from './headline';
import { isPageChrome } from './page-chrome';

export function collectArticleBlocks(doc: Document, root: Element): DomBlock[] {
  const here = pageAddress(doc.URL, doc.URL);
  const blocks = collectBlocks(root, { exclude: isPageChrome }).filter(block => !teasesOtherStory(block, doc.baseURI, here));
  const headline = articleHeadline(doc, root);
  if (headline && !root.contains(headline)) {
    blocks.unshift(...collectBlocks(headline).map(block => ({ ...block, heading: true })));
  }
  return blocks;
}

/**
 * A block whose text all sits inside links to other pages is a teaser for another story ("related
 * stories" set inside the body, a headline plus summary wrapped in one link): not this article's facts.
 * `here`: this page's address without query and fragment.
 */
function teasesOtherStory(block: DomBlock, base: string, here: string | undefined): boolean {
  const words = block.text.trim().split(/\s+/).length;
  return words >= 3 && here !== undefined && block.segments.every(({ node }) => {
    if (node.data.trim() === '') return true;
    const href = node.parentElement?.closest('a[href]')?.getAttribute('href');
    const target = href === undefined || href === null ? undefined : pageAddress(href, base);
    return target !== undefined && target !== here;
  });
}

/** Origin and path of a link, undefined when it is no valid URL. */
function pageAddress(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.origin + url.pathname;
  } catch {
    return undefined;
  }
}
