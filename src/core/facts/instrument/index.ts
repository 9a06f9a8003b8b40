// Instruments: listed companies, indices, ISINs and WKNs. Per block, explicit identifiers first, then
// dataset names graded by context; article-level refiners settle common-word names and rating sources.
import type { InstrumentFact } from '../../fact-sheet';
import type { BlockContext, Extractor, Located, Refiner } from '../../types';
import { findExplicit, findParenthesised } from './explicit';
import { mention } from './mentions';
import { findNameMentions } from './names';
import { confirmWeakNames, dropRatingSources, unifyPrintedSymbols } from './refine';

export function extractInstruments({ text, index }: BlockContext): Located<InstrumentFact>[] {
  const explicit = findExplicit(text);
  const names = findNameMentions(text, explicit);
  const spans = names.map(n => ({ start: n.start, end: n.start + n.fact.text.length, ...(n.info.instrument ? { instrument: n.info.instrument } : {}) }));
  return [...explicit, ...names, ...findParenthesised(text, spans)]
    .sort((a, b) => a.start - b.start)
    .map(hit => mention(index, hit.start, hit.fact, hit.info));
}

export const instrumentExtractor: Extractor = { kind: 'instrument', extract: extractInstruments };
export const instrumentRefiners: readonly Refiner[] = [confirmWeakNames, dropRatingSources, unifyPrintedSymbols];
