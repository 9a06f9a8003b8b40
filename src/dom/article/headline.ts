// Which h1 is the article's headline. The first h1 of the page is not always it: a closed
// subscription banner ("Save 33% on our annual subscription") or a site logo may come first.
import { isPageChrome } from './page-chrome';

/** Shorter h1 texts ("News", "Markets") say too little to be recognised in the page's title. */
const MIN_TITLE_MATCH = 12;

/**
 * The h1 inside the article container; else the page's h1 that its metadata title (og:title, <title>)
 * contains, even in a chrome-like wrapper (some sites set the headline as the last breadcrumb); else
 * the last h1 before the container that is no chrome; else the first such one.
 */
export function articleHeadline(doc: Document, root: Element | null): Element | null {
  const inside = root?.querySelector('h1');
  if (inside) return inside;
  const headings = Array.from(doc.querySelectorAll('h1'), h1 => ({ h1, text: textOf(h1) })).filter(({ text }) => text !== '');
  const titles = metadataTitles(doc);
  const named = headings.find(({ text }) => text.length >= MIN_TITLE_MATCH && titles.some(title => title.includes(text)));
  const plain = headings.map(({ h1 }) => h1).filter(h1 => !isPageChrome(h1));
  return named?.h1 ?? lastBefore(plain, root) ?? plain[0] ?? null;
}

/** The page's title as its metadata gives it (og:title, else <title>), white space folded; empty ones left out. */
export function metadataTitles(doc: Document): string[] {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return [og, doc.title].map(normalised).filter(title => title !== '');
}

function lastBefore(candidates: readonly Element[], root: Element | null): Element | undefined {
  if (!root) return undefined;
  return candidates.filter(h1 => (h1.compareDocumentPosition(root) & 4 /* FOLLOWING */) !== 0).pop();
}

/** An element's text with white space folded. */
export function textOf(element: Element): string {
  return normalised(element.textContent ?? '');
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
