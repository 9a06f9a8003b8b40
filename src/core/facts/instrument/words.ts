// One pass over a block: case and accent folding one UTF-16 unit at a time (so offsets carry over) with
// per-unit caches; only the words that can start a name (capitalised, a digit, or the lower-case start of
// some alias) are hashed, the rest are skipped at a few operations per unit; identifier shapes on the way.
import { CAPITAL, CAPITALS, DIGIT, ISIN, MARK, SHAPE_CLASSES, WKN, markShapes } from './shapes';

/**
 * Per unit: folded unit (low 16 bits) | KNOWN once computed (0 = not seen yet) | WORD when it folds to a
 * letter or digit | LOWER for a lower-case letter (it has an upper case) | the unit's ASCII class for the
 * identifier shapes (./shapes) shifted by RAW.
 */
const units = new Int32Array(0x10000);
const KNOWN = 1 << 16;
const WORD = 1 << 17;
const LOWER = 1 << 18;
const RAW = 19;
const RAW_CAPITAL = CAPITAL << RAW;
const RAW_RUN = (CAPITAL | DIGIT) << RAW;
const RAW_MARK = MARK << RAW;
/** A known lower-case letter that is no mark: `info & LOWER_TEST` equals LOWER_KEY. */
const LOWER_TEST = KNOWN | LOWER | RAW_MARK;
const LOWER_KEY = KNOWN | LOWER;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function unit(code: number): number {
  const known = units[code]!;
  if (known !== 0) return known;
  const fold = computeFold(code);
  const char = String.fromCharCode(code);
  const raw = code < 128 ? SHAPE_CLASSES[code]! << RAW : 0;
  const word = WORD_CHAR.test(String.fromCharCode(fold)) ? WORD : 0;
  const lower = word && char !== char.toUpperCase() ? LOWER : 0;
  return (units[code] = fold | KNOWN | raw | word | lower);
}

/**
 * Lower case without accents ("é" → "e"), hyphens and no-break spaces as spaces, typographic
 * apostrophes as ASCII; a unit whose lower case is longer ("İ") keeps its case.
 */
export function foldCode(code: number): number {
  return unit(code) & 0xffff;
}

function computeFold(code: number): number {
  if (code === 0x2d || code === 0xa0) return 0x20;
  if (code === 0x2019) return 0x27;
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const single = lower.length === 1 ? lower : char;
  if (single.charCodeAt(0) < 0x80) return single.charCodeAt(0);
  return single.normalize('NFD').charCodeAt(0);
}

/** The text unit at `i` folds to a letter or digit (a lone surrogate is neither, as in a `u` regex reading one unit). */
export function wordAt(text: string, i: number): boolean {
  return i < text.length && (unit(text.charCodeAt(i)) & WORD) !== 0;
}

/** Nothing to fold beyond ASCII lower case: no hyphen (a space when folded) and no unit past ASCII. */
const PLAIN_ASCII = /^[\x20-\x2c\x2e-\x7e]*$/;

/** The folded text, same length as the input. */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

/**
 * The words of a block ([\p{L}\p{N}]+ over its folded form) that may start a name: starts, ends, hashes of
 * the folded words, for a word ending in "s" the hash without it (the German genitive, else NONE), for a
 * camel-case word the hash of its part before the inner capital ("apple" of "ApplePay", else NONE); plus
 * the identifier shapes of the whole block.
 */
export interface Words {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  stem: Int32Array;
  camel: Int32Array;
  /** Bits of ./shapes: which identifier patterns can match in the text. */
  shapes: number;
}

/** No stem or camel-case part: hashes are masked to 30 bits, so never -1. */
export const NONE = -1;

/**
 * The folded first three units of the aliases that begin in lower case ("innogy", "dollar index"), hashed
 * into a table: a lower-case word of the text is only hashed when its start is there. A unit that is no
 * letter or digit counts as 0, in the aliases as in the text.
 */
export type LowerStarts = Uint8Array;
const START_MASK = 0xffff;
const startKey = (a: number, b: number, c: number): number => ((a << 10) ^ (b << 5) ^ c) & START_MASK;
/** The folded unit at `i` if it is a letter or digit, else 0. */
const wordUnitAt = (text: string, i: number): number => {
  if (i >= text.length) return 0;
  const info = unit(text.charCodeAt(i));
  return (info & WORD) !== 0 ? info & 0xffff : 0;
};

export function lowerStarts(aliases: Iterable<string>): LowerStarts {
  const table = new Uint8Array(START_MASK + 1);
  for (const alias of aliases) {
    if ((unit(alias.charCodeAt(0)) & LOWER) !== 0) table[startKey(wordUnitAt(alias, 0), wordUnitAt(alias, 1), wordUnitAt(alias, 2))] = 1;
  }
  return table;
}

const NO_LOWER_STARTS: LowerStarts = new Uint8Array(START_MASK + 1);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** One FNV-1a step: the hash so far with one more folded unit. */
const fnv = (hash: number, unit: number): number => Math.imul(hash ^ unit, FNV_PRIME);
/** Hashes stay small integers, which Maps key fastest. */
const KEY_MASK = 0x3fffffff;
const S = 0x73;

const sized = (capacity: number): Words => ({
  count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), hash: new Int32Array(capacity),
  stem: new Int32Array(capacity), camel: new Int32Array(capacity), shapes: 0,
});

/** Reused: a block's words are valid until the next block is scanned. */
let blockWords = sized(1024);

/** One pass over a block: its name-starting words and shapes, in buffers valid until the next call. */
export function scan(text: string, starts: LowerStarts = NO_LOWER_STARTS): Words {
  if (blockWords.start.length < (text.length >> 1) + 1) blockWords = sized((text.length >> 1) + 64);
  // A fresh copy (one space longer, never read): page text is often a slice of a larger string, and
  // the loop reads a flat copy up to twice as fast.
  return tokenize(text.padEnd(text.length + 1), text.length, starts, blockWords);
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * The word hashes of an alias, as `scan` hashes the same words in a text. Built from the folded alias
 * with native string operations: the matcher is built once per page, before any of this code is hot.
 */
export function aliasWordHashes(alias: string): number[] {
  const words = fold(alias).match(TOKEN) ?? [];
  return words.map(word => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = fnv(hash, word.charCodeAt(i));
    return hash & KEY_MASK;
  });
}

/** Astral letters and digits are one word character of two units, as in the `u` regex the aliases were read with. */
function astralWord(text: string, i: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2));
}

/** The word after `from` (past any separators), read by `nextWord`: start, end, hash and genitive stem. */
export const next = { start: 0, end: 0, hash: 0, stem: NONE };

/** Hashes the word after `from` into `next`; false when the text has no further word. */
export function nextWord(text: string, from: number): boolean {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((unit(code) & WORD) !== 0 || astralWord(text, i, code)) break;
  }
  if (i >= text.length) return false;
  next.start = i;
  let hash = FNV_OFFSET;
  let previous = hash;
  let last = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const info = unit(code);
    const astral = (info & WORD) === 0 && astralWord(text, i, code);
    if ((info & WORD) === 0 && !astral) break;
    previous = hash;
    last = info & 0xffff;
    hash = fnv(hash, last);
    if (astral) {
      previous = hash;
      last = text.charCodeAt(++i);
      hash = fnv(hash, last);
    }
  }
  next.end = i;
  next.hash = hash & KEY_MASK;
  next.stem = last === S ? previous & KEY_MASK : NONE;
  return true;
}

/** The lower-case word at `i` (its first unit's `info` known) begins like an alias that starts in lower case. */
function lowerStartAt(text: string, i: number, info: number, starts: LowerStarts): boolean {
  const second = i + 1 < text.length ? units[text.charCodeAt(i + 1)] || unit(text.charCodeAt(i + 1)) : 0;
  const third = i + 2 < text.length ? units[text.charCodeAt(i + 2)] || unit(text.charCodeAt(i + 2)) : 0;
  return starts[startKey(info & 0xffff, (second & WORD) !== 0 ? second & 0xffff : 0, (third & WORD) !== 0 ? third & 0xffff : 0)] === 1;
}

/** A text of n units has at most n/2 + 1 words: `words` is large enough. */
function tokenize(text: string, length: number, starts: LowerStarts, words: Words): Words {
  const { start, end, hash: hashes, stem, camel } = words;
  // Module bindings read once per block into locals: in the loop they would be context loads on every unit.
  const table = units;
  let count = 0;
  let shapes = 0;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    const firstInfo = table[first] || unit(first);
    if ((firstInfo & WORD) === 0 && !(first >= 0xd800 && astralWord(text, i, first))) {
      if ((firstInfo & RAW_MARK) !== 0) shapes |= markShapes(text, i, first);
      i++;
      continue;
    }
    const wordStart = i;
    // A lower-case word that starts no alias: its letters are skipped without hashing; anything else
    // (a capital, digit or mark inside it, "iPhone", "x2") goes through the full loop below.
    const hashing = (firstInfo & LOWER) === 0 || lowerStartAt(text, i, firstInfo, starts);
    if (!hashing) {
      // The copy ends in a space (see scan), which stops the skip at the block's end.
      while ((table[text.charCodeAt(++i)]! & LOWER_TEST) === LOWER_KEY);
      // Most of these words end at a separator: the outer loop reads it next.
      const stop = text.charCodeAt(i);
      if ((table[stop]! & WORD) === 0 && stop < 0xd800) continue;
    }
    let hash = FNV_OFFSET;
    let previous = hash;
    let last = 0;
    let camelHash = NONE;
    let code: number;
    let info: number;
    let afterLower = false;
    let run = 0;
    let capitals = 0;
    // No bound test: the padding space ends every word.
    for (; ; i++) {
      code = text.charCodeAt(i);
      info = table[code] || unit(code);
      let astral = false;
      if ((info & WORD) === 0) {
        if (code < 0xd800 || !astralWord(text, i, code)) break;
        astral = true;
      }
      if ((info & RAW_RUN) !== 0) {
        if (++run >= 6) shapes |= run >= 12 ? WKN | ISIN : WKN;
        capitals = (info & RAW_CAPITAL) !== 0 ? capitals + 1 : 0;
        if (capitals >= 2) shapes |= CAPITALS;
      } else {
        run = capitals = 0;
      }
      if ((info & RAW_MARK) !== 0) shapes |= markShapes(text, i, code);
      if (!hashing) continue;
      const lower = (info & LOWER) !== 0;
      if (afterLower && !lower && camelHash === NONE && (info & RAW_CAPITAL) !== 0) camelHash = hash & KEY_MASK;
      afterLower = lower;
      previous = hash;
      last = info & 0xffff;
      hash = fnv(hash, last);
      if (astral) {
        previous = hash;
        last = text.charCodeAt(++i);
        hash = fnv(hash, last);
      }
      // Most of a name-starting word is lower-case letters after a capital: they open no shape and
      // start no camel-case part, so they are only hashed.
      while (((info = table[text.charCodeAt(i + 1)]!) & LOWER_TEST) === LOWER_KEY) {
        i++;
        previous = hash;
        last = info & 0xffff;
        hash = fnv(hash, last);
        run = capitals = 0;
        afterLower = true;
      }
    }
    if (!hashing) continue;
    start[count] = wordStart;
    end[count] = i;
    hashes[count] = hash & KEY_MASK;
    stem[count] = last === S ? previous & KEY_MASK : NONE;
    camel[count++] = camelHash;
  }
  words.count = count;
  words.shapes = shapes;
  return words;
}
