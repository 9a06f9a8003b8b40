// The upside of each price target against the price the article quotes for the stock ("Die
// Amazon-Aktie schloss am Freitag bei 239,30 Dollar" → 300 Dollar is +25.4 %), same currency only.
import type { InstrumentFact, MoneyFact, RatingFact } from '../../fact-sheet';
import type { Article, Located, Refiner } from '../../types';
import { execAtWordStarts } from '../../text/patterns';
import { ratingVocabulary } from './vocabulary';

/** How far the price may stand after its cue ("schloss am Freitag bei " + "239,30 Dollar"). */
const CUE_GAP = 4;

export const addUpside: Refiner = (facts, article) => {
  if (!facts.some(entry => entry.fact.kind === 'rating' && entry.fact.target)) return facts;
  const quotes = quotedPrices(facts, article);
  for (const entry of facts) {
    if (entry.fact.kind !== 'rating' || !entry.fact.target) continue;
    const rating = entry as Located<RatingFact>;
    const quote = nearestQuote(rating, quotes, facts);
    if (!quote || !rating.fact.target) continue;
    rating.fact.quotedPrice = { value: quote.fact.value, currency: quote.fact.currency };
    rating.fact.upside = Math.round((rating.fact.target.value / quote.fact.value - 1) * 1000) / 10;
  }
  return facts;
};

/** Money facts right after a price cue ("schloss ... bei", "closed at"), outside any rating. */
export function quotedPrices(facts: readonly Located[], article: Article): Located<MoneyFact>[] {
  const { quotedPrice } = ratingVocabulary(article.lang);
  const ratings = facts.filter(entry => entry.fact.kind === 'rating');
  return facts.filter((entry): entry is Located<MoneyFact> => {
    if (entry.fact.kind !== 'money' || entry.fact.max !== undefined) return false;
    if (ratings.some(rating => rating.block === entry.block && entry.start >= rating.start && entry.end <= rating.end)) return false;
    const text = article.blocks[entry.block]?.text ?? '';
    const before = text.slice(Math.max(0, entry.start - 80), entry.start);
    return execAtWordStarts(quotedPrice, before).some(match => before.length - (match.index + match[0].length) <= CUE_GAP);
  });
}

/** A target beyond these multiples of a quoted price belongs to another stock or another unit. */
const PLAUSIBLE_RATIO: readonly [number, number] = [0.25, 4];

/** The quote in the target's currency nearest the rating, not one said about another stock. */
function nearestQuote(rating: Located<RatingFact>, quotes: readonly Located<MoneyFact>[], facts: readonly Located[]): Located<MoneyFact> | undefined {
  const target = rating.fact.target;
  if (!target) return undefined;
  const distance = (quote: Located<MoneyFact>): number => Math.abs(quote.block - rating.block) * 1e6 + Math.abs(quote.start - rating.start);
  return quotes
    .filter(quote => quote.fact.currency === target.currency && quote.fact.value > 0)
    .filter(quote => {
      const ratio = target.value / quote.fact.value;
      return ratio >= PLAUSIBLE_RATIO[0] && ratio <= PLAUSIBLE_RATIO[1];
    })
    .filter(quote => !aboutOtherStock(quote, rating.fact.instrument, facts))
    .sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The stock named last before a quoted price is the one it is quoted for ("deren Aktie notierte ...").
 * Indices (no ISIN) are places, not subjects: "NASDAQ AAPL opened at $228.50".
 */
function aboutOtherStock(quote: Located<MoneyFact>, instrument: string | undefined, facts: readonly Located[]): boolean {
  if (!instrument) return false;
  const before = facts.filter((entry): entry is Located<InstrumentFact> =>
    entry.fact.kind === 'instrument' && entry.fact.isin !== undefined && entry.block === quote.block && entry.end <= quote.start);
  const subject = before[before.length - 1];
  return Boolean(subject && subject.fact.name !== instrument);
}
