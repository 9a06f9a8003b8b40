// What one stretch of text says about a rating: the scale word standing as a rating, the price
// target, the action, and where they stand. A house's rating is built from it, and a following
// sentence without a house ("Das Kursziel liegt bei 50 Euro.") completes the rating before it.
import type { MoneyFact, RatingAction, RatingFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import { QUOTES, actionIn, currentAndPrevious, scaleHits, type ScaleHit } from './cues';
import type { Span } from './sentences';
import { targetIn, type TargetPick } from './targets';
import { ratingVocabulary } from './vocabulary';

export interface Evidence extends Span {
  current?: ScaleHit;
  target?: TargetPick;
  action?: RatingAction;
}

const CLASS_ORDER = { sell: 0, hold: 1, buy: 2 } as const;

export function evidenceIn(text: string, segment: Span, money: readonly Located<MoneyFact>[], lang: Lang): Evidence | undefined {
  const { current, previous } = currentAndPrevious(scaleHits(text, segment, lang), lang);
  const target = targetIn(text, segment, money, lang);
  if (!current && !target) return undefined;
  const parts: Span[] = [...(current ? [current] : []), ...(target ? [target.cue, target.target] : [])];
  const action = resolveAction(actionIn(text, segment, lang), lang, current, previous, target);
  return {
    start: Math.min(...parts.map(part => part.start)),
    end: withClosingQuote(text, Math.max(...parts.map(part => part.end)), current),
    ...(current ? { current } : {}),
    ...(target ? { target } : {}),
    ...(action ? { action } : {}),
  };
}

/** Adds what the evidence says and the fact does not yet; returns whether anything was added. */
export function completeFact(fact: RatingFact, evidence: Evidence): boolean {
  const { current, target, action } = evidence;
  let added = false;
  if (current && !fact.rating) {
    Object.assign(fact, { rating: current.rating, raw: current.raw });
    added = true;
  }
  if (target && !fact.target) {
    fact.target = { value: target.target.fact.value, currency: target.target.fact.currency };
    if (target.previous) fact.previousTarget = { value: target.previous.fact.value, currency: target.previous.fact.currency };
    added = true;
  }
  if (action && !fact.action) fact.action = action;
  return added;
}

/** A quoted scale word that ends the rating is highlighted with its closing quote: "'Buy'", not "'Buy". */
function withClosingQuote(text: string, end: number, scale: ScaleHit | undefined): number {
  const quoted = scale?.end === end && QUOTES.includes(text[scale.start - 1] ?? '') && QUOTES.includes(text[end] ?? '');
  return quoted ? end + 1 : end;
}

/**
 * A named change of class is an upgrade or downgrade whatever the verb. A raise or cut verb moves
 * the class when the scale word is its new value ahead of any target ("hebt Infineon auf 'Buy' -
 * Ziel 45 Euro", "hebt SAP auf 'Buy'"), otherwise the target.
 */
function resolveAction(verb: RatingAction | undefined, lang: Lang, current?: ScaleHit, previous?: ScaleHit, target?: TargetPick): RatingAction | undefined {
  if (current && previous && current.rating !== previous.rating) {
    return CLASS_ORDER[current.rating] > CLASS_ORDER[previous.rating] ? 'upgrade' : 'downgrade';
  }
  if (verb === 'raise-target' || verb === 'cut-target') {
    const movesClass = current?.lead !== undefined && ratingVocabulary(lang).vocabulary.toWords.includes(current.lead)
      && (!target || current.start < target.cue.start);
    if (movesClass || (!target && current)) return verb === 'raise-target' ? 'upgrade' : 'downgrade';
    if (!target) return undefined;
  }
  if (!verb && target?.previous) {
    const [now, before] = [target.target.fact.value, target.previous.fact.value];
    if (now !== before) return now > before ? 'raise-target' : 'cut-target';
  }
  return verb;
}
