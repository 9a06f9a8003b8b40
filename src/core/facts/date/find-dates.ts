// Calendar dates in one block: chrono runs only on short windows around month names and numeric
// dates (the anchors), which keeps the cost proportional to the dates, not to the text.
import type { Lang } from '../../types';
import { chronoFor } from './chrono';
import { hasNumberBeside, MONTH_ANCHOR, MONTH_BEFORE_DIGIT, NUMERIC_ANCHOR } from './months';
import { resolveDate, type FoundDate, type Parsed } from './resolve';

/** Enough context for "vom 3. bis 5. März" before and "Nov. 3, 2025" / "18-20, 2022" after an anchor. */
const CONTEXT = 24;
/** A window edge moves at most this far to reach white space, so no number is cut in half. */
const SNAP = 12;
/** Neighbouring windows merge up to this length; longer runs of dates are cut into overlapping windows. */
const MAX_WINDOW = 160;
const SPACE = /\s/;
const DIGIT = /\d/;

type Span = [start: number, end: number];

/** `published`: the ISO publication date a day without a year resolves against. */
export function findDates(text: string, lang: Lang, published: string | undefined): FoundDate[] {
  // Every anchor holds a digit or stands beside one: half of all blocks have none.
  const firstDigit = text.search(DIGIT);
  if (firstDigit < 0) return [];
  const anchors = anchorsIn(text, firstDigit);
  if (anchors.length === 0) return [];
  const reference = referenceDate(published);
  const chrono = chronoFor[lang];
  const found: FoundDate[] = [];
  for (const [from, to] of windowsAround(text, anchors)) {
    for (const result of chrono.parse(text.slice(from, to), reference)) {
      const date = resolveDate(result, reference !== undefined, span => wholeReading(chrono.parse(span, reference), span));
      if (date) found.push({ ...date, start: date.start + from, end: date.end + from });
    }
  }
  return withoutOverlaps(found);
}

/** The reading of all of `span`, if chrono has one. */
function wholeReading(results: readonly Parsed[], span: string): Parsed | undefined {
  return results.find(result => result.index === 0 && result.text === span);
}

/** Month words with a number beside them, and numeric dates, in text order; none well before the first digit. */
function anchorsIn(text: string, firstDigit: number): Span[] {
  const anchors: Span[] = [];
  // exec loops, not matchAll: matchAll clones the regex on every call, which shows on 10 MB.
  MONTH_ANCHOR.lastIndex = Math.max(0, firstDigit - MONTH_BEFORE_DIGIT);
  for (let match = MONTH_ANCHOR.exec(text); match; match = MONTH_ANCHOR.exec(text)) {
    const end = match.index + match[0].length;
    if (hasNumberBeside(text, match.index, end)) anchors.push([match.index, end]);
  }
  NUMERIC_ANCHOR.lastIndex = firstDigit;
  for (let match = NUMERIC_ANCHOR.exec(text); match; match = NUMERIC_ANCHOR.exec(text)) {
    anchors.push([match.index, match.index + match[0].length]);
  }
  return anchors.sort(byStart);
}

/**
 * [from, to) windows around the anchors, edges moved out to white space; close ones merge, so one
 * chrono call covers "vom 3. bis 5. März". Overlapping windows may find a date twice: withoutOverlaps.
 */
function windowsAround(text: string, anchors: readonly Span[]): Span[] {
  const windows: Span[] = [];
  for (const [start, end] of anchors) {
    const from = snapBack(text, Math.max(0, start - CONTEXT));
    const to = snapForward(text, Math.min(text.length, end + CONTEXT));
    const last = windows[windows.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function snapBack(text: string, at: number): number {
  for (let i = at; i > 0 && i > at - SNAP; i--) if (SPACE.test(text[i - 1] ?? '')) return i;
  return at;
}

function snapForward(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + SNAP; i++) if (SPACE.test(text[i] ?? '')) return i;
  return at;
}

/** Chrono runs without its refiners, so parsers may overlap: the longest reading wins. */
function withoutOverlaps(dates: FoundDate[]): FoundDate[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of sorted) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) {
      if (date.end - date.start > last.end - last.start) kept[kept.length - 1] = date;
    } else kept.push(date);
  }
  return kept;
}

function referenceDate(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function byStart(a: Span, b: Span): number {
  return a[0] - b[0];
}
