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

/**
 * The words that contain none of the others: where a longer word matches ("strong buy", "US-Dollar"),
 * the one inside it does too, so a test for presence only needs these.
 */
export function innermost(words: Iterable<string>): string[] {
  const all = [...new Set(words)];
  return all.filter(word => !all.some(other => other !== word && word.includes(other)));
}

/**
 * One regex source matching where any of `words` starts, shared beginnings factored out ("ne(?:utral|gative)"):
 * irregexp then tests one character per position instead of every word. `char` gives each
 * character's source. Without `complete`, a word that extends a shorter one is dropped (for finding
 * positions only); with it, every word keeps its own end, for a test that follows the match.
 */
export function prefixTree(words: Iterable<string>, char: (character: string) => string = escapeRegex, complete = false): string {
  interface Node { children: Map<string, Node>; end: boolean }
  const root: Node = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.children.get(character);
      if (!child) node.children.set(character, (child = { children: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    if (node.end && (!complete || node.children.size === 0)) return '';
    const branches = [...node.children].map(([character, child]) => char(character) + source(child));
    if (node.end) branches.push('');
    return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  };
  return source(root);
}

/** Letters that the `iu` flags fold onto a letter other than its own upper or lower case. */
const FOLDED: Readonly<Record<string, string>> = { s: 'ſ', k: '\u212a', 'å': '\u212b', 'ß': '\u1e9e' };

/** One character matched as the `iu` flags match it, for patterns that need case-sensitive look-arounds. */
export function caseless(character: string): string {
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  if (lower === upper || lower.length > 1 || upper.length > 1) return escapeRegex(character);
  return `[${lower}${upper}${FOLDED[lower] ?? ''}]`;
}

/** prefixTree() of phrases written as alternation() writes them: the same strings match where they start. */
export function phraseTree(words: Iterable<string>, flexibleCase = false): string {
  const phraseChar = (character: string): string => (character === ' ' ? String.raw`\s{1,2}` : escapeRegex(character));
  if (!flexibleCase) return prefixTree(words, phraseChar);
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const first = word[0] ?? '';
    const key = first.toLowerCase() === first.toUpperCase() ? escapeRegex(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
    byFirst.set(key, [...(byFirst.get(key) ?? []), word.slice(1)]);
  }
  return [...byFirst].map(([first, rests]) => first + prefixTree(rests, phraseChar)).join('|');
}

/** Lower-case a matched phrase and fold its inner white space, for dictionary look-ups. */
export function lookupKey(text: string): string {
  const lower = text.toLowerCase();
  // Most keys are one word: no white space to fold, no new string.
  return HAS_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

const HAS_SPACE = /\s/;

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

export interface PhraseHit {
  index: number;
  text: string;
}

/**
 * Every match, left to right, of `WORD_START(?:alternation(phrases))WORD_END` (global, unicode), found
 * by the first character: irregexp tries each alternative at each position, slow for a hundred
 * names, while one character class skips ahead fast and each candidate tries only its own phrases.
 */
export function phraseFinder(phrases: Iterable<string>): (text: string) => PhraseHit[] {
  const byFirst = new Map<string, string[]>();
  for (const phrase of new Set(phrases)) {
    const first = String.fromCodePoint(phrase.codePointAt(0) ?? 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  const firsts = [...byFirst.keys()].map(first => first.replace(/[\\\]^-]/g, '\\$&')).join('');
  // The look-behind covers the character before the candidate: "(?<!x)" placed after it.
  const candidate = new RegExp(String.raw`[${firsts}](?<![\p{L}\p{N}].)`, 'gu');
  const rest = new Map([...byFirst].map(([first, group]) => [first, new RegExp(`(?:${alternation(group)})${WORD_END}`, 'uy')]));
  return text => {
    const hits: PhraseHit[] = [];
    candidate.lastIndex = 0;
    for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
      const phrase = rest.get(match[0]);
      if (!phrase) break;
      phrase.lastIndex = match.index;
      const hit = phrase.exec(text);
      if (!hit) {
        candidate.lastIndex = match.index + match[0].length;
        continue;
      }
      hits.push({ index: match.index, text: hit[0] });
      candidate.lastIndex = match.index + hit[0].length;
    }
    return hits;
  };
}

/**
 * What `[...text.matchAll(pattern)]` returns, for a global or sticky pattern, without matchAll's
 * per-call copy of the regex (about three times the cost on short texts).
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return matches;
}

/**
 * The matches of a global unicode pattern that start a word, as `WORD_START(?:…)` would find them,
 * the pattern given without that look-behind: irregexp cannot skip ahead past a leading look-behind
 * (about four times slower on news text), so the word start is tested only where the rest matches.
 * `continuesWord` (sticky, a look-behind) says what may not stand before a match: a letter or digit.
 */
export function execAtWordStarts(pattern: RegExp, text: string, continuesWord = WORD_CHAR_BEFORE): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let match = firstAtWordStart(pattern, text, 0, continuesWord); match; match = firstAtWordStart(pattern, text, pattern.lastIndex, continuesWord)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return matches;
}

/** The first match of a global pattern at or after `from` that starts a word (see execAtWordStarts). */
export function firstAtWordStart(pattern: RegExp, text: string, from = 0, continuesWord = WORD_CHAR_BEFORE): RegExpExecArray | undefined {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    continuesWord.lastIndex = match.index;
    if (!continuesWord.test(text)) return match;
    pattern.lastIndex = nextIndex(text, match.index, pattern.unicode);
  }
  return undefined;
}

/** Sticky: a letter or digit right before lastIndex, the negation of WORD_START. */
const WORD_CHAR_BEFORE = /(?<=[\p{L}\p{N}])/uy;

function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = text.charCodeAt(index);
  return unicode && code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}
