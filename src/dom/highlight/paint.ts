// Paints fact ranges with the CSS Custom Highlight API: one Highlight per kind in the document's
// registry (snl-money, snl-percent, …). Nothing is written into the page DOM.
import { FACT_KINDS, type FactKind } from '../../core/fact-sheet';
import { highlightName } from './highlight-styles';

export interface PaintTarget {
  fact: { kind: FactKind };
  range: Range;
}

type HighlightWindow = Window & typeof globalThis;

/** The window whose highlight registry paints `doc`, or undefined where the API is missing. */
export function highlightWindow(doc: Document): HighlightWindow | undefined {
  const view = doc.defaultView as HighlightWindow | null;
  if (!view || typeof view.Highlight !== 'function' || !view.CSS?.highlights) return undefined;
  return view;
}

export function supportsHighlights(doc: Document): boolean {
  return highlightWindow(doc) !== undefined;
}

/** Registers one Highlight per kind that has ranges (kinds without any stay unregistered); returns clear(). */
export function paintHighlights(doc: Document, targets: readonly PaintTarget[]): () => void {
  const view = highlightWindow(doc);
  if (!view) return () => {};
  for (const kind of FACT_KINDS) {
    const ranges = targets.filter(target => target.fact.kind === kind).map(target => target.range);
    if (ranges.length > 0) view.CSS.highlights.set(highlightName(kind), new view.Highlight(...ranges));
    else view.CSS.highlights.delete(highlightName(kind));
  }
  return () => {
    for (const kind of FACT_KINDS) view.CSS.highlights.delete(highlightName(kind));
  };
}

/** One named highlight over one range (the "show on page" marks); returns clear(). */
export function markRange(doc: Document, name: string, range: Range): () => void {
  const view = highlightWindow(doc);
  if (!view) return () => {};
  const highlight = new view.Highlight(range);
  view.CSS.highlights.set(name, highlight);
  return () => {
    if (view.CSS.highlights.get(name) === highlight) view.CSS.highlights.delete(name);
  };
}
