// The shape of one language's money vocabulary. Data only: the grammar in ../patterns.ts builds
// its regexes from it, so a new language is one more file of this shape.

export interface MoneyVocabulary {
  /** Scale words as written, first letter in either case: "Mrd." → 1e9, "Billionen" → 1e12, "billion" → 1e9. */
  magnitudes: Readonly<Record<string, number>>;
  /** Currency words after the number ("Milliarden Dollar", "billion euros"): ISO 4217 code. */
  currencyWords: Readonly<Record<string, string>>;
  /** Hundredth units after the number: ISO code, or null for "the currency of the context" (Cent, cents). */
  minorUnits: Readonly<Record<string, string | null>>;
  /** Currency for a minor unit without context ("50 Cent" in German text is euro cents). */
  defaultMinorCurrency: string;
  /** "je", "per": an amount per another currency ("59,3 Cents je Euro") is a quote, not a sum. */
  perWords: readonly string[];
  /**
   * Words that may follow a bare "3 Milliarden" that takes its currency from an earlier amount in
   * the same sentence ("über 3 Milliarden mehr"); a noun after it ("Passagiere") means a count.
   */
  carryFollowers: readonly string[];
}
