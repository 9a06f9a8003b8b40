// Locale-aware number scanning and parsing shared by every fact kind: "1.234,56" (de),
// "1,234.56" (en), "1 234,56" (thin/no-break spaces), "3,5", ".5", signs, spelled-out words.
import type { Lang } from '../types';
import { SPELLED_NUMBER_FOLLOWERS, numberWordValue } from './number-words';
import { alternation, wordStartsBefore } from './patterns';

/** Separators that may sit between digit groups: ASCII and typographic apostrophes, NBSP, thin spaces. */
const GROUPING_ONLY = "'’\u00a0\u2009\u202f";
/**
 * A digit run with inner separators. Each repetition needs a separator, so the pattern stays
 * linear on any run of digits and separators; parseLocaleNumber validates the shape.
 */
const NUMBER_BODY = String.raw`(?:\d|[.,](?=\d))\d*(?:[.,${GROUPING_ONLY}]\d+)*`;
const SIGN = String.raw`[-−–+](?=[.,]?\d)`;

export interface NumberToken {
  /** Start of the token, including a sign. */
  start: number;
  /** Start of the digits or of the number word. */
  numberStart: number;
  end: number;
  /** Absolute value. */
  value: number;
  /** Written with a minus sign ("-1,01 %", "−1,2 %"). */
  negative: boolean;
  /** Spelled out ("drei"). */
  word: boolean;
}

/**
 * Latin letters and digits, spelled out: irregexp skips ahead much faster without the `u` flag and
 * `\p{…}` classes (about 5× here), and stock news is written in Latin script.
 */
const WORD_CHAR = String.raw`\wÀ-ÖØ-öø-ɏ`;
/** Digits with an optional sign, not inside a word or another number; sticky, tried where a number may start. */
const NUMBER_AT = new RegExp(String.raw`(?<![${WORD_CHAR}.,])(?<sign>${SIGN})?(?<num>${NUMBER_BODY})`, 'y');
const DIGIT = /\d/g;
/** What a number may start with before its first digit: a sign, then a decimal mark. */
const NUMBER_LEADS = '-−–+.,';

const FOLLOWERS: Readonly<Record<Lang, RegExp>> = { de: followerScanner('de'), en: followerScanner('en') };

/**
 * Spelled-out numbers are found from the word after them ("Prozent", "Milliarden"): that scan is
 * about three times faster than one over all number words, which include the very common "ein".
 */
function followerScanner(lang: Lang): RegExp {
  return new RegExp(String.raw`[\s-](?:${alternation(SPELLED_NUMBER_FOLLOWERS[lang])})`, 'gi');
}

let cachedText: string | undefined;
let cachedLang: Lang | undefined;
let cachedTokens: readonly NumberToken[] = [];

/**
 * Every number in `text`, in order. Shapes that are no number in `lang` (dates like "23.10.2024",
 * versions like "1.2.3") are skipped. The last result is cached: money and percent scan the same block.
 */
export function scanNumbers(text: string, lang: Lang): readonly NumberToken[] {
  if (text === cachedText && lang === cachedLang) return cachedTokens;
  const tokens = mergeByStart(digitTokens(text, lang), wordTokens(text, lang));
  cachedText = text;
  cachedLang = lang;
  cachedTokens = tokens;
  return tokens;
}

/**
 * Same matches as one global scan of NUMBER_AT, found from the digits: a number's first digit is at
 * most two characters after its start ("-.5"), and skipping to digits is much faster than trying
 * the look-behind at every position.
 */
function digitTokens(text: string, lang: Lang): NumberToken[] {
  const tokens: NumberToken[] = [];
  /** Every position before this one is tried or inside a number. */
  let tried = 0;
  DIGIT.lastIndex = 0;
  for (let digit = DIGIT.exec(text); digit; digit = DIGIT.exec(text)) {
    const match = numberFrom(text, Math.max(tried, digit.index - 2), digit.index);
    if (!match) {
      tried = digit.index + 1;
      continue;
    }
    tried = match.index + match[0].length;
    DIGIT.lastIndex = tried;
    const { sign, num = '' } = match.groups ?? {};
    const value = parseLocaleNumber(num, lang);
    if (value === undefined) continue;
    const numberStart = match.index + (sign?.length ?? 0);
    tokens.push({ start: match.index, numberStart, end: numberStart + num.length, value, negative: sign !== undefined && sign !== '+', word: false });
  }
  return tokens;
}

/** The first number starting in [from, digit], `digit` being the first digit at or after `from`. */
function numberFrom(text: string, from: number, digit: number): RegExpExecArray | undefined {
  for (let start = from; start <= digit; start++) {
    if (start < digit && !NUMBER_LEADS.includes(text[start] ?? '')) continue;
    NUMBER_AT.lastIndex = start;
    const match = NUMBER_AT.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** The number word (or two-word phrase: "half a") that ends right before a follower word. */
function wordTokens(text: string, lang: Lang): NumberToken[] {
  const tokens: NumberToken[] = [];
  const scanner = FOLLOWERS[lang];
  scanner.lastIndex = 0;
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    const end = match.index + 1;
    const starts = wordStartsBefore(text, end, 2);
    for (let index = starts.length - 1; index >= 0; index--) {
      const start = starts[index] ?? 0;
      const word = text.slice(start, trimmedEnd(text, start, end));
      const value = numberWordValue(word, lang);
      if (value === undefined) continue;
      if (start !== tokens.at(-1)?.start) tokens.push({ start, numberStart: start, end: start + word.length, value, negative: false, word: true });
      break;
    }
  }
  return tokens;
}

const SPACE = /\s/;

/** `end` moved back over white space and hyphens, not before `start`: "drei " → "drei". */
function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && (text[trimmed - 1] === '-' || SPACE.test(text[trimmed - 1] ?? ''))) trimmed--;
  return trimmed;
}

function mergeByStart(first: NumberToken[], second: NumberToken[]): NumberToken[] {
  if (second.length === 0) return first;
  const merged: NumberToken[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || a.start <= b.start)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

/**
 * Parses one written number. With both "." and "," the later one is the decimal mark; a lone
 * separator is the decimal mark of `lang`, or grouping when it is the other locale's decimal mark
 * followed by exactly three digits ("1.234" is 1234 in German, "1,234" is 1234 in English).
 * Returns undefined for anything that is not a well-formed number.
 */
export function parseLocaleNumber(text: string, lang: Lang): number | undefined {
  if (allDigits(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  }
  let body = text.trim();
  let sign = 1;
  const first = body[0];
  if (first === '-' || first === '−' || first === '–' || first === '+') {
    if (first !== '+') sign = -1;
    body = body.slice(1);
  }
  if (!/^(?:\d|[.,](?=\d))[\d.,'’ \u00a0\u2009\u202f]*$/.test(body) || !/\d$/.test(body)) return undefined;
  const decimal = decimalMark(body, lang);
  const point = decimal === undefined ? -1 : body.lastIndexOf(decimal);
  const integer = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1);
  if (!/^\d*$/.test(fraction)) return undefined;
  const groups = integer === '' ? [''] : integer.split(/[.,'’ \u00a0\u2009\u202f]/);
  if (groups.length > 1 && !groups.every((group, index) => (index === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group))) {
    return undefined;
  }
  const value = Number(`${groups.join('') || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? sign * value : undefined;
}

/** Plain digits ("2024"), the most common number: no separators to read. */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function decimalMark(body: string, lang: Lang): '.' | ',' | undefined {
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : undefined;
  if (mark === undefined) return undefined;
  if (body.indexOf(mark) !== body.lastIndexOf(mark)) return undefined;
  const localeDecimal = lang === 'de' ? ',' : '.';
  if (mark === localeDecimal) return mark;
  const before = body.slice(0, body.indexOf(mark)).replace(/[^\d]/g, '');
  const after = body.slice(body.indexOf(mark) + 1);
  const grouping = after.length === 3 && before.length >= 1 && before.length <= 3 && before[0] !== '0';
  return grouping ? undefined : mark;
}
