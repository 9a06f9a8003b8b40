// Cheap gate before any extraction work (Readability's isProbablyReaderable idea): is there prose,
// and does it talk about markets and money? Pages that fail never load the extraction code.

const FINANCE_CUES = /\b(?:aktien?|börsen?|kursziel|dividende|umsatz|gewinn|analysten?|anleger|investoren|euro|dollar|prozent|milliarden|millionen|shares?|stocks?|investors?|earnings|revenue|nasdaq|nyse|dax|wall street|price target|analysts?|billion|million|percent|market)\b|[$€£]\s?\d|\d\s?(?:%|€|\$)/gi;
const MIN_TEXT_CHARS = 500;
const MIN_DISTINCT_CUES = 3;
const SAMPLE_CHARS = 100_000;

export function isProbablyStockArticle(doc: Document): boolean {
  const text = doc.body?.textContent?.slice(0, SAMPLE_CHARS) ?? '';
  if (text.replace(/\s+/g, ' ').length < MIN_TEXT_CHARS) return false;
  const cues = new Set<string>();
  for (const match of text.matchAll(FINANCE_CUES)) {
    cues.add(match[0].toLowerCase().replace(/\d|\s/g, ''));
    if (cues.size >= MIN_DISTINCT_CUES) return true;
  }
  return false;
}
