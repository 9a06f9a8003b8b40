// An instrument mention as the block pass finds it: the fact plus what the article-level refiners
// need (which record, how sure, rating source). The extra data rides along in a private field of the fact.
import type { InstrumentFact } from '../../fact-sheet';
import type { Located } from '../../types';
import type { Instrument } from './data';

export type Evidence = 'explicit' | 'name' | 'weak';

export interface MentionInfo {
  instrument?: Instrument;
  evidence: Evidence;
  /** A code printed next to the name (RIC, index code, ticker): becomes the symbol of every mention. */
  printedSymbol?: string;
  /** A bank or broker cited as the source of a rating or forecast here. */
  ratingSource?: boolean;
}

/** A mention found in a block, before it is located: explicit identifiers and names alike. */
export interface BlockHit {
  start: number;
  fact: InstrumentFact;
  info: MentionInfo;
}

/**
 * An instrument fact with its mention info in a private field: invisible to JSON, spreads, structured
 * clones and equality checks, and cheaper to attach per mention than a WeakMap entry.
 */
class MentionedFact implements InstrumentFact {
  readonly kind = 'instrument';
  text: string;
  name: string;
  declare symbol?: string;
  declare exchange?: string;
  declare isin?: string;
  declare wkn?: string;
  #info: MentionInfo | undefined;

  constructor(text: string, name: string) {
    this.text = text;
    this.name = name;
  }

  static infoOf(fact: InstrumentFact): MentionInfo | undefined {
    return #info in fact ? (fact as MentionedFact).#info : undefined;
  }

  /** The fact itself when it is one (names are built as such), else a copy of a plain fact. */
  static carrying(fact: InstrumentFact, info: MentionInfo): MentionedFact {
    const carrier = fact instanceof MentionedFact ? fact : Object.assign(new MentionedFact(fact.text, fact.name), fact);
    carrier.#info = info;
    return carrier;
  }
}

export function mentionInfo(fact: InstrumentFact): MentionInfo | undefined {
  return MentionedFact.infoOf(fact);
}

export function instrumentFact(text: string, instrument: Instrument): InstrumentFact {
  // Assigned one by one: spreads of conditional objects allocate an object each, per mention.
  const fact = new MentionedFact(text, instrument.name);
  if (instrument.symbol) fact.symbol = displaySymbol(instrument.symbol, instrument.exchange);
  if (instrument.exchange) fact.exchange = instrument.exchange;
  if (instrument.isin) fact.isin = instrument.isin;
  if (instrument.wkn) fact.wkn = instrument.wkn;
  return fact;
}

/** US share classes are written with a dot in news ("BRK.B"); the dataset's home-venue form uses a hyphen. */
function displaySymbol(symbol: string, exchange: string | undefined): string {
  return exchange && symbol.includes('-') && US_EXCHANGES.has(exchange) ? symbol.replace(/^([A-Z]+)-([A-Z])$/, '$1.$2') : symbol;
}

const US_EXCHANGES = new Set(['NASDAQ', 'NYSE', 'NYSE American', 'NYSE Arca']);

export function mention(block: number, start: number, fact: InstrumentFact, meta: MentionInfo): Located<InstrumentFact> {
  return { fact: MentionedFact.carrying(fact, meta), block, start, end: start + fact.text.length };
}

/** Two mentions are the same instrument when they share a record, else a symbol, ISIN or WKN. */
export function sameInstrument(a: Located<InstrumentFact>, b: Located<InstrumentFact>): boolean {
  const x = mentionInfo(a.fact)?.instrument;
  const y = mentionInfo(b.fact)?.instrument;
  if (x && y) return x === y;
  return Boolean((a.fact.symbol && a.fact.symbol === b.fact.symbol) || (a.fact.isin && a.fact.isin === b.fact.isin)
    || (a.fact.wkn && a.fact.wkn === b.fact.wkn));
}
