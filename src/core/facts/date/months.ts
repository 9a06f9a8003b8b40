// Month names and abbreviations (German and English) and the cheap anchor search that decides
// where chrono runs at all: a calendar date always names a month or is written all in digits.

const MONTH_WORDS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

const byLength = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length);

/** All month words, longest first, for case-insensitive patterns. */
export const MONTH_SOURCE = `(?:${byLength.join('|')})`;

export function monthNumber(word: string): number | undefined {
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')];
}

/**
 * Where a date may be: a capitalised month word (both languages capitalise months; lower-case
 * "may" is the verb), or a numeric day.month.year / month/day/year or ISO yyyy-mm-dd. Plain
 * numbers ("16.000", "21.732", "1,01", "10.15") match neither. ASCII `\b` is enough before these:
 * all start with an ASCII capital or a digit. Two patterns, not one alternation: the month words'
 * literal prefixes let the regex engine skip ahead, which an alternation with `\d` would defeat.
 */
export const MONTH_ANCHOR = new RegExp(
  `\\b(?:${byLength.map(word => word[0]!.toUpperCase() + word.slice(1)).join('|')})\\.?(?![\\wäöüß])`,
  'g',
);
export const NUMERIC_ANCHOR = /\b\d{1,2}([./])\d{1,2}\1\d{2}(?:\d{2})?(?!\d)|\b\d{4}-\d{2}-\d{2}(?!\d)/g;

const NAMES_MONTH = new RegExp(`${MONTH_ANCHOR.source}|${NUMERIC_ANCHOR.source}`);

/** Does a matched text name its month explicitly (not "heute", "Friday", "in two weeks")? */
export function namesMonth(text: string): boolean {
  return NAMES_MONTH.test(text);
}

const NUMBER_BEFORE = /\d\.?\s{0,2}$/;
const NUMBER_AFTER = /^\.?,?\s{0,2}\d/;
/** How far from a month word its number may stand. */
const BESIDE = 4;

/** A month word can only be part of a date with a number right beside it: "5. März", "March 2026". */
export function hasNumberBeside(text: string, start: number, end: number): boolean {
  return NUMBER_BEFORE.test(text.slice(Math.max(0, start - BESIDE), start)) || NUMBER_AFTER.test(text.slice(end, end + BESIDE));
}

/** How far before a text's first digit a month anchor may start: the longest month word with its dot, then its number. */
export const MONTH_BEFORE_DIGIT = (byLength[0]?.length ?? 0) + 1 + BESIDE;
