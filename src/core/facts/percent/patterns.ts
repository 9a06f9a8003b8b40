// The percent grammar, compiled once per language at module load: the unit after a number
// ("%", "Prozent", "per cent", "Prozentpunkte") and the words that make a percentage negative.
import type { Lang } from '../../types';
import { WORD_END, alternation, lookupKey } from '../../text/patterns';
import { dePercent } from './locales/de';
import { enPercent } from './locales/en';
import type { PercentVocabulary } from './locales/types';

/** Language-independent symbol units; true = percentage points. */
const SYMBOL_UNITS: Readonly<Record<string, boolean>> = { '%': false, '%-Punkte': true, '%-Punkten': true, '% points': true };

export interface PercentPatterns {
  /** Any unit at all, wherever it stands: a block without one holds no percentage and is not scanned. */
  cue: RegExp;
  /** Sticky, at the end of a number: "%", " Prozent", "-Prozent", " per cent". */
  unit: RegExp;
  /** Unit (by lookupKey) → whether it counts percentage points. */
  points: ReadonlyMap<string, boolean>;
  /**
   * Global, for firstAtWordStart (its look-behind would make irregexp try every position): a fall
   * stated before the number ("ein Minus von", "fell"); "down from" names the old level.
   */
  negative: RegExp;
  /** Sticky, after the unit: "tiefer", "lower". */
  negativeAfter: RegExp;
}

function compile(vocabulary: PercentVocabulary): PercentPatterns {
  const words = alternation(Object.keys(vocabulary.units), true);
  const symbols = alternation(Object.keys(SYMBOL_UNITS));
  const units = { ...SYMBOL_UNITS, ...vocabulary.units };
  return {
    cue: new RegExp(String.raw`${symbols}|(?:${words})${WORD_END}`, 'u'),
    unit: new RegExp(String.raw`(?:\s{0,2}|\s?-\s?)(?:(?<symbol>${symbols})|(?<word>${words})${WORD_END})`, 'uy'),
    points: new Map(Object.entries(units).map(([unit, points]) => [lookupKey(unit), points])),
    negative: new RegExp(String.raw`(?:${alternation(vocabulary.negativeCues)})${WORD_END}(?!\s{1,2}from\s)`, 'gu'),
    negativeAfter: new RegExp(String.raw`\s{1,2}(?:${alternation(vocabulary.negativeAfter)})${WORD_END}`, 'uy'),
  };
}

export const PERCENT_PATTERNS: Readonly<Record<Lang, PercentPatterns>> = { de: compile(dePercent), en: compile(enPercent) };
