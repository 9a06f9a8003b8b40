// Company and index names in a block: dataset aliases found by the matcher, graded by their context
// (a common-word name needs company context) and flagged when a bank is only cited as a rating source.
import {
  companyContextAfter, companyContextBefore, creditContext, exchangeUsage, germanNounContext, hasCreditCue, legalSuffixLength, quotedAlone,
  ratingSourceContext, tickerInParentheses,
} from './context';
import { listingsOf, tickerKey, type Instrument } from './data';
import { findNames, scanBlock } from './matcher';
import { instrumentFact, type BlockHit, type MentionInfo } from './mentions';
import type { Lang } from '../../types';
import type { Words } from './words';

interface Surroundings {
  surface: string;
  before: string;
  after: string;
}

/** `words`: the block's scan, when the caller has it. */
export function findNameMentions(text: string, explicit: readonly BlockHit[], lang: Lang, words: Words = scanBlock(text)): BlockHit[] {
  const mentions: BlockHit[] = [];
  const hits = findNames(text, lang, undefined, words);
  if (hits.length === 0) return mentions;
  const creditCue = hasCreditCue(text);
  for (const hit of hits) {
    if (explicit.length > 0 && overlapsExplicit(explicit, hit.start, hit.end)) continue;
    const around = { surface: text.slice(hit.start, hit.end), before: text.slice(Math.max(0, hit.start - 120), hit.start), after: text.slice(hit.end, hit.end + 240) };
    if (notThisInstrument(hit.instrument, around, creditCue)) continue;
    const { instrument } = hit;
    const printed = instrument.index ? printedCode(around.after, explicit, hit.end) : undefined;
    const fact = instrumentFact(around.surface + around.after.slice(0, legalSuffixLength(around.after)), instrument);
    const info: MentionInfo = { instrument, evidence: identified(hit.weak, instrument, around, explicit, lang) ? 'name' : 'weak' };
    if (printed) fact.symbol = info.printedSymbol = printed;
    if (instrument.research && ratingSourceContext(around.before, around.after)) info.ratingSource = true;
    mentions.push({ start: hit.start, fact, info });
  }
  return mentions;
}

function overlapsExplicit(explicit: readonly BlockHit[], start: number, end: number): boolean {
  for (const e of explicit) if (start < e.start + e.fact.text.length && e.start < end) return true;
  return false;
}

/**
 * The words are there, but they mean something else: a blocked name, a fund, a credit line (only looked for
 * when the block has a `creditCue`), an exchange, a noun.
 */
function notThisInstrument(instrument: Instrument, { surface, before, after }: Surroundings, creditCue: boolean): boolean {
  return instrument.blocked || instrument.fund || platformMention(before, after) || (creditCue && creditContext(before))
    || (instrument.index && exchangeUsage(before, after))
    || (instrument.minor && /^\p{L}+$/u.test(surface) && germanNounContext(before));
}

/** A plain name identifies the company by itself; a weak one (or a doubtful spot) needs company context. */
function identified(weak: boolean, instrument: Instrument, { surface, before, after }: Surroundings, explicit: readonly BlockHit[], lang: Lang): boolean {
  const doubtful = weak || quotedAlone(before, after) || shoutedWord(surface, instrument) || (instrument.minor && sentenceStartWord(surface, before));
  if (!doubtful) return true;
  const printedTicker = tickerInParentheses(after);
  return companyContextAfter(after) || companyContextBefore(before) || (lang === 'de' ? germanGenitive(after) : englishPossessive(surface, before, after))
    || (printedTicker !== undefined && listingsOf(instrument).some(l => tickerKey(l.ticker) === tickerKey(printedTicker)))
    || explicit.some(e => e.info.instrument === instrument);
}

/** Where to listen or subscribe ("Abonnieren Sie den Podcast bei Spotify, Apple Podcast …") and publisher boilerplate. */
const CALLS = String.raw`Abonnieren Sie|Hören Sie|Folgen Sie|Teilen Sie|Subscribe|Listen (?:on|to (?:the|our))|Available on|Download (?:on|it|the)|Follow us|Chat with us|Join (?:us|our)|Are you on|Share (?:on|this|via)|Top Stories on|Like us|@\w+ on|become a fan`;
const CALL_TO_ACTION = new RegExp(String.raw`(?:^|[.!?:»]\s*)(?:${CALLS})[^.!?]*$`, 'i');
const BOILERPLATE_AFTER = /^[\s\u00a0]+Trust Principles/;

/**
 * The call must be in the name's sentence: no sentence end may follow it (`[^.!?]*$`). That alone keeps the
 * regex in the last sentence; finding that sentence first (three lastIndexOf calls) cost more than the search.
 */
function platformMention(before: string, after: string): boolean {
  return CALL_TO_ACTION.test(before) || BOILERPLATE_AFTER.test(after);
}

/** "Amazons Cloud-Sparte", "Apples Umsatz": a German genitive only follows a proper name. */
function germanGenitive(after: string): boolean {
  return /^s(?![\p{L}\p{N}])/u.test(after);
}

/**
 * "Teens love Apple's AirPods", "Target's CEO": inside a sentence, a possessive before a product or title in
 * capitals is a company's (a person's possessive, "Dell's buyout", "Tim's 13 years", is followed by anything).
 */
function englishPossessive(surface: string, before: string, after: string): boolean {
  return /^['’]s[\s\u00a0]+\p{Ll}*\p{Lu}/u.test(after) && !sentenceStartWord(surface, before);
}

/** "Snowflake after snowflake …": a capitalised first word of a sentence may be any word; alone it proves nothing. */
function sentenceStartWord(surface: string, before: string): boolean {
  return /^\p{L}+$/u.test(surface) && /(?:^|[.!?:])[\s\u00a0]*["“”'‘„«»]?[\s\u00a0]*$/u.test(before);
}

/** "FOUNDER" in an all-caps headline: a one-word name written in capitals only counts with company context. */
function shoutedWord(surface: string, instrument: Instrument): boolean {
  return /^\p{Lu}{4,}$/u.test(surface) && !instrument.aliases.some(a => a.text === surface);
}

/** "S&P 500 .SPX", "Nikkei futures NKc1": a code printed within a few words after an index name. */
function printedCode(after: string, explicit: readonly BlockHit[], end: number): string | undefined {
  const gap = /^[\s\u00a0]*(?:(?:index|futures|Index)[\s\u00a0]+)?(?:\(|<)?/.exec(after)?.[0].length ?? 0;
  const code = explicit.find(e => e.start === end + gap && e.info.printedSymbol);
  return code?.info.printedSymbol;
}
