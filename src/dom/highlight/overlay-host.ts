// The one element the extension adds to a page: a shadow-root host appended as the last child
// of <html> (outside the page's app roots), styled through CSSOM only so no page CSP can block it.
export const OVERLAY_ID = 'stock-news-lens-overlay';

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createOverlay(doc: Document): Overlay {
  // A host left by an earlier instance (extension updated or reloaded) is replaced, never doubled.
  doc.getElementById(OVERLAY_ID)?.remove();
  const host = doc.createElement('stock-news-lens-overlay');
  host.id = OVERLAY_ID;
  setStyles(host, {
    all: 'initial', position: 'fixed', top: '0', left: '0', width: '0', height: '0',
    'z-index': '2147483647', 'pointer-events': 'none',
  });
  const root = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

export function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value);
}
