// Visible text of an element for promo detection: skips code, forms, hidden parts; stops early past a limit.
import { isSkippedElement } from '../text/skip-rules';

/** Whitespace-collapsed text of the element, or undefined once it grows past `limit` characters. */
export function visibleText(element: Element, limit = Infinity): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const stack: (Node | string)[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      // Raw length overestimates (whitespace), so only give up well past the limit.
      if (length > limit * 3 && collapse(parts.join('')).length > limit) return undefined;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== element && isHidden(el)) continue;
    const breaking = BREAKING.has(el.tagName);
    if (breaking) stack.push(' ');
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (breaking) parts.push(' ');
  }
  const text = collapse(parts.join(''));
  return text.length > limit ? undefined : text;
}

/** Utility classes and inline styles that hide an element (no per-node getComputedStyle on big pages). */
const HIDING_CLASS = /(?:^|\s)(?:hidden|is-hidden|d-none|hide|display-none)(?:\s|$)/i;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Buttons stay: "Jetzt Depot eröffnen" is often one. */
export function isHidden(element: Element): boolean {
  if (element.tagName !== 'BUTTON' && isSkippedElement(element)) return true;
  return HIDING_CLASS.test(element.getAttribute('class') ?? '') || HIDING_STYLE.test(element.getAttribute('style') ?? '');
}

const BREAKING = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'DT', 'DD', 'TR', 'UL', 'OL']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
