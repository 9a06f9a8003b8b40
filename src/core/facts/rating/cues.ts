// The rating words inside one firm's stretch of text: scale words that stand as a rating (not as a
// verb: "to buy the dip"), which of two is the old one ("von Halten auf Kaufen"), and the action.
import type { RatingAction, RatingClass } from '../../fact-sheet';
import type { Lang } from '../../types';
import type { ScaleTier } from './locales/types';
import type { Span } from './sentences';
import { execAtWordStarts, firstAtWordStart } from '../../text/patterns';
import { scaleKey } from './scale';
import { ratingVocabulary, type CompiledRating } from './vocabulary';

export interface ScaleHit extends Span {
  raw: string;
  rating: RatingClass;
  /** The word before it, quotes and "a"/"an" skipped, lower-cased: "from" in 'from a "hold" rating'. */
  lead?: string;
}

export const QUOTES = `"'‘’“”„‚«»‹›`;

export function scaleHits(text: string, segment: Span, lang: Lang): ScaleHit[] {
  const vocabulary = ratingVocabulary(lang);
  const hits: ScaleHit[] = [];
  const body = text.slice(segment.start, segment.end);
  for (const match of execAtWordStarts(vocabulary.scale, body)) {
    const start = segment.start + match.index;
    const end = start + match[0].length;
    const entry = vocabulary.scales.get(scaleKey(match[0]));
    if (entry && standsAsRating(text, start, end, entry.tier, vocabulary, lang)) {
      const lead = leadWord(text, start);
      hits.push({ start, end, raw: match[0], rating: entry.rating, ...(lead ? { lead } : {}) });
    }
  }
  return hits;
}

function standsAsRating(text: string, start: number, end: number, tier: ScaleTier, vocabulary: CompiledRating, lang: Lang): boolean {
  if (vocabulary.scaleTails.test(text.slice(end).trimStart())) return true; // "buy rating", "Buy-Votum"
  if (/^-\p{L}/u.test(text.slice(end, end + 2))) return false; // "Sell-side", "buy-and-hold"
  if (tier === 'open') return true;
  if (QUOTES.includes(text[start - 1] ?? '') && QUOTES.includes(text[end] ?? '')) return true;
  if (tier === 'quote') return false;
  const capital = /\p{Lu}/u.test(text[start] ?? '');
  // German verbs are lower case ("jetzt kaufen"); only the capitalised noun is a rating.
  if ((tier === 'capital' || lang === 'de') && !capital) return false;
  // The word right before, unlike leadWord(): "with a Buy", "to buy from neutral".
  const lead = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  if (!lead || !vocabulary.scaleLeads.has(lead)) return false;
  // After a lead, a verb takes an object ("to buy dips"); a rating is followed by its context or nothing.
  const next = /^\s*(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  return !next || vocabulary.scaleFollowers.has(next);
}

/** The current scale word, and the one it replaced when the text names both ("to overweight from equal-weight"). */
export function currentAndPrevious(hits: readonly ScaleHit[], lang: Lang): { current?: ScaleHit; previous?: ScaleHit } {
  if (hits.length < 2) return hits[0] ? { current: hits[0] } : {};
  const { fromWords } = ratingVocabulary(lang).vocabulary;
  const previous = hits.find(hit => hit.lead !== undefined && fromWords.includes(hit.lead));
  const current = hits.find(hit => hit !== previous);
  return { ...(current ? { current } : {}), ...(previous && current ? { previous } : {}) };
}

function leadWord(text: string, start: number): string | undefined {
  return /(\p{L}+)[\s"'‘’“”„«»-]*(?:an?\s+)?[\s"'‘’“”„«»]*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
}

/** The first action any of the locale's action patterns finds in the segment, strongest first. */
export function actionIn(text: string, segment: Span, lang: Lang): RatingAction | undefined {
  const body = text.slice(segment.start, segment.end);
  for (const [action, pattern] of ratingVocabulary(lang).actions) if (firstAtWordStart(pattern, body)) return action;
  return undefined;
}
