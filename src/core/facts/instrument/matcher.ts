// One pass over a block for every alias of the dataset: a trie over the aliases' words, walked from each
// word of the case-folded text, built once on first use. Word-boundary aware; the case rules live here.
import type { Lang } from '../../types';
import { dataset, type Instrument } from './data';

export interface NameHit {
  instrument: Instrument;
  start: number;
  end: number;
  /** The alias needs company context (common word or shared by several companies). */
  weak: boolean;
}

interface Candidate {
  folded: string;
  alias: string;
  instrument: Instrument;
  weak: boolean;
  /** Short aliases ("SAP", "VW", "E.ON") only match as written. */
  exactCase: boolean;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Same length as the input, so offsets carry over: lower case without accents ("Société Generale"),
 * hyphens and no-break spaces as spaces, typographic apostrophes as ASCII.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN_ASCII.test(lower)) return lower;
  const sameLength = lower.length === text.length ? lower : foldEachChar(text);
  return sameLength.replace(/[-\u00a0’]|[^\p{ASCII}]/gu, char => {
    if (char === '-' || char === '\u00a0') return ' ';
    if (char === '’') return "'";
    const base = char.normalize('NFD')[0] ?? char;
    return base.length === char.length ? base : char;
  });
}

/** Nothing to fold beyond lower case: no hyphen, no-break space, typographic apostrophe or non-ASCII letter. */
const PLAIN_ASCII = /^[\x20-\x2c\x2e-\x7e]*$/;

/** The rare characters whose lower case is longer ("İ") keep their case. */
function foldEachChar(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** One node per word of an alias: "deutsche" → "bank" holds "Deutsche Bank"; punctuation is checked on the text. */
interface TrieNode {
  /** Absent on leaves: most aliases end a branch, and a Map per leaf would dominate the build. */
  next?: Map<string, TrieNode>;
  candidates: Candidate[];
}

export type AliasTrie = TrieNode;

const node = (): TrieNode => ({ candidates: [] });

let trie: AliasTrie | undefined;

function aliasTrie(): AliasTrie {
  trie ??= buildAliasTrie(dataset().instruments);
  return trie;
}

export function buildAliasTrie(instruments: readonly Instrument[]): AliasTrie {
  const root = node();
  for (const instrument of instruments) {
    for (const { text, weak } of instrument.aliases) {
      insert(root, text, instrument, weak);
      // German declines the adjective in a name: "der Deutschen Bank", "der Deutschen Börse".
      if (text.startsWith('Deutsche ')) insert(root, `Deutschen ${text.slice(9)}`, instrument, weak);
    }
  }
  return root;
}

function insert(root: TrieNode, alias: string, instrument: Instrument, weak: boolean): void {
  const folded = fold(alias);
  const words = folded.match(TOKEN);
  if (!words) return;
  let at = root;
  for (const word of words) {
    at.next ??= new Map();
    let child = at.next.get(word);
    if (!child) at.next.set(word, (child = node()));
    at = child;
  }
  const exactCase = alias.length < 4 || (alias.length < 12 && alias.replace(/[^\p{L}]/gu, '').length < 4);
  at.candidates.push({ folded, alias, instrument, weak, exactCase });
}

/** Longest alias at each word start; overlapping shorter hits are skipped. */
/** `lang` "de" also accepts the genitive s after a name ("Amazons", "Nvidias"). */
export function findNames(text: string, lang: Lang, index: AliasTrie = aliasTrie()): NameHit[] {
  const genitive = lang === 'de';
  const folded = fold(text);
  const tokens = [...folded.matchAll(TOKEN)];
  const hits: NameHit[] = [];
  let skipTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!.index;
    if (at < skipTo) continue;
    const path = walk(index, tokens, i, genitive);
    const hit = longestMatch(path, text, folded, at, genitive);
    if (!hit) continue;
    hits.push({ instrument: hit.instrument, start: at, end: at + hit.folded.length, weak: hit.weak });
    skipTo = at + hit.folded.length;
  }
  return hits;
}

/** The trie nodes along the words from `i`; a final word may carry a genitive s ("Amazons", "Deutsche Banks"). */
function walk(root: TrieNode, tokens: readonly RegExpMatchArray[], i: number, genitive: boolean): TrieNode[] {
  const path: TrieNode[] = [];
  let at = root;
  for (let j = i; j < tokens.length; j++) {
    const word = tokens[j]![0];
    const exact = at.next?.get(word);
    const step = exact ?? (genitive && word.endsWith('s') ? at.next?.get(word.slice(0, -1)) : undefined);
    if (!step) break;
    path.push(step);
    if (!exact) break;
    at = step;
  }
  return path;
}

function longestMatch(path: readonly TrieNode[], text: string, folded: string, at: number, genitive: boolean): Candidate | undefined {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const found = path[depth]!.candidates.find(candidate => matchesAt(text, folded, at, candidate, genitive));
    if (found) return found;
  }
  return undefined;
}

/** "Amazons", "Nvidias": the genitive s of a name of four or more letters that does not end in a sibilant. */
function germanGenitive(folded: string, end: number, candidate: Candidate): boolean {
  return folded[end] === 's' && !isWordChar(folded[end + 1]) && !candidate.exactCase && /[\p{L}]$/u.test(candidate.folded)
    && !/[sxzß]$/.test(candidate.folded);
}

/** "Axa", "Eni", "Nio" for AXA, ENI, NIO: three-letter acronyms, never before an abbreviation dot. */
function titleCaseOfAcronym(surface: string, candidate: Candidate, next: string | undefined): boolean {
  return next !== '.' && /^[A-Z]{3}$/.test(candidate.alias)
    && surface === candidate.alias[0] + candidate.alias.slice(1).toLowerCase();
}

function matchesAt(text: string, folded: string, at: number, candidate: Candidate, genitive: boolean): boolean {
  const end = at + candidate.folded.length;
  if (!folded.startsWith(candidate.folded, at)) return false;
  if (isWordChar(folded[end]) && !(genitive && germanGenitive(folded, end, candidate))) return false;
  // "Amazon.com" is one name, but "Amazon." ends a sentence: a dot followed by a letter continues the word.
  if (folded[end] === '.' && isWordChar(folded[end + 1]) && !candidate.folded.endsWith('.')) return false;
  const surface = text.slice(at, end);
  if (candidate.exactCase) return surface === candidate.alias || titleCaseOfAcronym(surface, candidate, folded[end]);
  const first = candidate.alias[0] ?? '';
  const aliasLower = first !== first.toUpperCase();
  return aliasLower || surface[0] !== surface[0]?.toLowerCase() || /[0-9]/.test(surface[0] ?? '');
}
