// The grammar between two numbers, shared by money and percent: ranges ("300 bis 320",
// "zwischen 2 und 3", "$3-4", "5 to 6"), changes ("von 228,4 auf 211,5", "from 4.76 to 5.79"),
// and the approximation words that may stand before a number ("rund", "bis zu", "about", "~").
import type { Lang } from '../types';
import { WORD_END, WORD_START, alternation, lookupKey, wordStartsBefore } from './patterns';

interface RangeWords {
  approx: readonly string[];
  /** Articles that may sit between an approximation word and the number ("up to a $1 billion"). */
  articles: readonly string[];
  /** Between two numbers of one range. Dashes are shared. */
  range: readonly string[];
  /** "zwischen 2 und 3": the word before the first number and the joining word. */
  between: readonly [string, string];
  /** "von 290 auf 300": a change between two separate quantities. */
  change: readonly [string, string];
}

export const RANGE_WORDS: Readonly<Record<Lang, RangeWords>> = {
  de: {
    approx: ['rund', 'etwa', 'knapp', 'fast', 'bis zu', 'circa', 'ca.', 'zirka', 'ungefähr', 'annähernd', 'nahezu', 'beinahe', 'rd.'],
    articles: [],
    range: ['bis'],
    between: ['zwischen', 'und'],
    change: ['von', 'auf'],
  },
  en: {
    approx: ['about', 'around', 'nearly', 'almost', 'up to', 'roughly', 'approximately', 'some', 'close to', 'approx.', 'circa'],
    articles: ['a', 'an'],
    range: ['to', 'through'],
    between: ['between', 'and'],
    change: ['from', 'to'],
  },
};

interface RangePatterns {
  /** Approximation phrases by lookupKey, also followed by an article ("up to a"). */
  approx: ReadonlySet<string>;
  /** Last words of those phrases: most numbers fail this test and skip the phrase look-up. */
  approxLastWords: ReadonlySet<string>;
  longestLastWord: number;
  /** The whole text between two numbers: a dash, a range word, "und"/"and", or the change word. */
  connector: RegExp;
  /** End-anchored, before the first number: "von"/"from" (a change) or "zwischen"/"between". */
  leadIn: RegExp;
  /** "auf"/"to": with a lead-in "von"/"from" it makes a change, not a range. */
  changeWord: string;
}

function compile(words: RangeWords): RangePatterns {
  const approx = alternation(words.approx, true);
  const [betweenWord, andWord] = words.between;
  const [fromWord, toWord] = words.change;
  const phrases = approxPhrases(words);
  const lastWords = phrases.map(phrase => lookupKey(phrase.split(' ').at(-1) ?? ''));
  return {
    approx: new Set(phrases.map(lookupKey)),
    approxLastWords: new Set(lastWords),
    longestLastWord: Math.max(...lastWords.map(word => word.length)),
    connector: new RegExp(
      String.raw`^\s{0,2}(?:(?<dash>[-–—])|(?<range>${alternation(words.range)})${WORD_END}|(?<and>${andWord})${WORD_END}|(?<to>${toWord})${WORD_END})` +
        String.raw`\s{0,2}(?:(?:${approx})\s{1,2})?$`,
      'u',
    ),
    leadIn: new RegExp(String.raw`${WORD_START}(?:(?<from>${fromWord})|(?<between>${betweenWord}))\s{1,2}(?:(?:${approx})\s{1,2})?$`, 'iu'),
    changeWord: toWord,
  };
}

function approxPhrases(words: RangeWords): string[] {
  return words.approx.flatMap(phrase => [phrase, ...words.articles.map(article => `${phrase} ${article}`)]);
}

const PATTERNS: Readonly<Record<Lang, RangePatterns>> = { de: compile(RANGE_WORDS.de), en: compile(RANGE_WORDS.en) };

/** Longest text between two numbers of one range ("bis etwa", " to "): checked before any slicing. */
const MAX_CONNECTOR = 24;
const MAX_LEAD_IN = 30;

/** 'dash' is a range written with a dash ("$5B-$5.4B"), which also joins two complete amounts. */
export type Connection = 'range' | 'dash' | 'change';

/**
 * How the quantity ending at `firstEnd` relates to the one starting at `secondStart`:
 * a range, a change ("von … auf"), or nothing. `firstStart` is where the first quantity's text begins.
 */
export function connection(text: string, firstStart: number, firstEnd: number, secondStart: number, lang: Lang): Connection | undefined {
  if (secondStart - firstEnd > MAX_CONNECTOR || secondStart < firstEnd) return undefined;
  const patterns = PATTERNS[lang];
  const groups = patterns.connector.exec(text.slice(firstEnd, secondStart))?.groups;
  if (!groups) return undefined;
  const lead = patterns.leadIn.exec(text.slice(Math.max(0, firstStart - MAX_LEAD_IN), firstStart))?.groups ?? {};
  const { dash, range, and, to } = groups;
  const saysTo = to !== undefined || range?.toLowerCase() === patterns.changeWord;
  if (saysTo && lead.from !== undefined) return 'change';
  if (and !== undefined) return lead.between !== undefined ? 'range' : undefined;
  if (dash !== undefined) return 'dash';
  if (range !== undefined) return 'range';
  return undefined;
}

/** Start of an approximation word ("rund", "up to a", "~") right before `start`, if there is one. */
export function approxStart(text: string, start: number, lang: Lang): number | undefined {
  const before = text[start - 1] === '~' ? start - 1 : text[start - 2] === '~' && text[start - 1] === ' ' ? start - 2 : -1;
  if (before >= 0) return before;
  const { approx: phrases, approxLastWords, longestLastWord } = PATTERNS[lang];
  const [nearest] = wordStartsBefore(text, start, 1);
  // The word ends at most three spaces before `start` (wordStartsBefore), so a longer stretch is a longer word.
  if (nearest === undefined || start - nearest - 3 > longestLastWord) return undefined;
  if (!approxLastWords.has(text.slice(nearest, start).trimEnd().toLowerCase())) return undefined;
  for (const wordStart of wordStartsBefore(text, start, 3)) {
    if (phrases.has(lookupKey(text.slice(wordStart, start).trimEnd()))) return wordStart;
  }
  return undefined;
}
