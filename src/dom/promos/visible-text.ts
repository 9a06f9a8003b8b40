// Visible text of an element for promo detection: skips code, forms, hidden parts; stops early past a limit.
import { isSkippedElement } from '../text/skip-rules';

/** Utility classes and inline styles that hide an element (no per-node getComputedStyle on big pages). */
const HIDING_CLASS = /(?:^|\s)(?:hidden|is-hidden|d-none|hide|display-none)(?:\s|$)/i;
const RESPONSIVE_SHOW = /(?:^|\s)[a-z0-9]+:(?:block|flex|inline|inline-block|grid|table)(?:\s|$)/;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Screen-reader-only text ("Advertisement" over NYT slots, "Continue reading"): no reader sees it, also in CSS-module names. */
const SCREEN_READER_ONLY = /(?:^|[\s_])(?:visually-?hidden|sr-only|screen-reader-(?:text|only))(?:$|[\s_])/i;

const BREAKING = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'DT', 'DD', 'TR', 'UL', 'OL']);

/**
 * Whitespace-collapsed text of the element, or undefined once it grows past `limit` characters.
 * Walks sibling pointers (no child arrays), so giving up early on a huge column costs little.
 */
export function visibleText(element: Element, limit = Infinity): string | undefined {
  const parts: string[] = [];
  let length = 0;
  // Raw length overestimates (indentation), so collapse and measure at doubling checkpoints: linear overall.
  let checkpoint = limit * 2;
  let node: Node | null = element.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      if (length > checkpoint) {
        if (collapse(parts.join('')).length > limit) return undefined;
        checkpoint *= 2;
      }
    } else if (node.nodeType === 1 && !isHidden(node as Element)) {
      if (BREAKING.has((node as Element).tagName)) parts.push(' ');
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== element && BREAKING.has((node as Element).tagName)) parts.push(' ');
    }
    node = node && node !== element ? node.nextSibling : null;
  }
  const text = collapse(parts.join(''));
  return text.length > limit ? undefined : text;
}

/** Buttons stay: "Jetzt Depot eröffnen" is often one. */
export function isHidden(element: Element): boolean {
  if (element.tagName !== 'BUTTON' && isSkippedElement(element)) return true;
  const classes = element.getAttribute('class') ?? '';
  // Tailwind-style "hidden md:block" is shown on wider screens.
  if (HIDING_CLASS.test(classes) && !RESPONSIVE_SHOW.test(classes)) return true;
  if (SCREEN_READER_ONLY.test(classes)) return true;
  return HIDING_STYLE.test(element.getAttribute('style') ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
