// The shipped instrument dataset (src/core/data/instruments.json, built by `npm run data`), decoded
// once on first use into records and lookup maps: tickers, ISINs, WKNs, exchange prefixes and suffixes.
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
  /** Neither a core company nor an index member: its one-word names are held to a stricter standard. */
  minor: boolean;
  aliases: { text: string; weak: boolean }[];
  listings: Listing[];
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
  /** Normalised ticker (see tickerKey) → listings, home listings first. */
  byTicker: Map<string, Listing[]>;
  byIsin: Map<string, Instrument>;
  byWkn: Map<string, Instrument>;
  /** News prefix ("NASDAQ", "ETR", "TYO") → exchange label. */
  prefixes: Map<string, string>;
  /** Yahoo suffix without the dot ("DE", "T") → exchange label. */
  suffixes: Map<string, string>;
}

type Row = [string, string, number, string, string, string, string, string];
/** The shape of src/core/data/instruments.json. */
export interface RawData { exchanges: [string, string, string][]; instruments: Row[] }

/** "BRK.B", "BRK/B" and "BRK-B" are the same class ticker. */
export function tickerKey(ticker: string): string {
  return ticker.toUpperCase().replace(/[./]/g, '-');
}

let cached: Dataset | undefined;

/** Decoded on first use, not at module load: pages that never reach the instrument pass pay nothing. */
export function dataset(): Dataset {
  cached ??= decodeDataset(raw as unknown as RawData);
  return cached;
}

export function decodeDataset(data: RawData): Dataset {
  const labels = data.exchanges.map(([label]) => label);
  const prefixes = new Map<string, string>();
  const suffixes = new Map<string, string>();
  for (const [label, suffix, news] of data.exchanges) {
    for (const prefix of news.split('|').filter(Boolean)) prefixes.set(prefix, label);
    if (suffix) suffixes.set(suffix.slice(1), label);
  }
  const set: Dataset = { instruments: [], byTicker: new Map(), byIsin: new Map(), byWkn: new Map(), prefixes, suffixes };
  for (const [name, symbol, exchangeIndex, isin, wkn, aliases, tickers, flags] of data.instruments) {
    const instrument: Instrument = {
      name, index: flags.includes('i'), research: flags.includes('r'), blocked: flags.includes('x'), minor: flags.includes('m'),
      aliases: aliases ? aliases.split('|').map(alias => (alias[0] === '~' ? { text: alias.slice(1), weak: true } : { text: alias, weak: false })) : [],
      listings: [],
    };
    if (symbol) instrument.symbol = symbol;
    if (labels[exchangeIndex]) instrument.exchange = labels[exchangeIndex];
    if (isin) instrument.isin = isin;
    if (wkn) instrument.wkn = wkn;
    for (const entry of tickers ? tickers.split(' ') : []) {
      const at = entry.lastIndexOf('@');
      const flagged = entry[0] === '!';
      const ticker = entry.slice(flagged ? 1 : 0, at);
      const listing: Listing = { instrument, ticker, exchange: labels[Number(entry.slice(at + 1))], ambiguous: flagged || isShortOrNumeric(ticker) };
      instrument.listings.push(listing);
      const key = tickerKey(ticker);
      const known = set.byTicker.get(key);
      if (known) known.push(listing);
      else set.byTicker.set(key, [listing]);
    }
    set.instruments.push(instrument);
    if (isin && !set.byIsin.has(isin)) set.byIsin.set(isin, instrument);
    if (wkn && !set.byWkn.has(wkn)) set.byWkn.set(wkn, instrument);
  }
  for (const listings of set.byTicker.values()) listings.sort((a, b) => rank(a) - rank(b));
  return set;
}

function isShortOrNumeric(ticker: string): boolean {
  return ticker.length <= 2 || (ticker.charCodeAt(0) <= 57 && /^[0-9]+$/.test(ticker));
}

/** Main listings first, then by how prominent the company is (dataset order puts core and index members first). */
function rank(listing: Listing): number {
  return listing.instrument.symbol === listing.ticker ? 0 : 1;
}
