// One pass over a block for every alias of the dataset: a token trie (first word → candidate aliases,
// longest first) over case-folded text, built once on first use. Word-boundary aware; case rules here.
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
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const single = lower.length === char.length ? lower.normalize('NFD')[0] ?? lower : char;
    out += single === '-' || single === '\u00a0' ? ' ' : single === '’' ? "'" : single;
  }
  return out;
}

function firstToken(folded: string, from = 0): string {
  let end = from;
  while (end < folded.length && isWordChar(folded[end])) end++;
  return folded.slice(from, end);
}

export type AliasTrie = Map<string, Candidate[]>;

let trie: AliasTrie | undefined;

function aliasTrie(): AliasTrie {
  trie ??= buildAliasTrie(dataset().instruments);
  return trie;
}

export function buildAliasTrie(instruments: readonly Instrument[]): AliasTrie {
  const built: AliasTrie = new Map();
  for (const instrument of instruments) {
    for (const { text, weak } of instrument.aliases) {
      const folded = fold(text);
      const head = firstToken(folded);
      if (!head) continue;
      const letters = text.replace(/[^\p{L}]/gu, '').length;
      const list = built.get(head) ?? [];
      list.push({ folded, alias: text, instrument, weak, exactCase: letters < 4 });
      built.set(head, list);
    }
  }
  for (const list of built.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  return built;
}

/** Longest alias at each word start; overlapping shorter hits are skipped. */
export function findNames(text: string, index: AliasTrie = aliasTrie()): NameHit[] {
  const folded = fold(text);
  const hits: NameHit[] = [];
  let i = 0;
  while (i < folded.length) {
    if (!isWordChar(folded[i]) || isWordChar(folded[i - 1])) {
      i++;
      continue;
    }
    const head = firstToken(folded, i);
    const hit = (index.get(head) ?? []).find(candidate => matchesAt(text, folded, i, candidate));
    if (hit) {
      hits.push({ instrument: hit.instrument, start: i, end: i + hit.folded.length, weak: hit.weak });
      i += hit.folded.length;
    } else {
      i += head.length;
    }
  }
  return hits;
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

function matchesAt(text: string, folded: string, at: number, candidate: Candidate): boolean {
  const end = at + candidate.folded.length;
  if (!folded.startsWith(candidate.folded, at)) return false;
  if (isWordChar(folded[end]) && !germanGenitive(folded, end, candidate)) return false;
  // "Amazon.com" is one name, but "Amazon." ends a sentence: a dot followed by a letter continues the word.
  if (folded[end] === '.' && isWordChar(folded[end + 1]) && !candidate.folded.endsWith('.')) return false;
  const surface = text.slice(at, end);
  if (candidate.exactCase) return surface === candidate.alias || titleCaseOfAcronym(surface, candidate, folded[end]);
  const first = candidate.alias[0] ?? '';
  const aliasLower = first !== first.toUpperCase();
  return aliasLower || surface[0] !== surface[0]?.toLowerCase() || /[0-9]/.test(surface[0] ?? '');
}
