// Span recognition: numbers followed by a percent unit ("3,2 Prozent", "-1,01 %", "12%",
// "50-Prozent-Räumungsverkäufe" → "50-Prozent", "drei Prozent"), plus the first number of a range
// whose unit is written once ("3 bis 4 Prozent", "5-6%", "von 2,5 auf 3 Prozent").
import type { Lang } from '../../types';
import { scanNumbers, type NumberToken } from '../../text/numbers';
import { lookupKey } from '../../text/patterns';
import { connection } from '../../text/ranges';
import { PERCENT_PATTERNS } from './patterns';

export interface PercentSpan {
  start: number;
  end: number;
  /** The number as written, absolute. */
  value: number;
  /** Written with a minus sign. */
  negative: boolean;
  points: boolean;
}

/** `taken` says whether a stretch of the block already belongs to another fact (money). */
export function recognisePercents(text: string, lang: Lang, taken: (start: number, end: number) => boolean): PercentSpan[] {
  const patterns = PERCENT_PATTERNS[lang];
  const tokens = scanNumbers(text, lang);
  const spans: PercentSpan[] = [];
  let previous: NumberToken | undefined;
  for (const token of tokens) {
    patterns.unit.lastIndex = token.end;
    const match = patterns.unit.exec(text);
    const unit = match?.groups?.symbol ?? match?.groups?.word;
    if (match && unit !== undefined && !taken(token.start, token.end)) {
      const span = { start: token.start, end: token.end + match[0].length, value: token.value, negative: token.negative, points: patterns.points.get(lookupKey(unit)) ?? false };
      if (previous && !taken(previous.start, previous.end) && spans.at(-1)?.end !== previous.end &&
        connection(text, previous.start, previous.end, token.start, lang) !== undefined) {
        spans.push({ start: previous.start, end: previous.end, value: previous.value, negative: previous.negative, points: span.points });
      }
      spans.push(span);
    }
    previous = token;
  }
  return spans;
}
