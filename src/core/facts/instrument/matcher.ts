// One left-to-right pass over a block for every alias of the dataset: the text is folded unit by unit
// as it is read, its words hashed, and a trie over the aliases' word hashes walked from each word start;
// candidates are verified against the text only on a hit. Built once on first use; the case rules live here.
import type { Lang } from '../../types';
import { GLUED_PRODUCT } from './context';
import { dataset, type Instrument } from './data';
import { aliasWordHashes, fold, foldCode, scan, wordAt, type Words } from './words';

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

/** The root, plus a bitset of its words' hashes: most words of a text start no alias, and one bit says so. */
export interface AliasTrie extends TrieNode {
  firstWords: Uint32Array;
}

/** 2^18 bits (32 KiB): a few percent filled by the first words of the aliases. */
const FIRST_WORD_BITS = 18;
const FIRST_WORD_MASK = (1 << FIRST_WORD_BITS) - 1;
const mayStart = (bits: Uint32Array, hash: number): boolean => (bits[(hash & FIRST_WORD_MASK) >>> 5]! & (1 << (hash & 31))) !== 0;

const node = (): TrieNode => ({});

let trie: AliasTrie | undefined;

function aliasTrie(): AliasTrie {
  trie ??= buildAliasTrie(dataset().instruments);
  return trie;
}

export function buildAliasTrie(instruments: readonly Instrument[]): AliasTrie {
  const root: AliasTrie = { firstWords: new Uint32Array(1 << (FIRST_WORD_BITS - 5)) };
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

/** Longest alias at each word start; overlapping shorter hits are skipped. */
/** `lang` "de" also accepts the genitive s after a name ("Amazons", "Nvidias"). */
/** `words`: the block's scan, when the caller has it. */
export function findNames(text: string, lang: Lang, index: AliasTrie = aliasTrie(), words: Words = scan(text)): NameHit[] {
  const genitive = lang === 'de';
  const hits: NameHit[] = [];
  const root = index.next;
  const bits = index.firstWords;
  if (!root) return hits;
  let skipTo = 0;
  for (let i = 0; i < words.count; i++) {
    const at = words.start[i]!;
    if (at < skipTo || !((mayStart(bits, words.hash[i]!) && root.has(words.hash[i]!)) || (genitive && words.hasStem[i] === 1 && mayStart(bits, words.stem[i]!) && root.has(words.stem[i]!)))) continue;
    const hit = longestMatch(walk(index, words, i, genitive), text, at, genitive);
    if (!hit) continue;
    hits.push({ instrument: hit.instrument, start: at, end: at + hit.alias.length, weak: hit.weak });
    skipTo = at + hit.alias.length;
  }
  return hits;
}

/** The trie nodes along the words from `i`; a final word may carry a genitive s ("Amazons", "Deutsche Banks"). */
function walk(root: TrieNode, words: Words, i: number, genitive: boolean): TrieNode[] {
  const path: TrieNode[] = [];
  let at = root;
  for (let j = i; j < words.count; j++) {
    const exact = at.next?.get(words.hash[j]!);
    const next = exact ?? (genitive && words.hasStem[j] === 1 ? at.next?.get(words.stem[j]!) : undefined);
    if (!next) break;
    path.push(next);
    if (!exact) break;
    at = next;
  }
  return path;
}

function longestMatch(path: readonly TrieNode[], text: string, at: number, genitive: boolean): Candidate | undefined {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const candidates = path[depth]!.candidates ?? [];
    // "Nio" as written beats "NIO" read in title case.
    const found = candidates.find(c => c.exactCase && text.startsWith(c.alias, at) && matchesAt(text, at, c, genitive))
      ?? candidates.find(c => matchesAt(text, at, c, genitive));
    if (found) return found;
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
