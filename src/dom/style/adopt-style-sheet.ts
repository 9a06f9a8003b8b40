// Adds CSS to a document as an adopted constructable stylesheet: no element in the page DOM,
// and not subject to the page's style-src CSP (Firefox applies it to <style> elements that
// content scripts insert; checked in Firefox 153 under `style-src 'none'`).
export function adoptStyleSheet(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return () => {};
  // A constructable sheet can only be adopted by the document of the window that made it.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(adopted => adopted !== sheet);
  };
}
