// Finds candidate promo blocks anywhere on the page: boxes around advertising labels and around
// teaser wording (CTA boxes, linked one-line teasers, sidebar widgets). Read-only, bounded work.
import { findLabel, looksPromotional, MAX_LABEL_LENGTH, type PromoCandidate } from '../../core/promos';
import type { Lang } from '../../core/types';
import { adName, blockAround, describeBlock, headedSection, isLabelElement, labelledBlock, MAX_TEASER_BLOCK, type PageContext } from './promo-block';
import { isHidden, visibleText } from './visible-text';

export const MAX_CANDIDATES = 400;
/** Teaser wording is looked for in text blocks up to this size; longer ones are article paragraphs. */
const MAX_SEED_TEXT = 600;

const MENU_TAGS = new Set(['NAV', 'FOOTER', 'MENU']);
const MENU_ROLES = new Set(['navigation', 'menu', 'menubar', 'contentinfo']);
const MENU_WORDS = /(?:^|[-_ ])(?:nav|navbar|navigation|menu|footer|breadcrumbs?|cookie|consent|cmp|comments?)(?:$|[-_ ])/;

interface Seed {
  element: Element;
  /**
   * "text": teaser wording; "label": a caption element; "box": the element names itself an ad
   * (aria-label); "section": a caption that names the section it heads an ad.
   */
  kind: 'text' | 'label' | 'box' | 'section';
  ordinal: number;
}

export function collectPromoCandidates(doc: Document, articleRoot: Element | null, lang: Lang): { element: Element; candidate: PromoCandidate }[] {
  const body = doc.body;
  if (!body) return [];
  const context: PageContext = { doc, articleRoot, lang, baseUri: doc.baseURI };
  const host = pageHost(doc);
  if (host) context.pageHost = host;

  const { seeds, textCount } = findSeeds(body);
  const blocks = new Map<Element, number>();
  for (const seed of seeds) {
    if (blocks.size >= MAX_CANDIDATES) break;
    const block = seed.kind === 'box' ? seed.element
      : seed.kind === 'section' ? headedSection(seed.element, context)
        : seed.kind === 'label' ? labelledBlock(seed.element, context)
          : blockAround(seed.element, context, MAX_TEASER_BLOCK);
    if (!blocks.has(block)) blocks.set(block, seed.ordinal);
  }
  // A box and a heading inside it are one promo: keep the outermost.
  const outermost = [...blocks.keys()].filter(block => ![...blocks.keys()].some(other => other !== block && other.contains(block)));
  return outermost.map(element => ({
    element,
    candidate: describeBlock(element, context, textCount > 0 ? (blocks.get(element) ?? 0) / textCount : 0),
  }));
}

/** One pass over the text: labels anywhere, teaser wording outside menus, in document order. */
function findSeeds(body: Element): { seeds: Seed[]; textCount: number } {
  const seeds: Seed[] = [];
  const checked = new Set<Element>();
  let textCount = 0;
  const stack: { node: Node; inMenu: boolean }[] = [{ node: body, inMenu: false }];
  while (stack.length > 0) {
    const { node, inMenu } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue?.trim() ?? '';
      if (!text || !node.parentElement) continue;
      textCount++;
      const seed = seedAt(node.parentElement, text, inMenu, checked);
      if (seed) seeds.push({ ...seed, ordinal: textCount });
      if (seeds.length >= MAX_CANDIDATES * 2) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isHidden(el)) continue;
    const named = namedAdKind(el);
    if (named) seeds.push({ element: el, kind: named, ordinal: textCount });
    const menu = inMenu || isMenu(el);
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i]!, inMenu: menu });
  }
  return { seeds, textCount };
}

/**
 * An element whose accessible name is an advertising label (aria-label="Anzeige"): a box holding
 * more than a caption is the ad; a caption that is no label itself (SZ's "Vergleichsportal" over
 * its deals carousel) heads the ad section. Empty named elements are slots, found by their caption.
 */
function namedAdKind(el: Element): 'box' | 'section' | undefined {
  if (adName(el) === undefined) return undefined;
  const caption = visibleText(el, MAX_LABEL_LENGTH);
  if (caption === undefined) return 'box';
  return caption !== '' && !findLabel(caption) ? 'section' : undefined;
}

function seedAt(parent: Element, text: string, inMenu: boolean, checked: Set<Element>): Omit<Seed, 'ordinal'> | undefined {
  const label = text.length <= MAX_LABEL_LENGTH * 2 ? findLabel(text) : undefined;
  // Labelled menu entries count ("Gutscheine (Anzeige)"); a "Werbung" heading over footer links
  // (the advertisers' section) and teaser wording in menus do not.
  if (label && !(inMenu && /^H\d$/.test(parent.tagName))) {
    const caption = visibleText(parent, MAX_LABEL_LENGTH) ?? text;
    if (isLabelElement(parent, caption)) return { element: parent, kind: label.section ? 'section' : 'label' };
  }
  if (inMenu) return undefined;
  const holder = textHolder(parent);
  if (checked.has(holder)) return undefined;
  checked.add(holder);
  const blockText = visibleText(holder, MAX_SEED_TEXT);
  return blockText !== undefined && looksPromotional(blockText) ? { element: holder, kind: 'text' } : undefined;
}

/** The nearest element that is not inline formatting: teaser wording is often split over <b>/<a>. */
function textHolder(element: Element): Element {
  let holder = element;
  while (/^(?:A|SPAN|STRONG|B|EM|I|U|SMALL|FONT|MARK)$/.test(holder.tagName) && holder.parentElement) holder = holder.parentElement;
  return holder;
}

function isMenu(el: Element): boolean {
  if (MENU_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && MENU_ROLES.has(role)) return true;
  return MENU_WORDS.test(`${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase());
}

/** Where the page says it lives (canonical / og:url), else the document's own host. */
function pageHost(doc: Document): string | undefined {
  const declared = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const url of [declared, doc.location?.href]) {
    if (!url) continue;
    try {
      const host = new URL(url).hostname;
      if (host) return host;
    } catch {
      // Relative or broken URL: try the next source.
    }
  }
  return undefined;
}
