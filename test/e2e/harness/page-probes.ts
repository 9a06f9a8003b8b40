// Probes run in an article page's main world. The extension must leave the DOM as the server sent
// it; these read the highlight registry and compare the live DOM with a fresh parse of the HTML.
// Serialised by the drivers: keep them self-contained.

export const OVERLAY_SELECTOR = '#stock-news-lens-overlay';

export interface PageLocation {
  href: string;
  state: DocumentReadyState;
}

/** Where the page is and how far it has loaded: what the polls after a navigation read. */
export function pageLocation(): PageLocation {
  return { href: location.href, state: document.readyState };
}

/** Moves through the tab's history from the page itself (see historyTraversal in wait.ts). */
export function goInHistory(step: number): void {
  history.go(step);
}

/** Texts of the ranges in highlight `name`, or null when it is not registered. */
export function highlightTexts(name: string): string[] | null {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...highlight].map(range => (range as Range).toString()) : null;
}

export function hasHighlight(name: string): boolean {
  return CSS.highlights.has(name);
}

/** Names of every registered highlight with our prefix. */
export function ourHighlights(prefix: string): string[] {
  return [...CSS.highlights.keys()].filter(name => name.startsWith(prefix));
}

/** How many constructable stylesheets the document has adopted (ours are the only ones on our pages). */
export function adoptedSheetCount(): number {
  return document.adoptedStyleSheets.length;
}

/** outerHTML of the live document without our overlay host (the one node we may add). */
export function liveSnapshot(overlaySelector: string): string {
  const copy = document.documentElement.cloneNode(true) as Element;
  copy.querySelector(overlaySelector)?.remove();
  return copy.outerHTML;
}

/** outerHTML of the same URL parsed afresh, i.e. the DOM before any extension touched it. */
export async function pristineSnapshot(): Promise<string> {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
}

/** Centre of the first on-screen client rect of a range in highlight `name` whose text contains `text`. */
export function rangePoint(args: { name: string; text: string }): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(args.name);
  for (const range of highlight ?? []) {
    if (!(range as Range).toString().includes(args.text)) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = [...(range as Range).getClientRects()].find(r => r.width > 0 && r.height > 0);
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Text of the hover card in our overlay's shadow root while it is shown, '' otherwise. */
export function hoverCardText(overlaySelector: string): string {
  const card = document.querySelector(overlaySelector)?.shadowRoot?.querySelector<HTMLElement>('[role=tooltip]');
  return card && card.style.display !== 'none' ? (card.textContent ?? '') : '';
}

/** A main-world expando: if it survives, the page was not reloaded. */
export function markPage(token: string): void {
  (window as unknown as { e2eToken?: string }).e2eToken = token;
}

export function pageToken(): string | null {
  return (window as unknown as { e2eToken?: string }).e2eToken ?? null;
}

/** Texts of our ranges that start or end inside an element matching `selector`. */
export function rangesInside(args: { prefix: string; selector: string }): string[] {
  const inside: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(args.prefix)) continue;
    for (const range of highlight) {
      const ends = [range.startContainer, range.endContainer];
      if (ends.some(node => (node instanceof Element ? node : node.parentElement)?.closest(args.selector))) {
        inside.push((range as Range).toString());
      }
    }
  }
  return inside;
}

/** Number of ranges in highlight `name` (0 when it is not registered). */
export function highlightSize(name: string): number {
  return CSS.highlights.get(name)?.size ?? 0;
}

/** Init script (runs before the page's own): records the CSP violations the document sees. */
export const RECORD_VIOLATIONS = `window.snlViolations = [];
document.addEventListener('securitypolicyviolation', event => window.snlViolations.push(event.violatedDirective + ' ' + event.blockedURI), true);`;

export function violations(): string[] {
  return (window as unknown as { snlViolations?: string[] }).snlViolations ?? ['recorder missing'];
}

export interface PromoBlockStyle {
  mode: string;
  opacity: number;
  overflow: string;
  maxHeight: string;
  /** Border-box height, and the content-box height (max-height applies to it: content-box sizing). */
  height: number;
  contentHeight: number;
}

/** Computed style of every element carrying the promo display attribute (`attribute`). */
export function promoBlockStyles(attribute: string): PromoBlockStyle[] {
  return [...document.querySelectorAll(`[${attribute}]`)].map(element => {
    const style = getComputedStyle(element);
    const height = element.getBoundingClientRect().height;
    const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
    return {
      mode: element.getAttribute(attribute) ?? '',
      opacity: Number(style.opacity),
      overflow: style.overflow,
      maxHeight: style.maxHeight,
      height,
      contentHeight: edges.reduce((left, edge) => left - parseFloat(style[edge]), height),
    };
  });
}

/** Scrolls the last element matching `selector` to the middle of the viewport (no DOM change). */
export function scrollToLast(selector: string): boolean {
  const element = [...document.querySelectorAll(selector)].at(-1);
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return element !== null;
}
