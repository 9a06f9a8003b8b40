// Article-level decisions on instrument mentions: a common-word name stays only when the article
// identifies that company elsewhere (or lists it next to one); banks cited only as rating sources go;
// every mention of an index carries the code the article printed for it.
import type { InstrumentFact } from '../../fact-sheet';
import type { Article, Located, Refiner } from '../../types';
import type { Instrument } from './data';
import { mentionInfo } from './mentions';

const isInstrument = (entry: Located): entry is Located<InstrumentFact> => entry.fact.kind === 'instrument';
/** Between two names of a list: "Apple, Microsoft und Alphabet", "Visa and Mastercard". */
const LIST_GAP = /^[\s\u00a0]*(?:,|;|\/|&|und|and|or|oder|sowie|as well as)[\s\u00a0]*(?:(?:und|and|or|oder)[\s\u00a0]+)?$/;

export const confirmWeakNames: Refiner = (facts, article) => {
  const mentions = facts.filter(isInstrument).sort((a, b) => a.block - b.block || a.start - b.start);
  const kept = new Set<Located>(facts.filter(entry => !isInstrument(entry) || mentionInfo(entry.fact)?.evidence !== 'weak'));
  const confirmed = new Set(mentions.filter(entry => kept.has(entry)).map(entry => mentionInfo(entry.fact)?.instrument));
  // Each pass settles every mention it can; a chain of listed names needs one pass per link.
  for (let changed = true; changed;) {
    changed = false;
    mentions.forEach((entry, i) => {
      if (kept.has(entry)) return;
      const listed = [mentions[i - 1], mentions[i + 1]].some(other => other && kept.has(other) && listedTogether(entry, other, article));
      if (!listed && !confirmed.has(mentionInfo(entry.fact)?.instrument)) return;
      kept.add(entry);
      confirmed.add(mentionInfo(entry.fact)?.instrument);
      changed = true;
    });
  }
  return facts.filter(entry => kept.has(entry));
};

function listedTogether(a: Located, b: Located, article: Article): boolean {
  if (a.block !== b.block) return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return LIST_GAP.test(article.blocks[a.block]?.text.slice(first.end, second.start) ?? '');
}

/** Gold convention: a bank that only appears as the source of an analyst comment is not an instrument. */
export const dropRatingSources: Refiner = facts => {
  const subjects = new Set<Instrument | undefined>();
  for (const entry of facts.filter(isInstrument)) {
    const info = mentionInfo(entry.fact);
    if (info?.instrument?.research && !info.ratingSource) subjects.add(info.instrument);
  }
  return facts.filter(entry => {
    if (!isInstrument(entry)) return true;
    const info = mentionInfo(entry.fact);
    return !info?.instrument?.research || subjects.has(info.instrument);
  });
};

/** Index mentions share the code printed anywhere in the article ("Dow Jones … .DJI"). */
export const unifyPrintedSymbols: Refiner = facts => {
  const printed = new Map<Instrument, string>();
  for (const entry of facts.filter(isInstrument)) {
    const info = mentionInfo(entry.fact);
    if (info?.instrument?.index && info.printedSymbol && !printed.has(info.instrument)) printed.set(info.instrument, info.printedSymbol);
  }
  for (const entry of facts.filter(isInstrument)) {
    const instrument = mentionInfo(entry.fact)?.instrument;
    const symbol = instrument ? printed.get(instrument) : undefined;
    if (symbol) entry.fact.symbol = symbol;
  }
  return facts;
};
