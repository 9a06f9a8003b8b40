// Value resolution: a percent span → PercentFact, negative where the text says so (a minus sign,
// "ein Minus von", "verlor", "fell", "down" before it in the same clause, or "tiefer"/"lower" after it).
import type { PercentFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import { firstAtWordStart } from '../../text/patterns';
import { PERCENT_PATTERNS } from './patterns';
import type { PercentSpan } from './recognise';

const CUE_WINDOW = 40;

export function resolvePercent(text: string, block: number, span: PercentSpan, lang: Lang): Located<PercentFact> {
  const negative = span.negative || fallBefore(text, span.start, lang) || fallAfter(text, span.end, lang);
  const value = negative ? -span.value : span.value;
  const fact: PercentFact = { kind: 'percent', text: text.slice(span.start, span.end), value };
  if (span.points) fact.points = true;
  return { fact, block, start: span.start, end: span.end };
}

function fallBefore(text: string, start: number, lang: Lang): boolean {
  let from = start;
  while (from > 0 && start - from < CUE_WINDOW && !isClauseBreak(text.charCodeAt(from - 1))) from--;
  return from < start && firstAtWordStart(PERCENT_PATTERNS[lang].negative, text.slice(from, start)) !== undefined;
}

/** The cue must be in the same clause: no sentence end (. ; : ! ?) and no other number in between. */
function isClauseBreak(code: number): boolean {
  return code === 46 || code === 59 || code === 58 || code === 33 || code === 63 || (code >= 48 && code <= 57);
}

function fallAfter(text: string, end: number, lang: Lang): boolean {
  const pattern = PERCENT_PATTERNS[lang].negativeAfter;
  pattern.lastIndex = end;
  return pattern.test(text);
}
