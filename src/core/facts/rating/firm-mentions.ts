// Where a sentence names an analyst house: listed firms and their aliases, the market consensus,
// and unlisted houses named by their context ("Analysten von X", "X analyst", "... at X" at the end).
import { execAll, execAtWordStarts, type PhraseHit } from '../../text/patterns';
import type { Lang } from '../../types';
import type { Span } from './sentences';
import { ratingVocabulary, type CompiledRating } from './vocabulary';

export interface FirmMention extends Span {
  firm: string;
  /**
   * Named after what it said, before a clause ends ("... raised to $31 at Roth Capital", "upgraded
   * to buy at Goldman, while ..."): may own the text before it (see segments in recognise.ts).
   */
  trailing: boolean;
}

const CONSENSUS = 'Consensus';

/** A capitalised name of up to four words ("Roth Capital", "Panmure Gordon & Co"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00a0](?:& )?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
/** Capitalised words that are not a house: sentence openers, groups of analysts, generic nouns. */
const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'Some', 'Most', 'Many', 'Other', 'Several', 'Both', 'All', 'These', 'Those', 'Our', 'Its', 'Wall',
  'Street', 'Die', 'Der', 'Das', 'Den', 'Bank', 'Aktie', 'Analysten', 'Experten', 'US', 'Two', 'Three', 'Four', 'Five',
  'Independent', 'Equity', 'Sell-side', 'Research', 'Investment', 'Ein', 'Eine', 'Zwei', 'Drei', 'Viele', 'Einige',
  'Analysehaus', 'Analysehauses', 'Investmentbank', 'US-Investmentbank', 'US-Bank', 'Privatbank', 'Großbank', 'Researchhaus',
]);

export function firmMentions(text: string, sentence: Span, lang: Lang): FirmMention[] {
  const vocabulary = ratingVocabulary(lang);
  const body = text.slice(sentence.start, sentence.end);
  const listed = [...matches(vocabulary.firm(body), sentence.start, surface => vocabulary.firms.get(normaliseSpaces(surface)))];
  const unlisted = listed.length > 0 ? [] : unlistedFirms(body, sentence.start, lang);
  const consensus = [...matches(wordStartHits(vocabulary.consensus, body), sentence.start, () => CONSENSUS)];
  const mentions = [...listed, ...unlisted, ...consensus].sort((a, b) => a.start - b.start);
  return dropRepeatedFirm(dropOverlaps(mentions)).map(mention => ({ ...mention, trailing: isTrailing(text, mention, sentence, vocabulary) }));
}

function* matches(hits: Iterable<PhraseHit>, offset: number, firmOf: (surface: string) => string | undefined): Generator<Omit<FirmMention, 'trailing'>> {
  for (const hit of hits) {
    const firm = firmOf(hit.text);
    if (firm) yield { start: offset + hit.index, end: offset + hit.index + hit.text.length, firm };
  }
}

function* wordStartHits(pattern: RegExp, body: string): Generator<PhraseHit> {
  for (const match of execAtWordStarts(pattern, body)) yield { index: match.index, text: match[0] };
}

interface NamePattern {
  pattern: RegExp;
  /** Starts with a lead word, which no letter may stand before: tested per match (execAtWordStarts), not as a look-behind. */
  lead: boolean;
  /** What any match contains, tested first: the name before a tail would otherwise be tried at every capital. */
  needs?: RegExp;
}

const unlistedPatterns = new Map<Lang, NamePattern[]>();

/** The name after a lead ("Analysten von X"), before a tail ("X analyst"), or named last ("... at X"). */
function namePatterns(lang: Lang): NamePattern[] {
  let patterns = unlistedPatterns.get(lang);
  if (!patterns) {
    const { firmLeads, firmTails, trailingLeads } = ratingVocabulary(lang).vocabulary;
    const tails = firmTails.join('|');
    patterns = [
      ...firmLeads.map(lead => ({ pattern: new RegExp(String.raw`(?:${lead})\s?(${NAME})`, 'gu'), lead: true })),
      ...(tails ? [{ pattern: new RegExp(String.raw`(${NAME}) (?:${tails})(?![\p{L}])`, 'gu'), lead: false, needs: new RegExp(` (?:${tails})`, 'u') }] : []),
      { pattern: new RegExp(String.raw`(?:${trailingLeads.join('|')}) (${NAME})[\s.!»]*$`, 'gu'), lead: true },
    ];
    unlistedPatterns.set(lang, patterns);
  }
  return patterns;
}

/** Sticky: a letter right before lastIndex, where a lead word would continue another word. */
const LETTER_BEFORE = /(?<=\p{L})/uy;

function nameMatches({ pattern, lead, needs }: NamePattern, body: string): RegExpExecArray[] {
  if (needs && !needs.test(body)) return [];
  return lead ? execAtWordStarts(pattern, body, LETTER_BEFORE) : execAll(pattern, body);
}

function unlistedFirms(body: string, offset: number, lang: Lang): Omit<FirmMention, 'trailing'>[] {
  const found: Omit<FirmMention, 'trailing'>[] = [];
  for (const pattern of namePatterns(lang)) {
    for (const match of nameMatches(pattern, body)) {
      const raw = match[1] ?? '';
      const name = trimName(raw);
      if (!name) continue;
      const end = offset + match.index + match[0].indexOf(raw) + raw.replace(/[.]+$/, '').length;
      found.push({ start: end - name.length, end, firm: name.replace(/\s/g, ' ') });
    }
  }
  return found;
}

/** Drop leading sentence openers and generic words ("The Roth Capital" → "Roth Capital"), and trailing dots. */
function trimName(name: string): string | undefined {
  const parts = name.replace(/[.]+$/, '').split(/(?<=[ \u00a0])/);
  while (parts.length > 0 && (NOT_A_NAME.has(parts[0]?.trim() ?? '') || parts[0]?.trim() === '&')) parts.shift();
  return parts.length > 0 ? parts.join('') : undefined;
}

function dropOverlaps(mentions: Omit<FirmMention, 'trailing'>[]): Omit<FirmMention, 'trailing'>[] {
  const kept: Omit<FirmMention, 'trailing'>[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
    } else kept.push(mention);
  }
  return kept;
}

/**
 * A house named again in the same sentence goes on about the same rating ("Goldman Sachs upgrades
 * Nike to buy. Goldman said ... raised its price target"; "a consensus 'Moderate Buy' rating and an
 * average price target of $210").
 */
function dropRepeatedFirm(mentions: Omit<FirmMention, 'trailing'>[]): Omit<FirmMention, 'trailing'>[] {
  return mentions.filter((mention, i) => mentions[i - 1]?.firm !== mention.firm);
}

/** "... raised to $31 from $23 at Roth Capital": a source after a lead word, at the end of a clause. */
function isTrailing(text: string, mention: Span, sentence: Span, vocabulary: CompiledRating): boolean {
  if (!/^(?:\s*[,;:.!?»"”)]|\s*$)/.test(text.slice(mention.end, sentence.end))) return false;
  const before = text.slice(Math.max(0, mention.start - 16), mention.start).toLowerCase();
  return vocabulary.vocabulary.trailingLeads.some(lead => before.endsWith(`${lead} `) || before.endsWith(`${lead}, `));
}

function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}
