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
  const kept = new Set<Located>(facts.filter(entry => !isInstrument(entry) || mentionInfo(entry.fact)?.evidence !== 'weak'));
  const confirmed = new Set<Instrument | undefined>([...kept].filter(isInstrument).map(entry => mentionInfo(entry.fact)?.instrument));
  let changed = true;
  while (changed) {
    changed = false;
    for (const entry of facts.filter(isInstrument)) {
      if (kept.has(entry)) continue;
      if (confirmed.has(mentionInfo(entry.fact)?.instrument) || listedWithKept(entry, kept, article)) {
        kept.add(entry);
        confirmed.add(mentionInfo(entry.fact)?.instrument);
        changed = true;
      }
    }
  }
  return facts.filter(entry => kept.has(entry));
};

function listedWithKept(entry: Located<InstrumentFact>, kept: Set<Located>, article: Article): boolean {
  const text = article.blocks[entry.block]?.text ?? '';
  return [...kept].filter(isInstrument).some(other => other.block === entry.block && (
    (other.end <= entry.start && LIST_GAP.test(text.slice(other.end, entry.start)))
    || (entry.end <= other.start && LIST_GAP.test(text.slice(entry.end, other.start)))));
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
