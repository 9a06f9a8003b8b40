// Makes a saved real page static for the tests: removes its <script> elements (keeping JSON-LD
// data blocks, which the extension reads) so its DOM is the same on every load.
// A scan with indexes rather than one regex, so malformed input costs one pass, not n².
const OPEN = /<script\b/gi;
const CLOSE = /<\/script\s*>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/ld\+json/i;

export function stripScripts(html: string): string {
  let out = '';
  let kept = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open; open = OPEN.exec(html)) {
    const tagEnd = html.indexOf('>', OPEN.lastIndex);
    if (tagEnd < 0) break; // no complete tag follows: nothing more to strip
    CLOSE.lastIndex = tagEnd + 1;
    // Like the HTML parser, an unclosed script runs to the end of the document.
    const end = CLOSE.exec(html) ? CLOSE.lastIndex : html.length;
    if (!DATA_BLOCK.test(html.slice(OPEN.lastIndex, tagEnd))) {
      out += html.slice(kept, open.index);
      kept = end;
    }
    OPEN.lastIndex = end;
  }
  return out + html.slice(kept);
}
