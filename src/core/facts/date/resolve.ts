// One chrono result → a calendar date as precise as the text says it, or nothing: day+month
// (year from the text or the publication date), month+year, full dates. Years alone, bare
// weekdays, times and relative spans never name a month and are dropped.
import type { ParsedResult } from 'chrono-node/en';
import { namesMonth } from './months';

export interface FoundDate {
  /** Offsets into the text chrono parsed. */
  start: number;
  end: number;
  /** ISO 8601: "2026-02-05" or "2025-11". */
  date: string;
}

type ParsedComponents = ParsedResult['start'];

/** What resolving needs of a chrono result (chrono's ParsedResult fits). */
export interface Parsed {
  index: number;
  text: string;
  start: ParsedComponents;
}

/** Chrono's reading of exactly this whole span (same language and reference), if it has one. */
export type Reparse = (text: string) => Parsed | undefined;

/** Words chrono keeps in front of a date that are not part of it: "am 5. Februar", "on Feb. 5". */
const LEADING_WORDS = /^(?:(?:am|den|vom|zum|ab|seit|on|from|since)\s+)+/i;
/** "5. März, 15 Uhr": chrono reads a trailing 1–3 digit number after a month name as the year. */
const SHORT_YEAR = /[\s,./-]+\d{1,3}$/;
const FOUR_DIGITS = /\d{4}/;
const NUMERIC_DATE = /^\d[\d./-]*$/;

export function resolveDate(result: Parsed, hasReference: boolean, reparse: Reparse): FoundDate | undefined {
  const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead);
  if (!namesMonth(text)) return undefined;
  const start = result.index + lead;
  const { start: components } = result;
  if (components.isCertain('year') && !FOUR_DIGITS.test(text) && !NUMERIC_DATE.test(text)) {
    const shorter = text.replace(SHORT_YEAR, '');
    const again = shorter === text ? undefined : reparse(shorter);
    if (!again || again.start.isCertain('year')) return undefined;
    return resolveDate(offsetBy(again, start), hasReference, reparse);
  }
  const date = isoDate(components, hasReference);
  return date ? { start, end: start + text.length, date } : undefined;
}

function isoDate(components: ParsedComponents, hasReference: boolean): string | undefined {
  const year = components.get('year');
  const month = components.get('month');
  if (year === null || month === null || !components.isCertain('month')) return undefined;
  const yearKnown = components.isCertain('year') || hasReference;
  const yearMonth = `${String(year).padStart(4, '0')}-${pad(month)}`;
  if (components.isCertain('day')) {
    const day = components.get('day');
    if (!yearKnown || day === null || day < 1 || day > daysInMonth(year, month)) return undefined;
    return `${yearMonth}-${pad(day)}`;
  }
  return components.isCertain('year') ? yearMonth : undefined;
}

function offsetBy(result: Parsed, offset: number): Parsed {
  return { index: result.index + offset, text: result.text, start: result.start };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
