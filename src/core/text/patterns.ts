// Small helpers for building vocabulary regexes once at module load: escaping, longest-first
// alternations, and word edges that understand umlauts (JS `\b` only knows ASCII letters).

/** No letter or digit right before. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** No letter or digit right after. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation over `words`, longest first so "US-Dollar" wins over "Dollar".
 * With `flexibleCase`, a word's first letter matches either case ("Dollar"/"dollar") and spaces
 * inside a phrase match any run of one or two white-space characters (NBSP, line breaks).
 */
export function alternation(words: Iterable<string>, flexibleCase = false): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return [...new Set(sorted.map(word => phraseSource(word, flexibleCase)))].join('|');
}

function phraseSource(word: string, flexibleCase: boolean): string {
  const body = escapeRegex(word).replace(/ /g, String.raw`\s{1,2}`);
  const first = word[0];
  if (!flexibleCase || first === undefined || first.toLowerCase() === first.toUpperCase()) return body;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${body.slice(1)}`;
}

/** Lower-case a matched phrase and fold its inner white space, for dictionary look-ups. */
export function lookupKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Letters, digits and the marks inside abbreviations ("ca.", "U.S.", "US-Dollar"), by char code: no regex per character. */
function isWordPart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 46 || code === 45 || code === 39 || code === 0x2019 || (code >= 0xc0 && code <= 0x24f);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * Start offsets of the (up to) `count` words right before `end`, nearest first, crossing only
 * white space: a cheap stand-in for end-anchored regexes, which would retry at every offset.
 */
export function wordStartsBefore(text: string, end: number, count: number): number[] {
  const starts: number[] = [];
  let position = end;
  while (starts.length < count) {
    let spaces = 0;
    while (position > 0 && spaces < 3 && isSpace(text.charCodeAt(position - 1))) {
      position--;
      spaces++;
    }
    const wordEnd = position;
    while (position > 0 && wordEnd - position < 20 && isWordPart(text.charCodeAt(position - 1))) position--;
    if (position === wordEnd) break;
    starts.push(position);
  }
  return starts;
}
