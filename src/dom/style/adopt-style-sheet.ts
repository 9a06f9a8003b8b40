// Adds CSS to a document as an adopted constructable stylesheet: no element in the page DOM,
// and not subject to the page's style-src CSP (Firefox applies it to <style> elements that
// content scripts insert; checked in Firefox 153 under `style-src 'none'`).
export function adoptStyleSheet(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return () => {};
  // A constructable sheet can only be adopted by the document of the window that made it.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  const pageSide = pageSideSheets(doc);
  if (pageSide) return adoptInPlace(pageSide, sheet);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(adopted => adopted !== sheet);
  };
}

/** A Firefox content script's view of a page object: Xray wrappers expose the page-side object. */
interface Waivable<T> {
  wrappedJSObject?: T;
}

/**
 * Firefox ESR 140 gives content scripts no Xray access to `adoptedStyleSheets` (reading it yields
 * an object without length or iterator; assigning throws "Accessing from Xray wrapper is not
 * supported"): there the page-side list, reached through `wrappedJSObject`, is edited in place.
 * Undefined where the list is readable directly (Chromium, newer Firefox, happy-dom).
 */
function pageSideSheets(doc: Document): CSSStyleSheet[] | undefined {
  if (typeof (doc.adoptedStyleSheets as unknown[] | undefined)?.length === 'number') return undefined;
  return (doc as Waivable<Document>).wrappedJSObject?.adoptedStyleSheets;
}

/** Index writes only: no array from the content script crosses over, no page built-in is called. */
function adoptInPlace(list: CSSStyleSheet[], sheet: CSSStyleSheet): () => void {
  // The page-side list hands back waived wrappers; the sheet's own waived wrapper compares equal.
  const mine = (sheet as Waivable<CSSStyleSheet>).wrappedJSObject ?? sheet;
  list[list.length] = sheet;
  return () => {
    const at = indexIn(list, mine);
    if (at < 0) return;
    for (let next = at + 1; next < list.length; next++) list[next - 1] = list[next] as CSSStyleSheet;
    list.length -= 1;
  };
}

function indexIn(list: CSSStyleSheet[], sheet: CSSStyleSheet): number {
  for (let at = 0; at < list.length; at++) if (list[at] === sheet) return at;
  return -1;
}
