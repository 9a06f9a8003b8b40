// A cheap necessary condition for rating evidence, tested before sentences are split and houses
// matched: a scale word, or a target word with an amount, can only stand where the loose cues match.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import type { Span } from './sentences';
import { ratingVocabulary } from './vocabulary';

/** Whether a stretch of the block may hold evidence (evidence.ts); false means it certainly holds none. */
export type MayHoldEvidence = (span: Span) => boolean;

/**
 * The cues are the vocabulary's own patterns without word edges, so every match of the real ones
 * inside any stretch is a cue match starting in that stretch. Undefined: the block holds no evidence.
 */
export function evidencePrefilter(text: string, money: readonly Located<MoneyFact>[], lang: Lang): MayHoldEvidence | undefined {
  const { scaleCue, targetCue } = ratingVocabulary(lang);
  const scaleAt = nextMatch(scaleCue, text);
  const targetAt = nextMatch(targetCue, text);
  const mayHold = (span: Span): boolean => scaleAt(span.start) < span.end
    || (money.some(entry => entry.start >= span.start && entry.end <= span.end) && targetAt(span.start) < span.end);
  return mayHold({ start: 0, end: text.length }) ? mayHold : undefined;
}

/**
 * Start of the leftmost match at or after a position (Infinity: none). Spans are asked in reading
 * order, so one search answers every later position up to the match it found.
 */
function nextMatch(pattern: RegExp, text: string): (from: number) => number {
  let searchedFrom = -1;
  let found = Infinity;
  return from => {
    if (searchedFrom < 0 || from < searchedFrom || from > found) {
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? Infinity;
      searchedFrom = from;
    }
    return found;
  };
}
