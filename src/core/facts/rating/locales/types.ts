// The shape of one language's rating vocabulary. Data only: scale.ts, cues.ts and firm-mentions.ts
// build their regexes from it, so a new language is one more file of this shape.
import type { RatingAction, RatingClass } from '../../../fact-sheet';

/**
 * How much context a scale word needs before it counts as a rating:
 * - open: never an ordinary word ("Outperform", "Übergewichten");
 * - lead: after a lead word, in quotes or before a rating noun ("to buy from neutral", "'Buy'");
 * - capital: like lead, but only written with a capital ("to Add from Hold", "auf Halten");
 * - quote: only in quotes or before a rating noun ("'Positive'", "positive rating").
 */
export type ScaleTier = 'open' | 'lead' | 'capital' | 'quote';

export interface ScaleWord {
  rating: RatingClass;
  tier: ScaleTier;
}

export interface RatingVocabulary {
  /** Scale words on top of the shared house scales (scale.ts), as written, hyphen or space alike. */
  scale: Readonly<Record<string, ScaleWord>>;
  /** Words right before a scale word that make it a rating ("auf", "to", "with a"). */
  scaleLeads: readonly string[];
  /** Words right after a scale word that make it a rating ("rating", "Einstufung"). */
  scaleTails: readonly string[];
  /** Words that may follow a scale word after a lead ("to buy from neutral", "auf Kaufen hoch"); any other word makes it a verb. */
  scaleFollowers: readonly string[];
  /** Right before the old value of a change ("von 290 auf 300", "to $250 from $210"). */
  fromWords: readonly string[];
  /** Right before the new value of a change. */
  toWords: readonly string[];
  /** Nouns that introduce a price target ("Kursziel", "price target"). */
  targetWords: readonly string[];
  /** Regex sources for a target without the noun ("sieht die Aktie bei"). */
  targetPhrases: readonly string[];
  /** Regex sources per action; the first action (in ACTION_ORDER) that matches wins. */
  actions: Readonly<Record<RatingAction, readonly string[]>>;
  /** Regex sources that make the market's consensus the "firm" ("consensus", "durchschnittliche Kursziel"). */
  consensus: readonly string[];
  /** Regex source of words before an unlisted firm's name ("Analysten von", "analysts at"). */
  firmLeads: readonly string[];
  /** Words right after an unlisted firm's name ("analyst" in "Roth Capital analyst"). */
  firmTails: readonly string[];
  /** Words before a house named last that make it the source of what precedes ("at", "says"); not data sources ("according to"). */
  trailingLeads: readonly string[];
  /** Regex sources of phrases before the price the article quotes ("schloss am Freitag bei"). */
  quotedPrice: readonly string[];
}
