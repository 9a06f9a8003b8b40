// Span recognition: every number of a block with the money words around it (currency sign/code
// before, scale and currency after, approximation word). Bare numbers are kept too: the linker
// may give them a currency from a neighbouring amount ("300 bis 320 Euro").
import type { Lang } from '../../types';
import { scanNumbers } from '../../text/numbers';
import { approxStart } from '../../text/ranges';
import { lookupKey } from '../../text/patterns';
import { ATTACHED_MAGNITUDES, ATTACHED_MINOR, CURRENCY_SIGNS, SHORT_MAGNITUDES } from './currencies';
import { MONEY_PATTERNS, PREFIX_WINDOW, codeUnit, type MoneyPatterns, type MoneyUnit } from './patterns';

export interface AmountSpan {
  /** Start of the amount text: the currency sign/code before the number, else the number. */
  start: number;
  end: number;
  numberStart: number;
  /** The number as written, before scale and unit. */
  value: number;
  /** Spelled out ("zwei Milliarden"). */
  word: boolean;
  scale?: number;
  /** The scale is a glued letter ("5m"): money only with a currency. */
  scaleLetter: boolean;
  /** ISO code, where stated. A minor unit without its own currency leaves it open ("50 Cent"). */
  currency?: string;
  /** In hundredths (cents, pence, Rappen, GBp). */
  minor: boolean;
  approx: boolean;
  /** Start of the approximation word, where there is one. */
  approxStart: number;
  /** "20 Euro-Länder": a currency word that is only the first part of a compound noun. */
  compound: boolean;
}

/** Whether the span states a currency of its own (sign, code, word or minor unit). */
export function hasCurrency(span: AmountSpan): boolean {
  return span.currency !== undefined || span.minor;
}

export function recogniseAmounts(text: string, lang: Lang): AmountSpan[] {
  const patterns = MONEY_PATTERNS[lang];
  const spans: AmountSpan[] = [];
  for (const token of scanNumbers(text, lang)) {
    const span: AmountSpan = {
      start: token.numberStart, end: token.end, numberStart: token.numberStart, value: token.value, word: token.word,
      scaleLetter: false, minor: false, approx: false, approxStart: token.numberStart, compound: false,
    };
    if (!token.word) readPrefix(text, span, patterns);
    readTail(text, span, patterns);
    const approx = approxStart(text, span.start, lang);
    if (approx !== undefined) Object.assign(span, { approx: true, approxStart: approx });
    spans.push(span);
  }
  return spans;
}

/** Last characters of every currency sign and code: a cheap test before the prefix regex runs. */
const PREFIX_ENDS = /[$€£¥₹₩₽A-Zp]/;

function readPrefix(text: string, span: AmountSpan, patterns: MoneyPatterns): void {
  const last = text[span.numberStart - 1] === ' ' || text[span.numberStart - 1] === '\u00a0' ? text[span.numberStart - 2] : text[span.numberStart - 1];
  if (last === undefined || !PREFIX_ENDS.test(last)) return;
  const before = text.slice(Math.max(0, span.numberStart - PREFIX_WINDOW), span.numberStart);
  const match = patterns.prefix.exec(before);
  if (!match) return;
  const { sign, code } = match.groups ?? {};
  const unit = sign !== undefined ? { currency: CURRENCY_SIGNS[sign], minor: false } : code !== undefined ? codeUnit(code) : undefined;
  if (unit?.currency === undefined) return;
  span.currency = unit.currency;
  span.minor = unit.minor;
  span.start = span.numberStart - (before.length - match.index);
}

function readTail(text: string, span: AmountSpan, patterns: MoneyPatterns): void {
  patterns.tail.lastIndex = span.end;
  const match = patterns.tail.exec(text);
  if (!match || match[0].length === 0) return;
  const { scale, attached, unit: unitText = '', sep, word, sign, minor } = match.groups ?? {};
  if (scale !== undefined) span.scale = scaleValue(scale, patterns);
  if (attached !== undefined) {
    span.scale = ATTACHED_MAGNITUDES[attached];
    span.scaleLetter = true;
  }
  const end = span.end + match[0].length;
  const unit = word !== undefined ? unitOf(word, patterns) : sign !== undefined ? { currency: CURRENCY_SIGNS[sign], minor: false } : undefined;
  if (span.currency === undefined && unit) {
    span.currency = unit.currency;
    span.minor = unit.minor;
    // "20 Euro-Länder": the currency word is only the first part of a compound noun.
    span.compound = word !== undefined && sep !== '-' && span.scale === undefined && /^-\p{L}/u.test(text.slice(end, end + 2));
  } else if (span.currency === undefined && minor !== undefined && span.scale === undefined) {
    span.currency = ATTACHED_MINOR[minor] ?? undefined;
    span.minor = true;
  } else {
    // No currency here, or a second one after a sign/code ("$5 EUR" does not happen): it belongs to what follows.
    span.end = end - unitText.length;
    return;
  }
  span.end = end;
}

function scaleValue(written: string, patterns: MoneyPatterns): number | undefined {
  return SHORT_MAGNITUDES[written] ?? patterns.scales.get(lookupKey(written));
}

function unitOf(written: string, patterns: MoneyPatterns): MoneyUnit | undefined {
  return codeUnit(written) ?? patterns.units.get(lookupKey(written));
}
