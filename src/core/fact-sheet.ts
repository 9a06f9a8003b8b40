// The fact-sheet contract (shared/CONTRACT.md): the one shape that leaves the extension,
// the `facts` command and the evaluation. Richer internal types extend it, never change it.

export type FactKind = 'money' | 'percent' | 'instrument' | 'rating' | 'date';
export const FACT_KINDS: readonly FactKind[] = ['money', 'percent', 'instrument', 'rating', 'date'];

interface Base {
  /** The exact surface text on the page. */
  text: string;
}

export interface MoneyFact extends Base {
  kind: 'money';
  /** Absolute amount in units of the currency: "50 Milliarden Dollar" → 50000000000. */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  approx?: boolean;
  /** Upper end of a range: "300 bis 320 Euro". */
  max?: number;
}

export interface PercentFact extends Base {
  kind: 'percent';
  /** As written; negative where the text says minus / fell. */
  value: number;
  /** Extension: "percentage points" are kept apart from percentages. */
  points?: boolean;
}

export interface InstrumentFact extends Base {
  kind: 'instrument';
  name: string;
  symbol?: string;
  exchange?: string;
  isin?: string;
  wkn?: string;
}

export type RatingClass = 'buy' | 'hold' | 'sell';
export type RatingAction = 'upgrade' | 'downgrade' | 'initiate' | 'reiterate' | 'raise-target' | 'cut-target';

export interface PriceTarget {
  value: number;
  currency: string;
}

export interface RatingFact extends Base {
  kind: 'rating';
  firm: string;
  rating?: RatingClass;
  raw?: string;
  target?: PriceTarget;
  previousTarget?: PriceTarget;
  action?: RatingAction;
  instrument?: string;
  /** Extension: upside of the target against the price the article quotes, in percent. */
  upside?: number;
  /** Extension: the quoted price the upside was computed against. */
  quotedPrice?: PriceTarget;
}

export interface DateFact extends Base {
  kind: 'date';
  /** ISO 8601, as precise as the text: "2026-02-05", "2025-11". */
  date: string;
  event?: string;
}

export type Fact = MoneyFact | PercentFact | InstrumentFact | RatingFact | DateFact;
export type FactOfKind<K extends FactKind> = Extract<Fact, { kind: K }>;

export interface Promo {
  /** The block's visible text, whitespace collapsed. */
  text: string;
  /** 0..1, how sure the detector is. */
  score: number;
  /** Human-readable, in the UI language. */
  reasons: string[];
}

export interface FactSheet {
  url?: string;
  title?: string;
  lang: string;
  facts: Fact[];
  promos: Promo[];
}
