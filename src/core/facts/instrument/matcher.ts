// One left-to-right pass over a block for every alias of the dataset: the text is folded unit by unit
// as it is read, its words hashed, and a trie over the aliases' word hashes walked from each word start;
// candidates are verified against the text only on a hit. Built once on first use; the case rules live here.
import type { Lang } from '../../types';
import { GLUED_PRODUCT } from './context';
import { dataset, type Instrument } from './data';
import { NONE, aliasWordHashes, fold, foldCode, lowerStarts, next, nextWord, scan, wordAt, type LowerStarts, type Words } from './words';

export interface NameHit {
  instrument: Instrument;
  start: number;
  end: number;
  /** The alias needs company context (common word or shared by several companies). */
  weak: boolean;
}

interface Candidate {
  /** As the dataset writes it; folded unit by unit when compared (folding keeps the length). */
  alias: string;
  instrument: Instrument;
  weak: boolean;
  /** Short aliases ("SAP", "VW", "E.ON") only match as written. */
  exactCase: boolean;
}

/**
 * One node per word of an alias: "deutsche" → "bank" holds "Deutsche Bank"; punctuation is checked on the text.
 * Keyed by the folded word's hash: a collision only merges nodes, and every candidate is verified on the text.
 */
interface TrieNode {
  /** Absent on leaves: most aliases end a branch, and a Map per leaf would dominate the build. */
  next?: Map<number, TrieNode>;
  /** Absent on the inner nodes of longer names. */
  candidates?: Candidate[];
}

/**
 * The root, plus a bitset of its words' hashes (most words of a text start no alias, and one bit says so)
 * and the lower-case starts of aliases, which the block scan hashes (./words).
 */
export interface AliasTrie extends TrieNode {
  firstWords: Uint32Array;
  lowerStarts: LowerStarts;
}

/** 2^18 bits (32 KiB): a few percent filled by the first words of the aliases. */
const FIRST_WORD_BITS = 18;
const FIRST_WORD_MASK = (1 << FIRST_WORD_BITS) - 1;
const mayStart = (bits: Uint32Array, hash: number): boolean => (bits[(hash & FIRST_WORD_MASK) >>> 5]! & (1 << (hash & 31))) !== 0;

const node = (): TrieNode => ({});

let trie: AliasTrie | undefined;

export function buildAliasTrie(instruments: readonly Instrument[]): AliasTrie {
  const root: AliasTrie = {
    firstWords: new Uint32Array(1 << (FIRST_WORD_BITS - 5)),
    lowerStarts: lowerStarts(instruments.flatMap(instrument => instrument.aliases.map(alias => alias.text))),
  };
  for (const instrument of instruments) {
    for (const { text, weak } of instrument.aliases) {
      insert(root, text, instrument, weak);
      // German declines the adjective in a name: "der Deutschen Bank", "der Deutschen Börse".
      if (text.startsWith('Deutsche ')) insert(root, `Deutschen ${text.slice(9)}`, instrument, weak);
    }
  }
  for (const hash of root.next?.keys() ?? []) root.firstWords[(hash & FIRST_WORD_MASK) >>> 5]! |= 1 << (hash & 31);
  return root;
}

function insert(root: TrieNode, alias: string, instrument: Instrument, weak: boolean): void {
  const hashes = aliasWordHashes(alias);
  if (hashes.length === 0) return;
  let at = root;
  for (const key of hashes) {
    at.next ??= new Map();
    let child = at.next.get(key);
    if (!child) at.next.set(key, (child = node()));
    at = child;
  }
  const exactCase = alias.length < 4 || (alias.length < 12 && alias.replace(/[^\p{L}]/gu, '').length < 4);
  (at.candidates ??= []).push({ alias, instrument, weak, exactCase });
}

/** The trie of the dataset's aliases and the lower-case starts the block scan needs, built on first use. */
function aliasTrie(): AliasTrie {
  trie ??= buildAliasTrie(dataset().instruments);
  return trie;
}

/** One pass over a block for the names: the words that can start one, and the identifier shapes. */
export function scanBlock(text: string): Words {
  return scan(text, aliasTrie().lowerStarts);
}

/**
 * Longest alias at each word start; overlapping shorter hits are skipped. `lang` "de" also accepts the
 * genitive s after a name ("Amazons", "Nvidias"). `words`: the block's scan, when the caller has it.
 */
export function findNames(text: string, lang: Lang, index: AliasTrie = aliasTrie(), words: Words = scan(text, index.lowerStarts)): NameHit[] {
  const genitive = lang === 'de';
  const hits: NameHit[] = [];
  const root = index.next;
  const bits = index.firstWords;
  if (!root) return hits;
  let skipTo = 0;
  for (let i = 0; i < words.count; i++) {
    const at = words.start[i]!;
    if (at < skipTo) continue;
    const stem = genitive ? words.stem[i]! : NONE;
    const whole = firstWordOf(root, bits, words.hash[i]!);
    // Else a one-word name with a genitive s ("Amazons"), or before a glued product word ("ApplePay").
    const first = whole ?? firstWordOf(root, bits, stem) ?? firstWordOf(root, bits, words.camel[i]!);
    if (!first) continue;
    path[0] = first;
    const hit = longestMatch(whole ? walk(whole, text, words.end[i]!, genitive) : 1, text, at, genitive);
    if (!hit) continue;
    hits.push({ instrument: hit.instrument, start: at, end: at + hit.alias.length, weak: hit.weak });
    skipTo = at + hit.alias.length;
  }
  return hits;
}

function firstWordOf(root: Map<number, TrieNode>, bits: Uint32Array, hash: number): TrieNode | undefined {
  return hash !== NONE && mayStart(bits, hash) ? root.get(hash) : undefined;
}

/** The trie nodes along a name's words, reused: `path[0]` is the first word's, `walk` fills the rest. */
const path: TrieNode[] = [];

/**
 * Follows the words after the first (which ends at `end`) from its node; returns the path's depth. A final
 * word may carry a genitive s ("Deutsche Banks").
 */
function walk(first: TrieNode, text: string, end: number, genitive: boolean): number {
  let depth = 1;
  let at = first;
  for (let from = end; at.next && nextWord(text, from); from = next.end) {
    const exact = at.next.get(next.hash);
    const found = exact ?? (genitive && next.stem !== NONE ? at.next.get(next.stem) : undefined);
    if (!found) break;
    path[depth++] = found;
    if (!exact) break;
    at = found;
  }
  return depth;
}

function longestMatch(depth: number, text: string, at: number, genitive: boolean): Candidate | undefined {
  for (let d = depth - 1; d >= 0; d--) {
    const candidates = path[d]!.candidates;
    if (!candidates) continue;
    // "Nio" as written beats "NIO" read in title case.
    for (const c of candidates) if (c.exactCase && text.startsWith(c.alias, at) && matchesAt(text, at, c, genitive)) return c;
    for (const c of candidates) if (matchesAt(text, at, c, genitive)) return c;
  }
  return undefined;
}

/** The folded unit at `i`, or -1 past the end. */
const foldedAt = (text: string, i: number): number => (i < text.length ? foldCode(text.charCodeAt(i)) : -1);

function foldedStartsWith(text: string, at: number, alias: string): boolean {
  if (at + alias.length > text.length) return false;
  for (let k = 0; k < alias.length; k++) if (foldCode(text.charCodeAt(at + k)) !== foldCode(alias.charCodeAt(k))) return false;
  return true;
}

/** "Amazons", "Nvidias": the genitive s of a name of four or more letters that does not end in a sibilant. */
function germanGenitive(text: string, end: number, candidate: Candidate): boolean {
  return foldedAt(text, end) === 0x73 && !wordAt(text, end + 1) && !candidate.exactCase && /[\p{L}]$/u.test(fold(candidate.alias.slice(-2)))
    && !/[sxzß]$/.test(fold(candidate.alias.slice(-1)));
}

/** "Axa", "Eni", "Nio" for AXA, ENI, NIO: three-letter acronyms, never before an abbreviation dot. */
function titleCaseOfAcronym(surface: string, candidate: Candidate, next: number): boolean {
  return next !== 0x2e && /^[A-Z]{3}$/.test(candidate.alias)
    && surface === candidate.alias[0] + candidate.alias.slice(1).toLowerCase();
}

/** "ApplePay", "GooglePay": a product word glued to the name, capitalised. */
function gluedProduct(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return next >= 0x41 && next <= 0x5a && GLUED_PRODUCT.test(text.slice(end, end + 12));
}

function matchesAt(text: string, at: number, candidate: Candidate, genitive: boolean): boolean {
  const end = at + candidate.alias.length;
  if (!foldedStartsWith(text, at, candidate.alias)) return false;
  if (wordAt(text, end) && !(genitive && germanGenitive(text, end, candidate)) && !gluedProduct(text, end)) return false;
  // "Amazon.com" is one name, but "Amazon." ends a sentence: a dot followed by a letter continues the word.
  if (foldedAt(text, end) === 0x2e && wordAt(text, end + 1) && !candidate.alias.endsWith('.')) return false;
  const surface = text.slice(at, end);
  if (candidate.exactCase) return surface === candidate.alias || titleCaseOfAcronym(surface, candidate, foldedAt(text, end));
  const first = candidate.alias[0] ?? '';
  const aliasLower = first !== first.toUpperCase();
  return aliasLower || surface[0] !== surface[0]?.toLowerCase() || /[0-9]/.test(surface[0] ?? '');
}
