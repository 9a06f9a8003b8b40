// Finds the article body: site rule → the element holding the densest prose (Readability's idea:
// score parents by the paragraphs they hold; link-heavy blocks count for nothing) → widened to the
// enclosing <article> or schema.org articleBody so the headline and standfirst come along.
import { collectBlocks, type DomBlock } from '../text/collect-blocks';
import { isPageChrome } from './page-chrome';
import { siteRuleFor } from './site-rules';

/** Blocks shorter than this are usually captions, bylines, menu entries or job titles. */
const MIN_PROSE_CHARS = 60;
/** Share of a block's text inside links above which it is navigation, not prose. */
const MAX_LINK_DENSITY = 0.5;
const ANCESTOR_LEVELS = 5;
const FEED_LEVELS = 8;
const MIN_FEED_ITEMS = 3;
/** A feed item holds at least this share of the best item's prose. */
const FEED_ITEM_SHARE = 0.2;

export function findArticleRoot(doc: Document, hostname = ''): Element | null {
  const body = doc.body;
  if (!body) return null;
  const rule = siteRuleFor(hostname);
  const ruled = rule ? doc.querySelector(rule.body) : null;
  if (ruled && (ruled.textContent ?? '').length > 200) return ruled;

  const scores = proseScores(collectBlocks(body, { exclude: isPageChrome }));
  const best = highestScored(scores);
  return best ? widen(feedAround(best, scores) ?? best) : body;
}

/** News feeds and live blogs repeat one item template (seen on thefly.com): when the best block
 * is one of several alike items, the article is the feed that holds them all. Only items that hold
 * prose of about the best item's size count: a generic module class ("bd" on every box of a Yahoo
 * page, one of them the article, the others one-line summaries) is no feed. */
function feedAround(best: Element, scores: ReadonlyMap<Element, number>): Element | undefined {
  const classes = (best.getAttribute('class') ?? '').trim().split(/\s+/).filter(name => /^[a-zA-Z][\w-]*$/.test(name));
  if (classes.length === 0) return undefined;
  const selector = `${best.tagName.toLowerCase()}.${classes.join('.')}`;
  // The lowest ancestor that holds the most items: a feed split into one table per day is one feed.
  const bestScore = scores.get(best) ?? 0;
  let feed: Element | undefined;
  let most = MIN_FEED_ITEMS - 1;
  let ancestor = best.parentElement;
  for (let level = 1; ancestor && ancestor !== best.ownerDocument.body && level <= FEED_LEVELS; level++) {
    const items = [...ancestor.querySelectorAll(selector)].filter(item => (scores.get(item) ?? 0) >= bestScore * FEED_ITEM_SHARE).length;
    if (items > most) {
      feed = ancestor;
      most = items;
    }
    ancestor = ancestor.parentElement;
  }
  return feed;
}

/** Each element's share of the prose it holds (Readability's idea, with fading shares). */
function proseScores(blocks: readonly DomBlock[]): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    const length = block.text.trim().length;
    if (length < MIN_PROSE_CHARS || linkDensity(block) > MAX_LINK_DENSITY) continue;
    const weight = length + 20 * (block.text.match(/[,.;:]/g)?.length ?? 0);
    let ancestor = block.owner.tagName === 'P' || block.owner.tagName === 'LI' ? block.owner.parentElement : block.owner;
    // Shares fade with distance (1, 1/2, 1/3, …): sites that wrap every paragraph in its own
    // div (seen on boersen-zeitung.de) still add up at the common ancestor.
    for (let level = 1; ancestor && level <= ANCESTOR_LEVELS; level++, ancestor = ancestor.parentElement) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight / level);
    }
  }
  return scores;
}

function highestScored(scores: ReadonlyMap<Element, number>): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

function linkDensity(block: DomBlock): number {
  let linked = 0;
  for (const segment of block.segments) if (segment.node.parentElement?.closest('a')) linked += segment.node.length;
  return linked / Math.max(1, block.text.length);
}

/** Headline and standfirst usually sit beside the body inside the same <article>; take them in. */
function widen(element: Element): Element {
  const container = element.closest('article, [role="article"], [itemprop="articleBody"]');
  if (!container || container === element) return element;
  // A page-wide wrapper (the whole site in one <article>) would bring chrome back: widen modestly.
  return textLength(container) <= textLength(element) * 2.5 + 2_000 ? container : element;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').length;
}
