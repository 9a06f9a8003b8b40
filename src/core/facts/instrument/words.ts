// One pass over a block: case and accent folding one UTF-16 unit at a time (so offsets carry over) with
// per-unit caches, each folded word hashed without allocating it, and the identifier shapes on the way.
import { CAPITAL, CAPITALS, DIGIT, ISIN, MARK, SHAPE_CLASSES, markShapes } from './shapes';

/**
 * Per unit: folded unit | WORD when it folds to a letter or digit | KNOWN once computed (0 = not seen yet),
 * and the unit's ASCII class for the identifier shapes (./shapes) shifted by RAW.
 */
const units = new Int32Array(0x10000);
const WORD = 0x10000;
const KNOWN = 0x20000;
const RAW = 18;
const RAW_CAPITAL = CAPITAL << RAW;
const RAW_RUN = (CAPITAL | DIGIT) << RAW;
const RAW_MARK = MARK << RAW;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function unit(code: number): number {
  const known = units[code]!;
  if (known !== 0) return known;
  const fold = computeFold(code);
  const raw = code < 128 ? SHAPE_CLASSES[code]! << RAW : 0;
  return (units[code] = fold | KNOWN | raw | (WORD_CHAR.test(String.fromCharCode(fold)) ? WORD : 0));
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
 * The words of a text ([\p{L}\p{N}]+ over its folded form): starts, hashes of the folded words, and for a
 * word ending in "s" the hash without it (the German genitive); plus the identifier shapes seen on the way.
 */
export interface Words {
  count: number;
  start: Int32Array;
  hash: Int32Array;
  stem: Int32Array;
  hasStem: Uint8Array;
  /** Bits of ./shapes: which identifier patterns can match in the text. */
  shapes: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
/** Hashes stay small integers, which Maps key fastest. */
const KEY_MASK = 0x3fffffff;
const S = 0x73;

const sized = (capacity: number): Words => ({
  count: 0, start: new Int32Array(capacity), hash: new Int32Array(capacity), stem: new Int32Array(capacity), hasStem: new Uint8Array(capacity), shapes: 0,
});

/** Reused: a block's words are valid until the next block is scanned. */
let blockWords = sized(1024);

/** One pass over a block: its words and shapes, in buffers valid until the next call. */
export function scan(text: string): Words {
  if (blockWords.start.length < (text.length >> 1) + 1) blockWords = sized((text.length >> 1) + 64);
  return tokenize(text, blockWords);
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
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    return hash & KEY_MASK;
  });
}

/** Astral letters and digits are one word character of two units, as in the `u` regex the aliases were read with. */
function astralWord(text: string, i: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2));
}

/** A text of n units has at most n/2 + 1 words: `words` is large enough. */
function tokenize(text: string, words: Words): Words {
  const { start, hash: hashes, stem, hasStem } = words;
  // Module bindings read once per block into locals: in the loop they would be context (or, in CommonJS
  // output, property) loads on every unit.
  const table = units;
  const shapeOfMark = markShapes, isin = ISIN, capitalRun = CAPITALS, word = WORD;
  const rawRun = RAW_RUN, rawCapital = RAW_CAPITAL, rawMark = RAW_MARK, offset = FNV_OFFSET, keyMask = KEY_MASK, finalS = S;
  let count = 0;
  let hash = offset;
  let previous = offset;
  let last = -1;
  let inWord = false;
  let shapes = 0;
  let run = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const info = table[code] || unit(code);
    if ((info & rawRun) !== 0) {
      if (++run >= 12) shapes |= isin;
      capitals = (info & rawCapital) !== 0 ? capitals + 1 : 0;
      if (capitals >= 2) shapes |= capitalRun;
    } else {
      run = capitals = 0;
    }
    if ((info & rawMark) !== 0) shapes |= shapeOfMark(text, i, code);
    const astral = (info & word) === 0 && code >= 0xd800 && astralWord(text, i, code);
    if ((info & word) === 0 && !astral) {
      if (inWord) {
        hashes[count] = hash & keyMask;
        stem[count] = previous & keyMask;
        hasStem[count++] = last === finalS ? 1 : 0;
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      start[count] = i;
      hash = offset;
      inWord = true;
    }
    previous = hash;
    last = info & 0xffff;
    hash = Math.imul(hash ^ last, 0x01000193);
    if (astral) {
      previous = hash;
      last = text.charCodeAt(++i);
      hash = Math.imul(hash ^ last, 0x01000193);
    }
  }
  if (inWord) {
    hashes[count] = hash & keyMask;
    stem[count] = previous & keyMask;
    hasStem[count++] = last === finalS ? 1 : 0;
  }
  words.count = count;
  words.shapes = shapes;
  return words;
}
