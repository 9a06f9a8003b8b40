// Article-level decisions on instrument mentions: a common-word name stays only when the article
// identifies that company elsewhere (or lists it next to one); banks cited only as rating sources go;
// every mention of an index carries the code the article printed for it. One pass collects the
// mentions; each step returns at once when the article gives it nothing to do (most articles).
import type { InstrumentFact } from '../../fact-sheet';
import type { Article, Located, Refiner } from '../../types';
import type { Instrument } from './data';
import { mentionInfo, type MentionInfo } from './mentions';

/** An instrument fact with its mention info, read once. */
interface Mention {
  entry: Located<InstrumentFact>;
  info: MentionInfo | undefined;
}

const isInstrument = (entry: Located): entry is Located<InstrumentFact> => entry.fact.kind === 'instrument';
/** Between two names of a list: "Apple, Microsoft und Alphabet", "Visa and Mastercard". */
const LIST_GAP = /^[\s\u00a0]*(?:,|;|\/|&|und|and|or|oder|sowie|as well as)[\s\u00a0]*(?:(?:und|and|or|oder)[\s\u00a0]+)?$/;

export const refineInstruments: Refiner = (facts, article) => {
  const mentions: Mention[] = [];
  for (const entry of facts) if (isInstrument(entry)) mentions.push({ entry, info: mentionInfo(entry.fact) });
  if (mentions.length === 0) return facts;
  const dropped = new Set<Located>();
  dropUnconfirmedWeakNames(mentions, article, dropped);
  dropRatingSources(mentions, dropped);
  unifyPrintedSymbols(mentions, dropped);
  return dropped.size === 0 ? facts : facts.filter(entry => !dropped.has(entry));
};

function dropUnconfirmedWeakNames(mentions: readonly Mention[], article: Article, dropped: Set<Located>): void {
  if (!mentions.some(m => m.info?.evidence === 'weak')) return;
  const ordered = [...mentions].sort((a, b) => a.entry.block - b.entry.block || a.entry.start - b.entry.start);
  const kept = ordered.map(m => m.info?.evidence !== 'weak');
  const confirmed = new Set(ordered.filter((_, i) => kept[i]).map(m => m.info?.instrument));
  // Each pass settles every mention it can; a chain of listed names needs one pass per link.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < ordered.length; i++) {
      const instrument = ordered[i]!.info?.instrument;
      if (kept[i] || !(confirmed.has(instrument) || listedNextToKept(ordered, kept, i, article))) continue;
      kept[i] = true;
      confirmed.add(instrument);
      changed = true;
    }
  }
  for (let i = 0; i < ordered.length; i++) if (!kept[i]) dropped.add(ordered[i]!.entry);
}

/** The mention at `i` is listed together with a kept neighbour. */
function listedNextToKept(ordered: readonly Mention[], kept: readonly boolean[], i: number, article: Article): boolean {
  const { entry } = ordered[i]!;
  return (i > 0 && kept[i - 1]! && listedTogether(entry, ordered[i - 1]!.entry, article))
    || (i + 1 < ordered.length && kept[i + 1]! && listedTogether(entry, ordered[i + 1]!.entry, article));
}

function listedTogether(a: Located, b: Located, article: Article): boolean {
  if (a.block !== b.block) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return LIST_GAP.test(article.blocks[a.block]?.text.slice(first.end, second.start) ?? '');
}

/** Gold convention: a bank that only appears as the source of an analyst comment is not an instrument. */
function dropRatingSources(mentions: readonly Mention[], dropped: Set<Located>): void {
  const remaining = mentions.filter(m => !dropped.has(m.entry));
  if (!remaining.some(m => m.info?.ratingSource)) return;
  const subjects = new Set<Instrument>();
  for (const { info } of remaining) if (info?.instrument?.research && !info.ratingSource) subjects.add(info.instrument);
  for (const { entry, info } of remaining) if (info?.instrument?.research && !subjects.has(info.instrument)) dropped.add(entry);
}

/** Index mentions share the code printed anywhere in the article ("Dow Jones … .DJI"). */
function unifyPrintedSymbols(mentions: readonly Mention[], dropped: ReadonlySet<Located>): void {
  const printed = new Map<Instrument, string>();
  for (const { entry, info } of mentions) {
    if (info?.instrument?.index && info.printedSymbol && !printed.has(info.instrument) && !dropped.has(entry)) printed.set(info.instrument, info.printedSymbol);
  }
  if (printed.size === 0) return;
  for (const { entry, info } of mentions) {
    const symbol = info?.instrument && !dropped.has(entry) ? printed.get(info.instrument) : undefined;
    if (symbol) entry.fact.symbol = symbol;
  }
}
