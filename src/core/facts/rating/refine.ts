// Article-level passes over ratings, in order: the rated stock for "die Aktie"/"the stock", one
// rating told twice (headline + body) completed from both, the house not listed as an instrument
// where it is only the source, and the upside against the price the article quotes (upside.ts).
import type { Fact, InstrumentFact, PriceTarget, RatingFact } from '../../fact-sheet';
import type { Located, Refiner } from '../../types';
import { ratingVocabulary } from './vocabulary';
import { addUpside } from './upside';

const isRating = (entry: Located): entry is Located<RatingFact> => entry.fact.kind === 'rating';
const isInstrument = (entry: Located): entry is Located<InstrumentFact> => entry.fact.kind === 'instrument';

/**
 * A rating without a stock of its own ("die Aktie", "the stock") rates the article's main instrument:
 * the one named in more than half of all instrument mentions. A feed of many stocks has none.
 */
export const linkMainInstrument: Refiner = facts => {
  const counts = new Map<string, number>();
  const mentions = facts.filter(isInstrument);
  for (const entry of mentions) counts.set(entry.fact.name, (counts.get(entry.fact.name) ?? 0) + 1);
  const [main] = [...counts].find(([, count]) => count * 2 > mentions.length) ?? [];
  if (main) for (const entry of facts.filter(isRating)) entry.fact.instrument ??= main;
  return facts;
};

/** "Kursziel angehoben" in the headline and "... auf 'Buy' belassen" in the body are one rating: each gets what the other says. */
export const completeRepeatedRatings: Refiner = facts => {
  const ratings = facts.filter(isRating).map(entry => entry.fact);
  const filled = ratings.map(rating => ({ ...rating }));
  ratings.forEach((rating, i) => {
    for (const other of ratings) {
      if (other === rating || !sameRating(rating, other)) continue;
      const copy = filled[i]!;
      if (!copy.rating && other.rating) Object.assign(copy, { rating: other.rating, ...(other.raw ? { raw: other.raw } : {}) });
      if (!copy.target && other.target) copy.target = other.target;
      if (!copy.previousTarget && other.previousTarget) copy.previousTarget = other.previousTarget;
      if (!copy.instrument && other.instrument) copy.instrument = other.instrument;
    }
  });
  ratings.forEach((rating, i) => Object.assign(rating, filled[i]));
  return facts;
};

/**
 * Two mentions of one rating: the same house and either the same target, or the same named stock
 * without contradicting class or target. A house's notes on different stocks stay apart.
 */
function sameRating(a: RatingFact, b: RatingFact): boolean {
  if (a.firm !== b.firm || (a.rating && b.rating && a.rating !== b.rating)) return false;
  if (a.instrument && b.instrument && a.instrument !== b.instrument) return false;
  const sameTarget = samePrice(a.target, b.target) && (!a.previousTarget || !b.previousTarget || samePrice(a.previousTarget, b.previousTarget));
  if (a.target && b.target) return sameTarget;
  return Boolean(a.instrument && a.instrument === b.instrument);
}

function samePrice(a: PriceTarget | undefined, b: PriceTarget | undefined): boolean {
  return Boolean(a && b && a.currency === b.currency && a.value === b.value);
}

/** "JPMorgan" in "JPMorgan hebt das Kursziel" is the house, not the listed bank: drop that instrument mention. */
export const dropFirmInstruments: Refiner = (facts, article) => {
  const aliases = ratingVocabulary(article.lang).firms;
  const ratings = facts.filter(isRating);
  if (ratings.length === 0) return facts;
  const isSource = (entry: Located<InstrumentFact>): boolean => ratings.some(rating => rating.block === entry.block
    && entry.start >= rating.start && entry.end <= rating.end && aliases.get(entry.fact.text) === rating.fact.firm);
  return facts.filter((entry: Located<Fact>) => !isInstrument(entry) || !isSource(entry));
};

const passes: readonly Refiner[] = [linkMainInstrument, completeRepeatedRatings, dropFirmInstruments, addUpside];

/** Most articles rate nothing: one look for a rating spares them the passes, each over all facts. */
const refineRatings: Refiner = (facts, article) => (facts.some(isRating) ? passes.reduce((refined, refine) => refine(refined, article), facts) : facts);

export const ratingRefiners: readonly Refiner[] = [refineRatings];
