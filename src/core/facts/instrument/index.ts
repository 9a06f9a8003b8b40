// Instruments: listed companies, indices, ISINs and WKNs. Per block, explicit identifiers first, then
// dataset names graded by context; article-level refiners settle common-word names and rating sources.
import type { InstrumentFact } from '../../fact-sheet';
import type { BlockContext, Extractor, Located, Refiner } from '../../types';
import { findExplicit, findParenthesised } from './explicit';
import { mention } from './mentions';
import { findNameMentions } from './names';
import { confirmWeakNames, dropRatingSources, unifyPrintedSymbols } from './refine';

/** Links to other stories, ads, job ads and share buttons inside the body name companies that are not the subject. */
const NOT_ARTICLE_TEXT = new RegExp([
  String.raw`^[\s\u00a0]*(?:Read more|Read next|Related|See also|More from|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Auch interessant|Das könnte Sie auch interessieren|Anzeige|Werbung|Reklame|Sponsored|Advertisement)\b`,
  String.raw`\((?:m\/w\/d|w\/m\/d|m\/f\/d|d\/m\/w)\)`,
  // a row of share buttons
  String.raw`^[\s\u00a0|·•,]*(?:(?:Facebook|Twitter|X|Xing|LinkedIn|WhatsApp|Pinterest|Instagram|YouTube|TikTok|Flipboard|Reddit|Threads|Telegram|E-Mail|Mail|Drucken|Print|Teilen|Share|Kopieren|Copy link)[\s\u00a0|·•,]*)+$`,
].join('|'), 'i');

export function extractInstruments({ text, index, article }: BlockContext): Located<InstrumentFact>[] {
  if (NOT_ARTICLE_TEXT.test(text)) return [];
  const explicit = findExplicit(text);
  const names = findNameMentions(text, explicit, article.lang);
  const spans = names.map(n => ({ start: n.start, end: n.start + n.fact.text.length, ...(n.info.instrument ? { instrument: n.info.instrument } : {}) }));
  return [...explicit, ...names, ...findParenthesised(text, spans)]
    .sort((a, b) => a.start - b.start)
    .map(hit => mention(index, hit.start, hit.fact, hit.info));
}

export const instrumentExtractor: Extractor = { kind: 'instrument', extract: extractInstruments };
export const instrumentRefiners: readonly Refiner[] = [confirmWeakNames, dropRatingSources, unifyPrintedSymbols];
