// The article as the core sees it: headline (even when it sits outside the body container) plus
// the body's blocks, with page chrome and teasers for other stories left out.
import { alternation } from '../../core/text/patterns';
import { RELATED_STORY_LABELS } from '../../core/text/related-story-labels';
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
 * A block whose text all sits inside links to other pages, or behind a related-story label only
 * ("Read more: Alibaba poised to launch …"), is a teaser for another story (a "related stories" list
 * set inside the body, a headline plus summary wrapped in one link): not this article's facts.
 * `here`: this page's address without query and fragment.
 */
function teasesOtherStory(block: DomBlock, base: string, here: string | undefined): boolean {
  if (here === undefined || block.text.trim().split(/\s+/).length < 3) return false;
  let linked = false;
  let unlinked = '';
  for (const { node } of block.segments) {
    if (node.data.trim() === '') continue;
    if (linksElsewhere(node, base, here)) linked = true;
    else unlinked += node.data;
  }
  return linked && (unlinked.trim() === '' || RELATED_LABEL.test(unlinked));
}

const RELATED_LABEL = new RegExp(String.raw`^[\s\u00a0]*(?:${alternation(RELATED_STORY_LABELS)})[\s\u00a0]*[:»›|–-]?[\s\u00a0]*$`, 'i');

function linksElsewhere(node: Text, base: string, here: string): boolean {
  const href = node.parentElement?.closest('a[href]')?.getAttribute('href');
  const target = href === undefined || href === null ? undefined : pageAddress(href, base);
  return target !== undefined && target !== here;
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
