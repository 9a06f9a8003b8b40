// The ::highlight() styles, one colour per fact kind, adopted into the page as a constructable
// stylesheet (see adopt-style-sheet.ts: no <style> element, no page-CSP exposure).
import type { FactKind } from '../../core/fact-sheet';
import { adoptStyleSheet } from '../style/adopt-style-sheet';

export const HIGHLIGHT_PREFIX = 'snl-';
export const PROMO_REVEAL = `${HIGHLIGHT_PREFIX}promo-reveal`;
export const FACT_REVEAL = `${HIGHLIGHT_PREFIX}fact-reveal`;

export function highlightName(kind: FactKind): string {
  return HIGHLIGHT_PREFIX + kind;
}

// Translucent backgrounds keep the page's own text colour readable on light and dark sites;
// the underline styles tell kinds apart for readers who do not see the colours well.
const KIND_STYLES: Record<FactKind, string> = {
  money: 'background-color: rgb(255 200 60 / 0.45); text-decoration: underline solid rgb(180 120 0);',
  percent: 'background-color: rgb(120 180 255 / 0.38); text-decoration: underline dashed rgb(30 100 200);',
  instrument: 'background-color: rgb(110 220 150 / 0.35); text-decoration: underline double rgb(20 130 70);',
  rating: 'background-color: rgb(200 150 255 / 0.45); text-decoration: underline wavy rgb(120 60 200);',
  date: 'background-color: rgb(100 220 210 / 0.30); text-decoration: underline dotted rgb(0 120 110);',
};

export function highlightCss(): string {
  const kinds = Object.entries(KIND_STYLES).map(([kind, style]) => `::highlight(${HIGHLIGHT_PREFIX}${kind}) { ${style} }`);
  return [
    ...kinds,
    `::highlight(${PROMO_REVEAL}) { background-color: rgb(255 120 120 / 0.45); }`,
    `::highlight(${FACT_REVEAL}) { background-color: rgb(255 140 0 / 0.55); }`,
  ].join('\n');
}

/** Adopts the highlight styles into `doc`; the returned function takes them out again. */
export function adoptHighlightStyles(doc: Document): () => void {
  return adoptStyleSheet(doc, highlightCss());
}
