// One block's ratings: per sentence, split the text among the firms it names, then build one
// rating per firm whose stretch holds a scale word standing as a rating or a price target.
import type { InstrumentFact, MoneyFact, RatingAction, RatingFact } from '../../fact-sheet';
import type { BlockContext, Lang, Located } from '../../types';
import { QUOTES, actionIn, currentAndPrevious, scaleHits, type ScaleHit } from './cues';
import { firmMentions, type FirmMention } from './firm-mentions';
import { sentenceSpans, type Span } from './sentences';
import { targetIn, type TargetPick } from './targets';

const CLASS_ORDER = { sell: 0, hold: 1, buy: 2 } as const;

export function recogniseRatings({ article, index, text, found }: BlockContext): Located<RatingFact>[] {
  const money = found.filter((entry): entry is Located<MoneyFact> => entry.fact.kind === 'money');
  const instruments = found.filter((entry): entry is Located<InstrumentFact> => entry.fact.kind === 'instrument');
  const ratings: Located<RatingFact>[] = [];
  for (const sentence of sentenceSpans(text)) {
    const mentions = firmMentions(text, sentence, article.lang);
    const stocks = instruments.filter(entry => !mentions.some(mention => entry.start < mention.end && entry.end > mention.start));
    for (const [mention, segment] of segments(mentions, sentence)) {
      const rating = ratingIn(text, mention, segment, money, article.lang);
      if (!rating) continue;
      const instrument = nearestInstrument(stocks, mention, segment) ?? nearestInstrument(stocks, mention, sentence);
      if (instrument) rating.fact.instrument = instrument;
      ratings.push({ ...rating, block: index });
    }
  }
  return ratings;
}

/**
 * Which stretch of the sentence each firm owns. A firm named last ("... at Roth Capital") owns
 * everything before it, and then a company named first is the rated stock, not a house; otherwise
 * each firm owns the text up to the next firm, the first one also what precedes it.
 */
function segments(mentions: FirmMention[], sentence: Span): Array<[FirmMention, Span]> {
  const trailing = mentions.filter(mention => mention.trailing);
  if (trailing.length > 0) {
    return trailing.map((mention, i) => [mention, { start: i === 0 ? sentence.start : trailing[i - 1]!.end, end: mention.end }]);
  }
  return mentions.map((mention, i) => [mention, {
    start: i === 0 ? sentence.start : mention.start,
    end: mentions[i + 1]?.start ?? sentence.end,
  }]);
}

function ratingIn(text: string, mention: FirmMention, segment: Span, money: readonly Located<MoneyFact>[], lang: Lang): Omit<Located<RatingFact>, 'block'> | undefined {
  const { current, previous } = currentAndPrevious(text, scaleHits(text, segment, lang), lang);
  const target = targetIn(text, segment, money, lang);
  if (!current && !target) return undefined;
  const parts: Span[] = [mention, ...(current ? [current] : []), ...(target ? [target.cue, target.target] : [])];
  const start = Math.min(...parts.map(part => part.start));
  const end = withClosingQuote(text, Math.max(...parts.map(part => part.end)), current);
  const fact: RatingFact = { kind: 'rating', text: text.slice(start, end), firm: mention.firm };
  if (current) Object.assign(fact, { rating: current.rating, raw: current.raw });
  if (target) {
    fact.target = { value: target.target.fact.value, currency: target.target.fact.currency };
    if (target.previous) fact.previousTarget = { value: target.previous.fact.value, currency: target.previous.fact.currency };
  }
  const action = resolveAction(actionIn(text, segment, lang), current, previous, target);
  if (action) fact.action = action;
  return { fact, start, end };
}

/** A quoted scale word that ends the rating is highlighted with its closing quote: "'Buy'", not "'Buy". */
function withClosingQuote(text: string, end: number, scale: ScaleHit | undefined): number {
  const quoted = scale?.end === end && QUOTES.includes(text[scale.start - 1] ?? '') && QUOTES.includes(text[end] ?? '');
  return quoted ? end + 1 : end;
}

/**
 * A named change of class is an upgrade or downgrade whatever the verb; a raise or cut verb moves
 * the target when there is one, otherwise the class ("hebt SAP auf 'Buy'").
 */
function resolveAction(verb: RatingAction | undefined, current?: ScaleHit, previous?: ScaleHit, target?: TargetPick): RatingAction | undefined {
  if (current && previous && current.rating !== previous.rating) {
    return CLASS_ORDER[current.rating] > CLASS_ORDER[previous.rating] ? 'upgrade' : 'downgrade';
  }
  if ((verb === 'raise-target' || verb === 'cut-target') && !target) {
    if (!current) return undefined;
    return verb === 'raise-target' ? 'upgrade' : 'downgrade';
  }
  if (!verb && target?.previous) {
    const [now, before] = [target.target.fact.value, target.previous.fact.value];
    if (now !== before) return now > before ? 'raise-target' : 'cut-target';
  }
  return verb;
}

/** The stock rated: an instrument in the stretch (houses already left out), nearest to the firm. */
function nearestInstrument(stocks: readonly Located<InstrumentFact>[], mention: FirmMention, segment: Span): string | undefined {
  const candidates = stocks.filter(entry => entry.start >= segment.start && entry.end <= segment.end);
  const distance = (entry: Located<InstrumentFact>): number => Math.min(Math.abs(entry.start - mention.end), Math.abs(mention.start - entry.end));
  const nearest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.fact.name;
}
