// Identifiers printed as such: ISINs (check digit), WKNs after a WKN cue, cashtags, exchange-qualified
// tickers ("NASDAQ: AMZN", "ETR:SAP"), Yahoo symbols ("SAP.DE", "9984.T"), RICs ("AAPL.O", ".SPX", "NKc1"),
// class tickers ("BRK.B"), tickers in parentheses and bare tickers next to "shares"/"Aktie".
import type { InstrumentFact } from '../../fact-sheet';
import { dataset, identifierIndex, tickerKey, type Instrument, type Listing } from './data';
import { isValidIsin, isWknShape, isinFromWkn, wknFromIsin } from './identifiers';
import { instrumentFact, type MentionInfo } from './mentions';

export interface ExplicitHit {
  start: number;
  fact: InstrumentFact;
  info: MentionInfo;
}

const TICKER = String.raw`[A-Z0-9]{1,6}(?:[.\-/][A-Z0-9]{1,2})?`;
const END = String.raw`(?![\p{L}\p{N}])`;
const ISIN = /(?<![A-Z0-9])[A-Z]{2}[A-Z0-9]{9}[0-9](?![A-Z0-9])/g;
const WKN = new RegExp(String.raw`(?:WKN|Wertpapierkennnummer|Wertpapier-Kennnummer|Wertpapier-Kenn-Nummer)(?:-Nr\.?)?:?[\s\u00a0]*([0-9A-Z]{6})` + END, 'gu');
const CASHTAG = new RegExp(String.raw`(?<![\p{L}\p{N}$])\$([A-Z]{1,6}(?:\.[A-Z])?)` + END, 'gu');
const RIC_EQUITY = new RegExp(String.raw`(?<![\p{L}\p{N}.$])([A-Z]{1,6})\.(OQ|O|N|K|A)` + END + String.raw`(?!\.)`, 'gu');
const CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.])[.^][A-Z][A-Z0-9]{1,15}` + END + String.raw`|(?<![\p{L}\p{N}])[A-Z]{1,4}c[12]` + END, 'gu');
const CLASS_TICKER = new RegExp(String.raw`(?<![\p{L}\p{N}.])([A-Z]{1,5})[./]([AB])` + END + String.raw`(?!\.)`, 'gu');
const PARENTHESISED = new RegExp(String.raw`\(\s*(${TICKER})\s*[),;]`, 'gu');
const BARE_WITH_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}$])([A-Z]{2,5})(?=[\s\u00a0]+(?:shares|stock|Aktie|Aktien)\b)|(?<=(?:shares of|ticker(?: symbol)?|Tickersymbol|Kürzel)[\s\u00a0]+)([A-Z]{2,5})` + END, 'gu');
/** File extensions and domains look like RICs (".PDF", ".COM"). */
const NOT_CODES = new Set(['.COM', '.NET', '.ORG', '.PDF', '.HTML', '.JSON', '.DOCX', '.XLSX', '.JPEG', '.PNG', '.GIF', '.CSV', '.ZIP', '.EXE', '.MP3', '.MP4', '.TXT']);

let compiled: { exchange: RegExp; yahoo: RegExp } | undefined;

function patterns(): { exchange: RegExp; yahoo: RegExp } {
  if (compiled) return compiled;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const { prefixes, suffixes } = dataset();
  compiled = {
    exchange: new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(prefixes.keys())})[\s\u00a0]?:[\s\u00a0]?(${TICKER})` + END, 'gu'),
    yahoo: new RegExp(String.raw`(?<![\p{L}\p{N}.$])([A-Z0-9]{1,6}(?:-[A-Z])?)\.(${alternation(suffixes.keys())})` + END + String.raw`(?!\.\p{L})`, 'gu'),
  };
  return compiled;
}

function listing(ticker: string, exchange?: string): Listing | undefined {
  const listings = identifierIndex().byTicker.get(tickerKey(ticker)) ?? [];
  return exchange ? listings.find(l => l.exchange === exchange) ?? listings.find(l => l.instrument.symbol === ticker) : listings[0];
}

/** A ticker the dataset does not know is still an instrument when it is printed explicitly. */
function unknown(text: string, symbol: string, exchange?: string): InstrumentFact {
  return { kind: 'instrument', text, name: symbol, symbol, ...(exchange ? { exchange } : {}) };
}

function known(text: string, instrument: Instrument, printed?: string): ExplicitHit['fact'] {
  const fact = instrumentFact(text, instrument);
  return instrument.index && printed ? { ...fact, symbol: printed } : fact;
}

/**
 * "Amazon (AMZN)", "Nikkei 225 (N225)": a ticker in parentheses names the instrument just before it, or
 * the company whose main ticker it is when its name is among the words before ("Acme Corp. (ACME)"),
 * never an abbreviation of other words ("Deutsches Aktieninstitut (DAI)", "Christian Lindner (FDP)").
 */
export function findParenthesised(text: string, before: readonly { start: number; end: number; instrument?: Instrument }[]): ExplicitHit[] {
  const hits: ExplicitHit[] = [];
  for (const m of text.matchAll(PARENTHESISED)) {
    const ticker = m[1] ?? '';
    const listings = identifierIndex().byTicker.get(tickerKey(ticker)) ?? [];
    const named = before.find(b => b.end <= m.index && m.index - b.end <= 2)?.instrument;
    const preceding = text.slice(Math.max(0, m.index - 60), m.index);
    const found = listings.find(l => l.instrument === named)
      ?? listings.find(l => (l.instrument.index || (!l.ambiguous && l.ticker === l.instrument.symbol)) && namedBefore(l.instrument, preceding));
    if (!found) continue;
    const start = m.index + m[0].indexOf(ticker);
    hits.push({ start, fact: known(ticker, found.instrument, ticker), info: { evidence: 'explicit', instrument: found.instrument, printedSymbol: ticker } });
  }
  return hits;
}

/** The first word of the instrument's name among the words before the parenthesis ("Coty Inc. (COTY)"). */
function namedBefore(instrument: Instrument, preceding: string): boolean {
  const first = instrument.name.split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  return first.length >= 2 && preceding.toLowerCase().split(/[^\p{L}\p{N}&.'-]+/u).slice(-6).includes(first);
}

export function findExplicit(text: string): ExplicitHit[] {
  const hits: ExplicitHit[] = [];
  const add = (start: number, fact: InstrumentFact, instrument?: Instrument, printed?: string): void => {
    if (hits.some(hit => start < hit.start + hit.fact.text.length && hit.start < start + fact.text.length)) return;
    hits.push({ start, fact, info: { evidence: 'explicit', ...(instrument ? { instrument } : {}), ...(printed ? { printedSymbol: printed } : {}) } });
  };
  const { byIsin, byWkn } = identifierIndex();
  for (const m of text.matchAll(ISIN)) {
    if (!isValidIsin(m[0])) continue;
    const instrument = byIsin.get(m[0]);
    const wkn = wknFromIsin(m[0]);
    add(m.index, instrument ? { ...instrumentFact(m[0], instrument), isin: m[0] } : { kind: 'instrument', text: m[0], name: m[0], isin: m[0], ...(wkn ? { wkn } : {}) }, instrument);
  }
  for (const m of text.matchAll(WKN)) {
    const wkn = m[1] ?? '';
    if (!isWknShape(wkn)) continue;
    const instrument = byWkn.get(wkn);
    add(m.index, instrument ? instrumentFact(m[0], instrument) : { kind: 'instrument', text: m[0], name: `WKN ${wkn}`, wkn, isin: isinFromWkn(wkn) }, instrument);
  }
  const { exchange, yahoo } = patterns();
  for (const m of text.matchAll(exchange)) {
    const label = dataset().prefixes.get(m[1] ?? '');
    const found = listing(m[2] ?? '', label);
    add(m.index, found ? known(m[0], found.instrument, m[2]) : unknown(m[0], m[2] ?? '', label), found?.instrument, m[2]);
  }
  for (const m of text.matchAll(CASHTAG)) {
    const found = listing(m[1] ?? '');
    add(m.index, found ? known(m[0], found.instrument, m[1]) : unknown(m[0], m[1] ?? ''), found?.instrument, m[1]);
  }
  for (const m of text.matchAll(yahoo)) {
    const found = listing(m[1] ?? '', dataset().suffixes.get(m[2] ?? ''));
    if (found) add(m.index, known(m[0], found.instrument), found.instrument);
  }
  for (const m of text.matchAll(RIC_EQUITY)) {
    const found = listing(m[1] ?? '');
    if (found && !found.ambiguous) add(m.index, known(m[0], found.instrument), found.instrument);
  }
  for (const m of text.matchAll(CODE)) {
    const found = listing(m[0]);
    if (found) add(m.index, known(m[0], found.instrument, m[0]), found.instrument, m[0]);
    else if (m[0].startsWith('.') && m[0].length >= 5 && !NOT_CODES.has(m[0])) add(m.index, unknown(m[0], m[0]));
  }
  for (const m of text.matchAll(CLASS_TICKER)) {
    const found = listing(`${m[1]}-${m[2]}`);
    if (found) add(m.index, known(m[0], found.instrument), found.instrument);
  }
  for (const m of text.matchAll(BARE_WITH_CUE)) {
    const ticker = m[1] ?? m[2] ?? '';
    const found = listing(ticker);
    if (found && !found.ambiguous && found.ticker === ticker) add(m.index, known(ticker, found.instrument), found.instrument);
  }
  return hits;
}
