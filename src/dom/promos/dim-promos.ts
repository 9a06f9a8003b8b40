// Dims or collapses flagged promo blocks (collapsed: the first lines, fading out, so the reader still
// sees what was folded away) with one data attribute and an adopted stylesheet we own
// (no <style> element: strict page CSPs block those in Firefox), and returns a function that puts
// the page back exactly as it was (byte-identical outerHTML).
import { adoptStyleSheet } from '../style/adopt-style-sheet';

export const PROMO_ATTRIBUTE = 'data-stock-news-lens-promo';

export const PROMO_CSS = `
[${PROMO_ATTRIBUTE}="dim"] { opacity: 0.35 !important; filter: grayscale(1) !important; transition: opacity 0.2s; }
[${PROMO_ATTRIBUTE}="dim"]:hover { opacity: 0.8 !important; }
[${PROMO_ATTRIBUTE}="collapse"] { max-height: 4.5em !important; overflow: hidden !important; opacity: 0.45 !important; filter: grayscale(1) !important;
  -webkit-mask-image: linear-gradient(to bottom, #000 45%, transparent) !important; mask-image: linear-gradient(to bottom, #000 45%, transparent) !important; }
[${PROMO_ATTRIBUTE}="collapse"]:hover { opacity: 0.8 !important; }
`;

export function dimPromos(elements: readonly Element[], mode: 'dim' | 'collapse'): () => void {
  const saved = elements.map(element => ({ element, before: element.getAttribute(PROMO_ATTRIBUTE) }));
  const doc = elements[0]?.ownerDocument;
  const removeStyle = doc ? adoptStyleSheet(doc, PROMO_CSS) : () => {};
  for (const { element } of saved) element.setAttribute(PROMO_ATTRIBUTE, mode);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    for (const { element, before } of saved) {
      if (before === null) element.removeAttribute(PROMO_ATTRIBUTE);
      else element.setAttribute(PROMO_ATTRIBUTE, before);
    }
    removeStyle();
  };
}
