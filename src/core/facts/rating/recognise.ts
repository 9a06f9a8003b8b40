// One block's ratings: per sentence, split the text among the houses it names, then build one
// rating per house whose stretch holds a scale word standing as a rating or a price target; a
// next sentence without a house may complete it ("Das Kursziel liegt bei 50 Euro.").
import type { InstrumentFact, MoneyFact, RatingFact } from '../../fact-sheet';
import type { BlockContext, Lang, Located } from '../../types';
import { completeFact, evidenceIn } from './evidence';
import { firmMentions, type FirmMention } from './firm-mentions';
import { EvidencePrefilter } from './prefilter';
import { sentenceSpans, type Span } from './sentences';

export function recogniseRatings({ article, index, text, found }: BlockContext): Located<RatingFact>[] {
  const money = found.filter((entry): entry is Located<MoneyFact> => entry.fact.kind === 'money');
  const prefilter = new EvidencePrefilter(text, money, article.lang);
  if (!prefilter.mayHoldAny()) return [];
  const instruments = found.filter((entry): entry is Located<InstrumentFact> => entry.fact.kind === 'instrument');
  const ratings: Located<RatingFact>[] = [];
  /** The last rating of the sentence just read, which a following sentence may complete. */
  let open: Located<RatingFact> | undefined;
  for (const sentence of sentenceSpans(text)) {
    // Without evidence a sentence neither rates nor completes: it only closes the open rating.
    if (!prefilter.mayHold(sentence)) {
      open = undefined;
      continue;
    }
    const mentions = firmMentions(text, sentence, article.lang);
    if (mentions.length === 0) {
      open = open && continueRating(open, text, sentence, money, article.lang) ? open : undefined;
      continue;
    }
    open = undefined;
    const stocks = instruments.filter(entry => !mentions.some(mention => entry.start < mention.end && entry.end > mention.start));
    const saysSomething = (segment: Span): boolean => evidenceIn(text, segment, money, article.lang) !== undefined;
    for (const [mention, segment] of segments(mentions, sentence, saysSomething)) {
      const evidence = evidenceIn(text, segment, money, article.lang);
      if (!evidence) continue;
      const start = Math.min(mention.start, evidence.start);
      const end = Math.max(mention.end, evidence.end);
      const fact: RatingFact = { kind: 'rating', text: text.slice(start, end), firm: mention.firm };
      completeFact(fact, evidence);
      const instrument = nearestInstrument(stocks, mention, segment) ?? nearestInstrument(stocks, mention, sentence);
      if (instrument) fact.instrument = instrument;
      open = { fact, block: index, start, end };
      ratings.push(open);
    }
  }
  return ratings;
}

/** "... stufen die Aktie auf 'Buy' hoch. Das Kursziel liegt bei 50 Euro.": the house's rating goes on. */
function continueRating(rating: Located<RatingFact>, text: string, sentence: Span, money: readonly Located<MoneyFact>[], lang: Lang): boolean {
  const evidence = evidenceIn(text, sentence, money, lang);
  if (!evidence || !completeFact(rating.fact, evidence)) return false;
  rating.end = Math.max(rating.end, evidence.end);
  rating.fact.text = text.slice(rating.start, rating.end);
  return true;
}

/**
 * Which stretch of the sentence each house owns. A house named after what it said ("... at Roth
 * Capital", "upgraded to buy at Goldman, while ...") owns the text since the previous stretch, and
 * a company named just before it is the rated stock, not a house ("Deutsche Wohnen upgraded ... at
 * Barclays"). Any other house owns the text up to the next house, the first one also what precedes it.
 */
function segments(mentions: FirmMention[], sentence: Span, saysSomething: (segment: Span) => boolean): Array<[FirmMention, Span]> {
  const owned: Array<[FirmMention, Span]> = [];
  let cursor = sentence.start;
  let pending: FirmMention | undefined;
  for (const mention of mentions) {
    const before = { start: cursor, end: mention.end };
    if (mention.trailing && saysSomething(before)) {
      owned.push([mention, before]);
      cursor = mention.end;
      pending = undefined;
      continue;
    }
    if (pending) owned.push([pending, { start: owned.length === 0 ? cursor : pending.start, end: mention.start }]);
    if (pending) cursor = mention.start;
    pending = mention;
  }
  if (pending) owned.push([pending, { start: owned.length === 0 ? cursor : pending.start, end: sentence.end }]);
  return owned;
}

/** The stock rated: an instrument in the stretch (houses already left out), nearest to the firm. */
function nearestInstrument(stocks: readonly Located<InstrumentFact>[], mention: FirmMention, segment: Span): string | undefined {
  const candidates = stocks.filter(entry => entry.start >= segment.start && entry.end <= segment.end);
  const distance = (entry: Located<InstrumentFact>): number => Math.min(Math.abs(entry.start - mention.end), Math.abs(mention.start - entry.end));
  const nearest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.fact.name;
}
