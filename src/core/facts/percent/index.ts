// Percent facts: recognise number + unit spans (recognise.ts) → resolve value and sign
// (resolve.ts). Numbers that are already part of a money amount are left alone.
import type { PercentFact } from '../../fact-sheet';
import type { Extractor, Located, Refiner } from '../../types';
import { recognisePercents } from './recognise';
import { PERCENT_PATTERNS } from './patterns';
import { resolvePercent } from './resolve';

export const percentExtractor: Extractor = {
  kind: 'percent',
  extract({ article, index, text, found }): Located<PercentFact>[] {
    // The cue is the unit pattern without what stands before it: it finds every unit the scan could.
    if (!PERCENT_PATTERNS[article.lang].cue.test(text)) return [];
    const money = found.filter(entry => entry.fact.kind === 'money').sort((a, b) => a.start - b.start);
    return recognisePercents(text, article.lang, (start, end) => overlapsAny(money, start, end))
      .map(span => resolvePercent(text, index, span, article.lang));
  },
};

/** Money amounts never overlap each other, so only the last one starting before `end` can overlap: binary search. */
function overlapsAny(sorted: readonly Located[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < end) low = middle + 1;
    else high = middle;
  }
  const candidate = sorted[low - 1];
  return candidate !== undefined && candidate.end > start;
}

/** Percent needs no article-level pass yet; the list keeps the seam of refine/index.ts. */
export const percentRefiners: readonly Refiner[] = [];
