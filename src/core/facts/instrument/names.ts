// Company and index names in a block: dataset aliases found by the matcher, graded by their context
// (a common-word name needs company context) and flagged when a bank is only cited as a rating source.
import {
  companyContextAfter, companyContextBefore, creditContext, exchangeUsage, germanNounContext, legalSuffixLength, quotedAlone,
  ratingSourceContext, tickerInParentheses,
} from './context';
import { tickerKey, type Instrument } from './data';
import type { ExplicitHit } from './explicit';
import { findNames } from './matcher';
import { instrumentFact, type MentionInfo } from './mentions';
import type { InstrumentFact } from '../../fact-sheet';
import type { Lang } from '../../types';

export interface NameMention {
  start: number;
  fact: InstrumentFact;
  info: MentionInfo;
}

export function findNameMentions(text: string, explicit: readonly ExplicitHit[], lang: Lang): NameMention[] {
  const mentions: NameMention[] = [];
  for (const hit of findNames(text, lang)) {
    if (explicit.some(e => hit.start < e.start + e.fact.text.length && e.start < hit.end)) continue;
    const before = text.slice(Math.max(0, hit.start - 120), hit.start);
    const after = text.slice(hit.end, hit.end + 240);
    const { instrument } = hit;
    if (instrument.blocked || platformMention(before, after) || creditContext(before) || (instrument.index && exchangeUsage(before, after))) continue;
    const surface = text.slice(hit.start, hit.end);
    if (instrument.minor && /^\p{L}+$/u.test(surface) && germanNounContext(before)) continue;
    const printedTicker = tickerInParentheses(after);
    const plain = !hit.weak && !quotedAlone(before, after) && !shoutedWord(surface, instrument) && !(instrument.minor && sentenceStartWord(surface, before));
    const confirmed = plain || companyContextAfter(after) || companyContextBefore(before) || (lang === 'de' && germanGenitive(after))
      || (printedTicker !== undefined && instrument.listings.some(l => tickerKey(l.ticker) === tickerKey(printedTicker)))
      || explicit.some(e => e.info.instrument === instrument);
    const printed = instrument.index ? printedCode(after, explicit, hit.end) : undefined;
    const fact = instrumentFact(text.slice(hit.start, hit.end + legalSuffixLength(after)), instrument);
    mentions.push({
      start: hit.start,
      fact: printed ? { ...fact, symbol: printed } : fact,
      info: {
        instrument,
        evidence: confirmed ? 'name' : 'weak',
        ...(printed ? { printedSymbol: printed } : {}),
        ...(instrument.research && ratingSourceContext(before, after) ? { ratingSource: true } : {}),
      },
    });
  }
  return mentions;
}

/** Where to listen or subscribe ("Abonnieren Sie den Podcast bei Spotify, Apple Podcast …") and publisher boilerplate. */
const CALL_TO_ACTION = /(?:^|[.!?:]\s+)(?:Abonnieren Sie|Hören Sie|Folgen Sie uns|Subscribe|Listen (?:on|to (?:the|our))|Available on|Download (?:on|it|the)|Follow us)[^.!?]*$/;
const BOILERPLATE_AFTER = /^[\s\u00a0]+Trust Principles/;

function platformMention(before: string, after: string): boolean {
  return CALL_TO_ACTION.test(before) || BOILERPLATE_AFTER.test(after);
}

/** "Amazons Cloud-Sparte", "Apples Umsatz": a German genitive only follows a proper name. */
function germanGenitive(after: string): boolean {
  return /^s(?![\p{L}\p{N}])/u.test(after);
}

/** "Snowflake after snowflake …": a capitalised first word of a sentence may be any word; alone it proves nothing. */
function sentenceStartWord(surface: string, before: string): boolean {
  return /^\p{L}+$/u.test(surface) && /(?:^|[.!?:]["“”']?)[\s\u00a0]*$/u.test(before);
}

/** "FOUNDER" in an all-caps headline: a one-word name written in capitals only counts with company context. */
function shoutedWord(surface: string, instrument: Instrument): boolean {
  return /^\p{Lu}{4,}$/u.test(surface) && !instrument.aliases.some(a => a.text === surface);
}

/** "S&P 500 .SPX", "Nikkei futures NKc1": a code printed within a few words after an index name. */
function printedCode(after: string, explicit: readonly ExplicitHit[], end: number): string | undefined {
  const gap = /^[\s\u00a0]*(?:(?:index|futures|Index)[\s\u00a0]+)?(?:\(|<)?/.exec(after)?.[0].length ?? 0;
  const code = explicit.find(e => e.start === end + gap && e.info.printedSymbol);
  return code?.info.printedSymbol;
}
