// Sentence spans of a block, so a rating's firm, scale word and target come from one sentence.
// Abbreviations ("J.P.", "Inc.", "z.B.") and ordinal dates ("5. Februar") do not end a sentence.
import { execAll } from '../../text/patterns';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'no', 'nr', 'bzw', 'ca', 'rd',
  'mio', 'mrd', 'abs', 'ggf', 'inkl', 'evtl', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'okt',
  'nov', 'dec', 'dez', 'u.s', 'z.b', 'u.a', 'd.h', 'e.g', 'i.e', 'etc',
]);

const END = /[.!?](?=\s+["„“‘'(]?[\p{Lu}\d])/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of execAll(END, text)) {
    const end = match.index + 1;
    if (!endsSentence(text, match.index)) continue;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const word = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (/^\d+$/.test(word) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
