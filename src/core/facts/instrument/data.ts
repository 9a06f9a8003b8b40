// The shipped instrument dataset (src/core/data/instruments.json, built by `npm run data`), decoded
// on first use into records; the ticker, ISIN and WKN maps are built on the first identifier lookup.
import raw from '../../data/instruments.json';

export interface Instrument {
  name: string;
  symbol?: string;
  exchange?: string;
  isin?: string;
  wkn?: string;
  index: boolean;
  /** A bank or research house: news cite it as the source of ratings and forecasts. */
  research: boolean;
  /** Names that contain a company's name but are not an instrument ("Siemens Gamesa", "Bank of England"). */
  blocked: boolean;
  /** An exchange-traded fund: found by its ticker, never by its name (the gold counts companies and indices). */
  fund: boolean;
  /** Neither a core company nor an index member: its one-word names are held to a stricter standard. */
  minor: boolean;
  aliases: { text: string; weak: boolean }[];
  /** Encoded listings ("TICKER@exchange", "!" = never bare), decoded by listingsOf when a ticker is looked up. */
  tickers: string;
}

export interface Listing {
  instrument: Instrument;
  ticker: string;
  exchange?: string;
  /** Common word, 1–2 characters or all digits: never matched bare. */
  ambiguous: boolean;
}

export interface Dataset {
  instruments: Instrument[];
  /** Exchange labels, by the index the rows use. */
  labels: string[];
  /** News prefix ("NASDAQ", "ETR", "TYO") → exchange label. */
  prefixes: Map<string, string>;
  /** Yahoo suffix without the dot ("DE", "T") → exchange label. */
  suffixes: Map<string, string>;
}

export interface IdentifierIndex {
  /** Normalised ticker (see tickerKey) → listings, main listings first. */
  byTicker: Map<string, Listing[]>;
  byIsin: Map<string, Instrument>;
  byWkn: Map<string, Instrument>;
}

type Row = [string, string, number, string, string, string, string, string];
/** The shape of src/core/data/instruments.json. */
export interface RawData { exchanges: [string, string, string][]; instruments: Row[] }

/** "BRK.B", "BRK/B" and "BRK-B" are the same class ticker. */
export function tickerKey(ticker: string): string {
  const upper = ticker.toUpperCase();
  return upper.includes('.') || upper.includes('/') ? upper.replace(/[./]/g, '-') : upper;
}

let cached: Dataset | undefined;
let identifiers: IdentifierIndex | undefined;
const listingCache = new WeakMap<Instrument, Listing[]>();

/** Decoded on first use, not at module load: pages that never reach the instrument pass pay nothing. */
export function dataset(): Dataset {
  cached ??= decodeDataset(raw as unknown as RawData);
  return cached;
}

/** Names are needed for every article, tickers and codes only when one is printed: indexed on that first lookup. */
export function identifierIndex(): IdentifierIndex {
  identifiers ??= indexIdentifiers(dataset());
  return identifiers;
}

export function decodeDataset(data: RawData): Dataset {
  const labels = data.exchanges.map(([label]) => label);
  const prefixes = new Map<string, string>();
  const suffixes = new Map<string, string>();
  for (const [label, suffix, news] of data.exchanges) {
    for (const prefix of news.split('|').filter(Boolean)) prefixes.set(prefix, label);
    if (suffix) suffixes.set(suffix.slice(1), label);
  }
  const instruments = data.instruments.map(([name, symbol, exchangeIndex, isin, wkn, aliases, tickers, flags]) => {
    const instrument: Instrument = {
      name, index: flags.includes('i'), research: flags.includes('r'), blocked: flags.includes('x'), minor: flags.includes('m'), fund: flags.includes('e'),
      aliases: aliases ? aliases.split('|').map(alias => (alias[0] === '~' ? { text: alias.slice(1), weak: true } : { text: alias, weak: false })) : [],
      tickers,
    };
    if (symbol) instrument.symbol = symbol;
    if (labels[exchangeIndex]) instrument.exchange = labels[exchangeIndex];
    if (isin) instrument.isin = isin;
    if (wkn) instrument.wkn = wkn;
    return instrument;
  });
  return { instruments, labels, prefixes, suffixes };
}

export function listingsOf(instrument: Instrument, labels = dataset().labels): Listing[] {
  let listings = listingCache.get(instrument);
  if (!listings) {
    listings = (instrument.tickers ? instrument.tickers.split(' ') : []).map(entry => {
      const at = entry.lastIndexOf('@');
      const flagged = entry[0] === '!';
      const ticker = entry.slice(flagged ? 1 : 0, at);
      return { instrument, ticker, exchange: labels[Number(entry.slice(at + 1))], ambiguous: flagged || isShortOrNumeric(ticker) };
    });
    listingCache.set(instrument, listings);
  }
  return listings;
}

export function indexIdentifiers({ instruments, labels }: Dataset): IdentifierIndex {
  const index: IdentifierIndex = { byTicker: new Map(), byIsin: new Map(), byWkn: new Map() };
  for (const instrument of instruments) {
    for (const listing of listingsOf(instrument, labels)) {
      const key = tickerKey(listing.ticker);
      const known = index.byTicker.get(key);
      // Main listings first: "SAP" is SAP SE's main ticker before it is anyone's secondary line.
      if (!known) index.byTicker.set(key, [listing]);
      else if (listing.ticker === instrument.symbol) known.unshift(listing);
      else known.push(listing);
    }
    if (instrument.isin && !index.byIsin.has(instrument.isin)) index.byIsin.set(instrument.isin, instrument);
    if (instrument.wkn && !index.byWkn.has(instrument.wkn)) index.byWkn.set(instrument.wkn, instrument);
  }
  return index;
}

function isShortOrNumeric(ticker: string): boolean {
  return ticker.length <= 2 || (ticker.charCodeAt(0) <= 57 && /^[0-9]+$/.test(ticker));
}
