// Calendar dates in one block: chrono runs only on short windows around month names and numeric
// dates (the anchors), which keeps the cost proportional to the dates, not to the text.
import type { Lang } from '../../types';
import { chronoFor } from './chrono';
import { hasNumberBeside, MONTH_ANCHOR, NUMERIC_ANCHOR } from './months';
import { resolveDate, type FoundDate, type Parsed } from './resolve';

/** Enough context for "vom 3. bis 5. März" before and "Nov. 3, 2025" / "18-20, 2022" after an anchor. */
const CONTEXT = 24;
/** A window edge moves at most this far to reach white space, so no number is cut in half. */
const SNAP = 12;

export function findDates(text: string, lang: Lang, reference: Date | undefined): FoundDate[] {
  const chrono = chronoFor[lang];
  const parse = (span: string): Parsed[] => chrono.parse(span, reference);
  const reparse = (span: string): Parsed | undefined => parse(span).find(result => result.index === 0 && result.text === span);
  const found: FoundDate[] = [];
  for (const [from, to] of windowsAround(text)) {
    for (const result of parse(text.slice(from, to))) {
      const date = resolveDate(result, reference !== undefined, reparse);
      if (date) found.push({ ...date, start: date.start + from, end: date.end + from });
    }
  }
  return withoutOverlaps(found);
}

/** Merged [from, to) windows around every anchor, edges moved out to white space. */
function windowsAround(text: string): Array<[number, number]> {
  const anchors: Array<[number, number]> = [];
  for (const match of text.matchAll(MONTH_ANCHOR)) {
    const end = match.index + match[0].length;
    if (hasNumberBeside(text, match.index, end)) anchors.push([match.index, end]);
  }
  for (const match of text.matchAll(NUMERIC_ANCHOR)) anchors.push([match.index, match.index + match[0].length]);
  anchors.sort((a, b) => a[0] - b[0]);
  const windows: Array<[number, number]> = [];
  for (const [start, end] of anchors) {
    const from = snapBack(text, Math.max(0, start - CONTEXT));
    const to = snapForward(text, Math.min(text.length, end + CONTEXT));
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function snapBack(text: string, at: number): number {
  for (let i = at; i > 0 && i > at - SNAP; i--) if (/\s/.test(text[i - 1] ?? '')) return i;
  return at;
}

function snapForward(text: string, at: number): number {
  for (let i = at; i < text.length && i < at + SNAP; i++) if (/\s/.test(text[i] ?? '')) return i;
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
