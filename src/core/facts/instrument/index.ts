// Instruments: listed companies, indices, ISINs and WKNs. Per block, explicit identifiers first, then
// dataset names graded by context; article-level refiners settle common-word names and rating sources.
import type { InstrumentFact } from '../../fact-sheet';
import type { BlockContext, Extractor, Located, Refiner } from '../../types';
import { alternation } from '../../text/patterns';
import { RELATED_STORY_LABELS } from '../../text/related-story-labels';
import { findExplicit, findParenthesised } from './explicit';
import { mention, type BlockHit } from './mentions';
import { scanBlock } from './matcher';
import { findNameMentions } from './names';
import { refineInstruments } from './refine';

/** Links to other stories, ads and share buttons inside the body name companies that are not the subject. */
const NOT_ARTICLE_TEXT = new RegExp('^(?:' + [
  String.raw`[\s\u00a0]*(?:${alternation(RELATED_STORY_LABELS)}|Anzeige|Werbung|Reklame|Sponsored|Advertisement)\b`,
  // a row of share buttons
  String.raw`[\s\u00a0|·•,]*(?:(?:Facebook|Twitter|X|Xing|LinkedIn|WhatsApp|Pinterest|Instagram|YouTube|TikTok|Flipboard|Reddit|Threads|Telegram|E-Mail|Mail|Drucken|Print|Teilen|Share|Kopieren|Copy link)[\s\u00a0|·•,]*)+$`,
].join('|') + ')', 'i');
/** Job ads: "(m/w/d)". Apart from the anchored patterns so that those are tried at the start only. */
const JOB_AD = /\((?:m\/w\/d|w\/m\/d|m\/f\/d|d\/m\/w)\)/i;
/** A link to another story with its date stamp: "ams Osram: Trotz Deal Umsatzrückgang 31.10.2023". */
const DATED_TEASER = /[\s\u00a0]\d{1,2}\.\d{1,2}\.\d{4}[\s\u00a0]*$/;
const TEASER_LENGTH = 200;

export function extractInstruments({ text, index, article }: BlockContext): Located<InstrumentFact>[] {
  if (NOT_ARTICLE_TEXT.test(text) || (text.includes('/') && JOB_AD.test(text)) || (text.length < TEASER_LENGTH && DATED_TEASER.test(text))) return [];
  const words = scanBlock(text);
  const explicit = findExplicit(text, words.shapes);
  const names = findNameMentions(text, explicit, article.lang, words);
  const located: Located<InstrumentFact>[] = [];
  locate(located, index, explicit);
  locate(located, index, names);
  locate(located, index, findParenthesised(text, names));
  // Each list is in text order; only a mix needs sorting (which copies the array).
  return inOrder(located) ? located : located.sort((a, b) => a.start - b.start);
}

function inOrder(located: readonly Located[]): boolean {
  for (let i = 1; i < located.length; i++) if (located[i - 1]!.start > located[i]!.start) return false;
  return true;
}

function locate(located: Located<InstrumentFact>[], block: number, hits: readonly BlockHit[]): void {
  for (const hit of hits) located.push(mention(block, hit.start, hit.fact, hit.info));
}

export const instrumentExtractor: Extractor = { kind: 'instrument', readsAdverts: true, extract: extractInstruments };
export const instrumentRefiners: readonly Refiner[] = [refineInstruments];
