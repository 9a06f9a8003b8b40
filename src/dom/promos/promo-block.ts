// From a spot that looks promotional (a label, teaser wording) to the box around it, and from the
// box to the PromoCandidate the core scores. Read-only: never touches the DOM.
import { findLabel, MAX_LABEL_LENGTH, type PromoCandidate, type PromoLink } from '../../core/promos';
import type { Lang } from '../../core/types';
import { isHidden, visibleText } from './visible-text';

/** Longest block a teaser seed may grow into; a labelled slot stays smaller (labels sit on small boxes). */
export const MAX_TEASER_BLOCK = 1200;
export const MAX_LABELLED_BLOCK = 600;
/** A section headed by an ad caption (a carousel of partner offers) may be longer. */
const MAX_SECTION_BLOCK = 2400;
/** Climbing stops before a parent that adds this many long paragraphs: that is article text. */
const PARAGRAPHS_OF_TEXT = 2;
const LONG_PARAGRAPH = 200;
/** A labelled teaser box has a few links; a labelled column of many links is a list, not one ad. */
const MAX_TEASER_LINKS = 3;
const MAX_TOKENS = 40;
/** Siblings of one template that make a list of teasers. */
const MIN_LIST_ITEMS = 3;
const MAX_LIST_CAPTION = 80;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

const INLINE = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'SMALL', 'FONT', 'MARK', 'SUP', 'SUB', 'ABBR', 'CITE', 'Q', 'TIME', 'LABEL', 'BUTTON', 'IMG', 'PICTURE']);

export interface PageContext {
  doc: Document;
  articleRoot: Element | null;
  lang: Lang;
  /** Read once: document.baseURI looks for a <base> element on every call. */
  baseUri: string;
  pageHost?: string;
}

/** The largest box around teaser wording that is still one promo block (not the article, not a whole column). */
export function blockAround(start: Element, context: PageContext, limit: number): Element {
  let current = start;
  while (INLINE.has(current.tagName) && current.parentElement && canGrowInto(current.parentElement, context)) {
    current = current.parentElement;
  }
  for (let parent = current.parentElement; parent && growsInto(parent, current, context, limit); parent = parent.parentElement) {
    if (joinsAnotherBox(parent, current) || isListItem(current, parent)) break;
    current = parent;
  }
  return current;
}

/**
 * One linked item of a teaser list (several siblings of the same template, each with a link): the
 * teaser is that item, not the editorial links around it (WELT's "Lesen Sie hier mehr" list).
 */
function isListItem(current: Element, parent: Element): boolean {
  const template = current.getAttribute('class')?.trim();
  if (!template && current.tagName !== 'LI') return false;
  const items = Array.from(parent.children).filter(child => child.tagName === current.tagName
    && (child.getAttribute('class')?.trim() ?? '') === (template ?? '') && child.querySelector('a[href]'));
  return items.length >= MIN_LIST_ITEMS && items.includes(current);
}

/**
 * The box an advertising label belongs to: the first ancestor that adds content to a bare label
 * ("Anzeige" + teaser) or to a sponsor line ("Sponsored by X" in its widget); the label of a name
 * ("Gutscheine (Anzeige)") is its own box. A bare label in the middle of a column, or over a long
 * link list, belongs to the linked teaser next to it or to nothing (an empty slot scripts fill later).
 */
export function labelledBlock(label: Element, context: PageContext): Element {
  const caption = visibleText(label, MAX_LABEL_LENGTH) ?? '';
  const found = findLabel(caption);
  const bare = found?.rest === '';
  let growth = bare || /\b(?:by|von)$/.test(found?.label ?? '') ? 1 : 0;
  let current = label;
  let text = caption;
  for (let parent = current.parentElement; parent && growsInto(parent, current, context, MAX_LABELLED_BLOCK); parent = parent.parentElement) {
    const outer = visibleText(parent, MAX_LABELLED_BLOCK) ?? '';
    if (outer === text) {
      current = parent;
      if (bare && holdsEmptySlot(current)) return current;
      continue;
    }
    if (growth === 0 || (bare && parent.querySelector('script, ins'))) break;
    if (bare && (!(outer.startsWith(caption) || outer.endsWith(caption)) || parent.querySelectorAll('a[href]').length > MAX_TEASER_LINKS)) {
      return linkedNeighbour(current) ?? current;
    }
    growth--;
    current = parent;
    text = outer;
  }
  return current;
}

/**
 * The box a section caption heads ("Serviceangebote unserer Partner", a headline named "Anzeige"):
 * the outermost ancestor whose text still starts with the caption.
 */
export function headedSection(caption: Element, context: PageContext): Element {
  const text = visibleText(caption, MAX_LABEL_LENGTH) ?? '';
  let current = caption;
  for (let parent = current.parentElement; parent && growsInto(parent, current, context, MAX_SECTION_BLOCK); parent = parent.parentElement) {
    if (!visibleText(parent, MAX_SECTION_BLOCK)?.startsWith(text)) break;
    current = parent;
  }
  return current;
}

/** The element's accessible name when that is a bare advertising label (aria-label="Anzeige"). */
export function adName(element: Element): string | undefined {
  const name = element.getAttribute('aria-label');
  return name !== null && findLabel(name)?.rest === '' ? name : undefined;
}

/** An ad slot: the label next to a script, an iframe or an element without text that scripts fill. */
function holdsEmptySlot(element: Element): boolean {
  if (element.querySelector('script, ins, iframe')) return true;
  return Array.from(element.querySelectorAll('div, section, aside')).some(child => visibleText(child, 1) === '');
}

function linkedNeighbour(label: Element): Element | undefined {
  for (const sibling of [label.previousElementSibling, label.nextElementSibling]) {
    if (!sibling || isHidden(sibling) || !sibling.querySelector('a[href]')) continue;
    const text = visibleText(sibling, MAX_LABELLED_BLOCK / 2);
    if (text && !findLabel(text)) return sibling;
  }
  return undefined;
}

function growsInto(parent: Element, current: Element, context: PageContext, limit: number): boolean {
  if (!canGrowInto(parent, context) || visibleText(parent, limit) === undefined) return false;
  return !parent.querySelector('h1') && !addsArticleText(parent, current);
}

function follows(node: Element, reference: Element): boolean {
  return (reference.compareDocumentPosition(node) & 4) !== 0;
}

/**
 * Teaser wording grows into its box, not into the next box: a second titled section ends it, and so
 * does a label, which marks its own box (found from the label) and never a bigger one.
 */
function joinsAnotherBox(parent: Element, current: Element): boolean {
  // A title above the box belongs to it ("Invest Smarter with …"); a heading after it starts the next box.
  const headings = Array.from(parent.querySelectorAll(HEADINGS));
  const titled = headings.some(heading => current.contains(heading));
  if (titled && headings.some(heading => !current.contains(heading) && follows(heading, current))) return true;
  return findLabelElement(parent) !== undefined;
}

function canGrowInto(parent: Element, { doc, articleRoot }: PageContext): boolean {
  if (parent === doc.body || parent === doc.documentElement) return false;
  return !articleRoot || !parent.contains(articleRoot);
}

function addsArticleText(parent: Element, current: Element): boolean {
  let long = 0;
  for (const paragraph of Array.from(parent.querySelectorAll('p'))) {
    if (current.contains(paragraph)) continue;
    if ((visibleText(paragraph, LONG_PARAGRAPH * 4)?.length ?? LONG_PARAGRAPH) >= LONG_PARAGRAPH && ++long >= PARAGRAPHS_OF_TEXT) return true;
  }
  return false;
}

/** The advertising label of the block (its aria-label, a caption inside or a bare caption next to it), raw. */
export function labelOf(block: Element): string | undefined {
  const named = adName(block);
  if (named !== undefined) return named;
  const inside = findLabelElement(block);
  if (inside) return inside;
  for (const sibling of [block.previousElementSibling, block.nextElementSibling]) {
    const text = sibling && !isHidden(sibling) ? visibleText(sibling, MAX_LABEL_LENGTH) : undefined;
    // The caption of an empty ad slot next door labels that slot, not this block.
    if (text && findLabel(text)?.rest === '' && !holdsEmptySlot(sibling!)) return text;
  }
  return undefined;
}

/** The innermost element whose caption or accessible name carries a label: "Werbung", not the box around it. */
function findLabelElement(block: Element): string | undefined {
  const stack: Element[] = [block];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (isHidden(el)) continue;
    const named = adName(el);
    if (named !== undefined && el !== block) return named;
    const text = visibleText(el, MAX_LABEL_LENGTH);
    const inner = Array.from(el.children);
    if (text !== undefined && isLabelElement(el, text) && !inner.some(child => findLabel(visibleText(child, MAX_LABEL_LENGTH) ?? ''))) return text;
    stack.push(...inner.reverse());
  }
  return undefined;
}

/**
 * A caption that names the block an ad. Link text is not a caption ("Werbung" in the footer leads to
 * the rate card) unless a bare label sits in its own element inside the link ("Reklame" + title, an ad tile).
 */
export function isLabelElement(element: Element, text: string): boolean {
  const found = findLabel(text);
  if (!found) return false;
  const link = element.closest('a');
  return !link || (link !== element && found.rest === '');
}

export function describeBlock(block: Element, context: PageContext, position: number): PromoCandidate {
  const candidate: PromoCandidate = {
    text: visibleText(block) ?? '',
    headings: headingsOf(block),
    links: linksOf(block, context.baseUri),
    inArticle: context.articleRoot?.contains(block) ?? false,
    position,
    tokens: tokensOf(block),
    lang: context.lang,
  };
  const label = labelOf(block);
  if (label !== undefined) candidate.label = label;
  const caption = listCaption(block);
  if (caption !== undefined) candidate.listCaption = caption;
  if (context.pageHost) candidate.pageHost = context.pageHost;
  return candidate;
}

/** The caption right before the list the block is one item of ("Meistgelesen" over its <ol>). */
function listCaption(block: Element): string | undefined {
  const list = block.parentElement;
  const before = list && isListItem(block, list) ? list.previousElementSibling : null;
  return before && !isHidden(before) ? visibleText(before, MAX_LIST_CAPTION) : undefined;
}

function headingsOf(block: Element): string[] {
  const headings = block.matches(HEADINGS) ? [block] : Array.from(block.querySelectorAll('h1, h2, h3, h4, h5, h6, strong, b'));
  return headings
    .filter(el => /^H\d$/.test(el.tagName) || (el.textContent ?? '').trim().length >= 12)
    .map(el => visibleText(el, 300) ?? '')
    .filter(Boolean);
}

function linksOf(block: Element, baseUri: string): PromoLink[] {
  const anchors = Array.from(block.querySelectorAll('a[href]'));
  const around = block.closest('a[href]');
  if (around) anchors.unshift(around);
  return anchors.flatMap(anchor => {
    const raw = anchor.getAttribute('href')?.trim() ?? '';
    // Jump links ("Continue reading the main story") stay on the page.
    if (raw === '' || raw.startsWith('#')) return [];
    const link: PromoLink = { text: visibleText(anchor, 300) ?? '', href: resolve(raw, baseUri) };
    const rel = anchor.getAttribute('rel');
    if (rel) link.rel = rel.toLowerCase();
    return [link];
  });
}

function resolve(href: string, baseUri: string): string {
  try {
    return new URL(href, baseUri).href;
  } catch {
    return href;
  }
}

function tokensOf(block: Element): string[] {
  const tokens: string[] = [];
  for (let el: Element | null = block; el && el.tagName !== 'BODY' && tokens.length < MAX_TOKENS; el = el.parentElement) {
    const words = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/\s+/).filter(Boolean);
    tokens.push(...words);
  }
  return tokens.slice(0, MAX_TOKENS);
}
