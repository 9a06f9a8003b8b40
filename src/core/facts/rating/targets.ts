// Which money facts of a firm's stretch are its price target and the target it replaced: the amounts
// right after a target word ("Kursziel von 290 auf 300 Euro", "price target to $250 from $210") or
// right before one ("a $300 price target"). Amounts are the money extractor's facts, never re-parsed.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import type { Span } from './sentences';
import { execAtWordStarts } from '../../text/patterns';
import { ratingVocabulary } from './vocabulary';

export interface TargetPick {
  cue: Span;
  target: Located<MoneyFact>;
  previous?: Located<MoneyFact>;
}

/** How far after its cue a target may stand ("Kursziel für die Aktie der Deutschen Bank von 12 auf 14 Euro"). */
const AFTER_CUE = 90;
/** Share prices, not market values: a "target" of billions is a company goal. */
const MAX_PRICE = 1e6;

export function targetIn(text: string, segment: Span, money: readonly Located<MoneyFact>[], lang: Lang): TargetPick | undefined {
  const vocabulary = ratingVocabulary(lang);
  const inSegment = money.filter(entry => entry.start >= segment.start && entry.end <= segment.end && entry.fact.value < MAX_PRICE);
  const body = text.slice(segment.start, segment.end);
  for (const match of execAtWordStarts(vocabulary.target, body)) {
    const cue = { start: segment.start + match.index, end: segment.start + match.index + match[0].length };
    const before = inSegment.find(entry => entry.end <= cue.start && /^[\s-]$/.test(text.slice(entry.end, cue.start)));
    if (before) return { cue: { start: before.start, end: cue.end }, target: before };
    const after = inSegment.filter(entry => entry.start >= cue.end && entry.start - cue.end <= AFTER_CUE);
    const [first, second] = after;
    if (!first) continue;
    return { cue, ...changeRoles(text, first, second, lang) };
  }
  return undefined;
}

/** "von 290 auf 300" and "from $210 to $250" name the old value first, "to $250 from $210" last. */
function changeRoles(text: string, first: Located<MoneyFact>, second: Located<MoneyFact> | undefined, lang: Lang): Omit<TargetPick, 'cue'> {
  const { fromWords, toWords } = ratingVocabulary(lang).vocabulary;
  if (!second || second.start - first.end > 24 || second.fact.currency !== first.fact.currency) return { target: first };
  const between = wordsOf(text.slice(first.end, second.start));
  const beforeFirst = wordsOf(text.slice(Math.max(0, first.start - 12), first.start)).pop();
  if (beforeFirst && fromWords.includes(beforeFirst) && between.some(word => toWords.includes(word))) return { target: second, previous: first };
  if (between.some(word => fromWords.includes(word))) return { target: first, previous: second };
  return { target: first };
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}
