// Makes a saved real page static for the tests: removes its <script> elements (keeping JSON-LD
// data blocks, which the extension reads) so its DOM is the same on every load.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/ld\+json/i;

export function stripScripts(html: string): string {
  return html.replace(SCRIPT, (element, attributes: string) => (DATA_BLOCK.test(attributes) ? element : ''));
}
