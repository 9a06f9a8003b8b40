// Locale-aware number scanning and parsing shared by every fact kind: "1.234,56" (de),
// "1,234.56" (en), "1 234,56" (thin/no-break spaces), "3,5", ".5", signs, spelled-out words.
import type { Lang } from '../types';
import { SPELLED_NUMBER_FOLLOWERS, numberWordValue } from './number-words';
import { alternation, wordStartsBefore } from './patterns';

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

const DIGIT = /\d/g;

const FOLLOWERS: Readonly<Record<Lang, RegExp>> = { de: followerScanner('de'), en: followerScanner('en') };

/**
 * Spelled-out numbers are found from the word after them ("Prozent", "Milliarden"): that scan is
 * about three times faster than one over all number words, which include the very common "ein".
 */
function followerScanner(lang: Lang): RegExp {
  return new RegExp(String.raw`[\s-](?:${alternation(SPELLED_NUMBER_FOLLOWERS[lang])})`, 'gi');
}

/**
 * Every number in `text`, in order. Shapes that are no number in `lang` (dates like "23.10.2024",
 * versions like "1.2.3") are skipped.
 */
export function scanNumbers(text: string, lang: Lang): readonly NumberToken[] {
  return mergeByStart(digitTokens(text, lang), wordTokens(text, lang));
}

/**
 * The numbers written with digits: an optional sign, then digits or a decimal mark before a digit,
 * then more digits and groups after inner separators ("-1.234,5", ".5", "1 234"), not inside a word
 * or another number. Read by char codes from each digit the regex /\d/ finds: a sticky regex with a
 * look-behind and named groups, tried up to three times per digit, cost most of the scan.
 */
function digitTokens(text: string, lang: Lang): NumberToken[] {
  const tokens: NumberToken[] = [];
  /** Every position before this one is tried or inside a number. */
  let tried = 0;
  DIGIT.lastIndex = 0;
  // test(), not exec(): only the position is needed, and exec() builds a match array per digit.
  while (DIGIT.test(text)) {
    const digit = DIGIT.lastIndex - 1;
    const start = numberStart(text, Math.max(tried, digit - 2), digit);
    if (start < 0) {
      tried = digit + 1;
      continue;
    }
    // Only a sign stands where a number starts before its digits and is not a decimal mark.
    const signed = isSign(text.charCodeAt(start));
    const bodyStart = signed ? start + 1 : start;
    const end = numberEnd(text, bodyStart);
    tried = end;
    DIGIT.lastIndex = end;
    const value = parseLocaleNumber(text.slice(bodyStart, end), lang);
    if (value === undefined) continue;
    tokens.push({ start, numberStart: bodyStart, end, value, negative: signed && text[start] !== '+', word: false });
  }
  return tokens;
}

/**
 * Where the first number starting in [from, digit] starts, -1 if none; `digit` is the first digit
 * at or after `from`. Two characters before it only a sign and a mark ("-.5"), one before it a sign
 * or a mark.
 */
function numberStart(text: string, from: number, digit: number): number {
  for (let start = from; start <= digit; start++) {
    if (!standsAlone(text, start)) continue;
    const code = text.charCodeAt(start);
    if (start === digit - 2 && isSign(code) && isMark(text.charCodeAt(start + 1))) return start;
    if (start === digit - 1 && (isSign(code) || isMark(code))) return start;
    if (start === digit) return start;
  }
  return -1;
}

/** End of the number whose digits (or leading decimal mark) start at `start`. */
function numberEnd(text: string, start: number): number {
  let end = digitsEnd(text, start + 1);
  while (isSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) end = digitsEnd(text, end + 1);
  return end;
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Not glued to a word (Latin letters, digits, "_") or to another number's mark: "A320", "1.2.3". */
function standsAlone(text: string, start: number): boolean {
  if (start === 0) return true;
  const code = text.charCodeAt(start - 1);
  return !(isDigit(code) || isMark(code) || code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A decimal mark: "." or ",". */
function isMark(code: number): boolean {
  return code === 46 || code === 44;
}

/** "-", "−", "–" or "+". */
function isSign(code: number): boolean {
  return code === 45 || code === 0x2212 || code === 0x2013 || code === 43;
}

/** Between digit groups: a decimal mark, ASCII and typographic apostrophes, NBSP, thin spaces. */
function isSeparator(code: number): boolean {
  return isMark(code) || code === 39 || code === 0x2019 || code === 0xa0 || code === 0x2009 || code === 0x202f;
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
  if (allDigits(text)) return finite(Number(text));
  const mark = onlyMark(text);
  if (mark > 0) return oneMarkValue(text, mark, lang);
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

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Where the one decimal mark of "3,5" or "1.234" stands (digits on both sides, nothing else), -1
 * for any other shape: after plain digits the most common number, read without the regexes below.
 */
function onlyMark(text: string): number {
  let mark = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isDigit(code)) continue;
    if (mark >= 0 || !isMark(code) || index === 0 || index === text.length - 1) return -1;
    mark = index;
  }
  return mark;
}

/** "3,5" or "1.234", the mark at `mark`: a decimal mark unless it groups thousands. */
function oneMarkValue(text: string, mark: number, lang: Lang): number | undefined {
  const integer = text.slice(0, mark);
  const fraction = text.slice(mark + 1);
  return finite(Number(groupsThousands(text[mark], integer, fraction, lang) ? integer + fraction : `${integer}.${fraction}`));
}

const DECIMAL_MARK: Readonly<Record<Lang, string>> = { de: ',', en: '.' };

/**
 * A lone mark groups thousands where it is the other locale's decimal mark with exactly three
 * digits after it and one to three before ("1.234" is 1234 in German, "0.123" is not).
 */
function groupsThousands(mark: string | undefined, digitsBefore: string, after: string, lang: Lang): boolean {
  return mark !== DECIMAL_MARK[lang] && after.length === 3 && digitsBefore.length >= 1 && digitsBefore.length <= 3 && digitsBefore[0] !== '0';
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
  const before = body.slice(0, body.indexOf(mark)).replace(/[^\d]/g, '');
  const after = body.slice(body.indexOf(mark) + 1);
  return groupsThousands(mark, before, after, lang) ? undefined : mark;
}
