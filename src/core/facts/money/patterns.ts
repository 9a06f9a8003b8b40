// The money grammar, compiled once per language at module load from the vocabularies: what may
// stand before a number (currency sign or code) and after it (scale word, currency word/code/sign,
// minor unit). Range and approximation words are shared with percent (text/ranges.ts).
import type { Lang } from '../../types';
import { WORD_END, WORD_START, alternation, innermost, lookupKey, phraseTree } from '../../text/patterns';
import {
  ATTACHED_MAGNITUDES, ATTACHED_MINOR, CODE_ALIASES, CURRENCY_CODES, CURRENCY_SIGNS, MINOR_CODES, SHORT_MAGNITUDES,
} from './currencies';
import { deMoney } from './locales/de';
import { enMoney } from './locales/en';
import type { MoneyVocabulary } from './locales/types';

/** What a currency word or code after a number stands for. */
export interface MoneyUnit {
  /** Undefined for "Cent"/"cents": the currency comes from the context. */
  currency?: string;
  /** In hundredths. */
  minor: boolean;
}

export interface MoneyPatterns {
  vocabulary: MoneyVocabulary;
  /**
   * Global: anything that can give an amount its currency (sign, code, "9c", currency or minor-unit
   * word), wherever it stands: without one, a block holds no money (headings aside: see linkAmounts).
   * Separate patterns, cheapest first: one alternation of all of them scans slower than the four.
   */
  cues: readonly RegExp[];
  /**
   * A digit or any scale word: without a digit, only a spelled-out number with a scale word is an
   * amount ("zwei Milliarden Dollar"). One pattern, not two: blocks without digits are scanned once.
   */
  numberCue: RegExp;
  /** Scale words and short forms by lookupKey ("mrd." → 1e9). */
  scales: ReadonlyMap<string, number>;
  /** Currency and minor-unit words by lookupKey ("us-dollar" → USD). */
  units: ReadonlyMap<string, MoneyUnit>;
  /** On the PREFIX_WINDOW characters just before a number: a currency sign or code right before it. */
  prefix: RegExp;
  /** Sticky, at the end of a number: scale and currency after it (a sign before another number is that number's). */
  tail: RegExp;
  /** Sticky, after an amount in a minor unit: "59,3 Cents je Euro" is a quote, not a sum. */
  perCurrency: RegExp;
}

/** How far before a number a currency sign or code may start: "U.S.$" and two spaces. */
export const PREFIX_WINDOW = 8;

const SPACE = String.raw`\s{0,2}`;
const SEP = String.raw`(?:\s{0,2}|-)`;
const SEP_GROUP = String.raw`(?<sep>\s{0,2}|-)`;

function compile(vocabulary: MoneyVocabulary): MoneyPatterns {
  const signs = alternation(Object.keys(CURRENCY_SIGNS));
  const codes = alternation([...CURRENCY_CODES, ...Object.keys(MINOR_CODES)]);
  const scaleWords = alternation([...Object.keys(vocabulary.magnitudes), ...Object.keys(SHORT_MAGNITUDES)], true);
  const attachedScale = alternation(Object.keys(ATTACHED_MAGNITUDES));
  const currencyWords = alternation([...Object.keys(vocabulary.currencyWords), ...Object.keys(vocabulary.minorUnits)], true);
  const attachedMinor = alternation(Object.keys(ATTACHED_MINOR));
  const allCurrencyWords = alternation(Object.keys(vocabulary.currencyWords), true);

  const cues = [
    alternation(innermost(Object.keys(CURRENCY_SIGNS))),
    phraseTree([...CURRENCY_CODES, ...Object.keys(MINOR_CODES)]),
    String.raw`\d(?:${attachedMinor})${WORD_END}`,
    phraseTree(innermost([...Object.keys(vocabulary.currencyWords), ...Object.keys(vocabulary.minorUnits)]), true),
  ];

  return {
    vocabulary,
    cues: cues.map(source => new RegExp(source, 'gu')),
    numberCue: new RegExp(String.raw`\d|${phraseTree(innermost([...Object.keys(vocabulary.magnitudes), ...Object.keys(SHORT_MAGNITUDES)]), true)}`, 'u'),
    scales: keyed({ ...vocabulary.magnitudes, ...SHORT_MAGNITUDES }),
    units: keyed({
      ...Object.fromEntries(Object.entries(vocabulary.currencyWords).map(([word, currency]) => [word, { currency, minor: false }])),
      ...Object.fromEntries(Object.entries(vocabulary.minorUnits).map(([word, currency]) => [word, currency === null ? { minor: true } : { currency, minor: true }])),
    }),
    prefix: new RegExp(String.raw`(?:(?<sign>${signs})|${WORD_START}(?<code>${codes}))${SPACE}$`, 'u'),
    tail: new RegExp(
      String.raw`(?:${SEP}(?<scale>${scaleWords})(?![\p{L}])|(?<attached>${attachedScale})${WORD_END})?` +
        String.raw`(?<unit>${SEP_GROUP}(?<word>${currencyWords}|(?:${codes})(?!\s?[.,]?\d))${WORD_END}|${SPACE}(?<sign>€|\$|£|¥)(?!\s?[.,]?\d)|(?<minor>${attachedMinor})${WORD_END})?`,
      'uy',
    ),
    perCurrency: new RegExp(String.raw`\s{1,2}(?:${alternation(vocabulary.perWords)})\s{1,2}(?:${allCurrencyWords}|${codes}|€|\$|£)${WORD_END}`, 'uy'),
  };
}

function keyed<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table).map(([written, value]) => [lookupKey(written), value]));
}

/** A currency code as written ("EUR", "GBp", "RMB") → ISO code and whether it counts hundredths. */
export function codeUnit(code: string): MoneyUnit | undefined {
  const minor = MINOR_CODES[code];
  if (minor !== undefined) return { currency: minor, minor: true };
  if (!CURRENCY_CODES.includes(code)) return undefined;
  return { currency: CODE_ALIASES[code] ?? code, minor: false };
}

export const MONEY_PATTERNS: Readonly<Record<Lang, MoneyPatterns>> = { de: compile(deMoney), en: compile(enMoney) };
