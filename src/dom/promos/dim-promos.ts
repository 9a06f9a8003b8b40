// Dims or collapses flagged promo blocks with one data attribute and one <style> element we own,
// and returns a function that puts the page back exactly as it was (byte-identical outerHTML).

export const PROMO_ATTRIBUTE = 'data-stock-news-lens-promo';
export const PROMO_STYLE_ID = 'stock-news-lens-promo-style';

const CSS = `
[${PROMO_ATTRIBUTE}="dim"] { opacity: 0.35 !important; filter: grayscale(1) !important; transition: opacity 0.2s; }
[${PROMO_ATTRIBUTE}="dim"]:hover { opacity: 0.8 !important; }
[${PROMO_ATTRIBUTE}="collapse"] { max-height: 1.8em !important; overflow: hidden !important; opacity: 0.35 !important; }
`;

/** How many active dimPromos calls share the style element of each document. */
const styleUsers = new WeakMap<Document, number>();

export function dimPromos(elements: readonly Element[], mode: 'dim' | 'collapse'): () => void {
  const saved = elements.map(element => ({ element, before: element.getAttribute(PROMO_ATTRIBUTE) }));
  const doc = elements[0]?.ownerDocument;
  if (doc) acquireStyle(doc);
  for (const { element } of saved) element.setAttribute(PROMO_ATTRIBUTE, mode);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const { element, before } of saved) {
      if (before === null) element.removeAttribute(PROMO_ATTRIBUTE);
      else element.setAttribute(PROMO_ATTRIBUTE, before);
    }
    if (doc) releaseStyle(doc);
  };
}

function acquireStyle(doc: Document): void {
  const users = styleUsers.get(doc) ?? 0;
  styleUsers.set(doc, users + 1);
  if (users > 0 && doc.getElementById(PROMO_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PROMO_STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function releaseStyle(doc: Document): void {
  const users = (styleUsers.get(doc) ?? 1) - 1;
  styleUsers.set(doc, users);
  if (users === 0) doc.getElementById(PROMO_STYLE_ID)?.remove();
}
