// Identifiers printed as such: ISINs (check digit), WKNs after a WKN cue, cashtags, exchange-qualified
// tickers ("NASDAQ: AMZN", "ETR:SAP"), Yahoo symbols ("SAP.DE", "9984.T"), RICs ("AAPL.O", ".SPX", "NKc1"),
// class tickers ("BRK.B"), tickers in parentheses and bare tickers next to "shares"/"Aktie".
import type { InstrumentFact } from '../../fact-sheet';
import { dataset, identifierIndex, tickerKey, type Instrument, type Listing } from './data';
import { isValidIsin, isWknShape, isinFromWkn, wknFromIsin } from './identifiers';
import { instrumentFact, type BlockHit } from './mentions';
import * as Shape from './shapes';
import { scan } from './words';
import { escapeRegex, execAll } from '../../text/patterns';

const TICKER = String.raw`[A-Z0-9]{1,6}(?:[.\-/][A-Z0-9]{1,2})?`;
const END = String.raw`(?![\p{L}\p{N}])`;
const ISIN = /(?<![A-Z0-9])[A-Z]{2}[A-Z0-9]{9}[0-9](?![A-Z0-9])/g;
const WKN = new RegExp(String.raw`(?:WKN|Wertpapierkennnummer|Wertpapier-Kennnummer|Wertpapier-Kenn-Nummer)(?:-Nr\.?)?:?[\s\u00a0]*([0-9A-Z]{6})` + END, 'gu');
const CASHTAG = new RegExp(String.raw`(?<![\p{L}\p{N}$])\$([A-Z]{1,6}(?:\.[A-Z])?)` + END, 'gu');
const RIC_EQUITY = new RegExp(String.raw`(?<![\p{L}\p{N}.$])([A-Z]{1,6})\.(OQ|O|N|K|A)` + END + String.raw`(?!\.)`, 'gu');
const CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.])[.^][A-Z][A-Z0-9]{1,15}` + END + String.raw`|(?<![\p{L}\p{N}])[A-Z]{1,4}c[12]` + END, 'gu');
const CLASS_TICKER = new RegExp(String.raw`(?<![\p{L}\p{N}.])([A-Z]{1,5})[./]([AB])` + END + String.raw`(?!\.)`, 'gu');
const PARENTHESISED = new RegExp(String.raw`\(\s*(${TICKER})\s*[),;]`, 'gu');
/** A bare ticker before a stock word ("AAPL shares") or after a ticker cue ("Kürzel SAP"): the cue's text is not the ticker's. */
const BARE_BEFORE_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}$])([A-Z]{2,5})(?=[\s\u00a0]{1,3}(?:shares|stock|Aktie|Aktien)\b)`, 'gu');
const BARE_AFTER_CUE = new RegExp(String.raw`(?:shares of|ticker(?: symbol)?|Tickersymbol|Kürzel)[\s\u00a0]{1,3}([A-Z]{2,5})` + END, 'gu');
/** File extensions and domains look like RICs (".PDF", ".COM"). */
const NOT_CODES = new Set(['.COM', '.NET', '.ORG', '.PDF', '.HTML', '.JSON', '.DOCX', '.XLSX', '.JPEG', '.PNG', '.GIF', '.CSV', '.ZIP', '.EXE', '.MP3', '.MP4', '.TXT']);

/**
 * `yahooSuffixes`: the Yahoo suffixes, or undefined when one is not plain capitals (then every block is worth the pattern).
 * `prefixTails`: the last words of the exchange prefixes ("Paris" of "Euronext Paris"), or undefined when a
 * prefix is not plain ASCII words (then every colon is worth the exchange pattern).
 */
interface Patterns { exchange: RegExp; yahoo: RegExp; yahooSuffixes: Set<string> | undefined; prefixTails: Set<string> | undefined }

let compiled: Patterns | undefined;

function patterns(): Patterns {
  if (compiled) return compiled;
  // Spaces kept literal: exchange prefixes are matched as written ("Euronext Paris").
  const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const { prefixes, suffixes } = dataset();
  compiled = {
    exchange: new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(prefixes.keys())})[\s\u00a0]?:[\s\u00a0]?(${TICKER})` + END, 'gu'),
    yahoo: new RegExp(String.raw`(?<![\p{L}\p{N}.$])([A-Z0-9]{1,6}(?:-[A-Z])?)\.(${alternation(suffixes.keys())})` + END + String.raw`(?!\.\p{L})`, 'gu'),
    yahooSuffixes: [...suffixes.keys()].every(suffix => /^[A-Z]+$/.test(suffix)) ? new Set(suffixes.keys()) : undefined,
    prefixTails: [...prefixes.keys()].every(prefix => /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(prefix))
      ? new Set([...prefixes.keys()].map(prefix => prefix.slice(prefix.lastIndexOf(' ') + 1))) : undefined,
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

function known(text: string, instrument: Instrument, printed?: string): InstrumentFact {
  const fact = instrumentFact(text, instrument);
  return instrument.index && printed ? { ...fact, symbol: printed } : fact;
}

/**
 * "Amazon (AMZN)", "Nikkei 225 (N225)": a ticker in parentheses names the instrument just before it, or
 * the company whose main ticker it is when its name is among the words before ("Acme Corp. (ACME)"),
 * never an abbreviation of other words ("Deutsches Aktieninstitut (DAI)", "Christian Lindner (FDP)").
 */
export function findParenthesised(text: string, names: readonly BlockHit[]): BlockHit[] {
  const hits: BlockHit[] = [];
  if (!text.includes('(')) return hits;
  for (const m of execAll(PARENTHESISED, text)) {
    const ticker = m[1] ?? '';
    const listings = identifierIndex().byTicker.get(tickerKey(ticker)) ?? [];
    const named = names.find(b => b.start + b.fact.text.length <= m.index && m.index - (b.start + b.fact.text.length) <= 2)?.info.instrument;
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

const NONE: readonly RegExpExecArray[] = [];

const isAsciiWordCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A colon right after (one space after) a word that ends an exchange prefix ("NASDAQ:", "Euronext Paris :"). */
function exchangeCue(text: string, tails: Set<string> | undefined): boolean {
  if (!tails) return true;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    if (/[\s\u00a0]/.test(text[end - 1] ?? '')) end--;
    let start = end;
    while (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) start--;
    if (start < end && tails.has(text.slice(start, end))) return true;
  }
  return false;
}

/** A dot after a capital or digit, then letters and digits that are a Yahoo suffix ("SAP.DE"; not "U.S."). */
function yahooCue(text: string, suffixes: Set<string>): boolean {
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    let end = dot + 1;
    while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
    if (end > dot + 1 && suffixes.has(text.slice(dot + 1, end))) return true;
  }
  return false;
}

/** The first pattern to claim a span keeps it. */
function add(hits: BlockHit[], start: number, fact: InstrumentFact, instrument?: Instrument, printed?: string): void {
  if (hits.some(hit => start < hit.start + hit.fact.text.length && hit.start < start + fact.text.length)) return;
  hits.push({ start, fact, info: { evidence: 'explicit', ...(instrument ? { instrument } : {}), ...(printed ? { printedSymbol: printed } : {}) } });
}

/** `shapes`: the bits the block scan found (./shapes). */
export function findExplicit(text: string, shapes = scan(text).shapes): BlockHit[] {
  const hits: BlockHit[] = [];
  const { byIsin, byWkn } = identifierIndex();
  for (const m of shapes & Shape.ISIN ? execAll(ISIN, text) : NONE) {
    if (!isValidIsin(m[0])) continue;
    const instrument = byIsin.get(m[0]);
    const wkn = wknFromIsin(m[0]);
    add(hits, m.index, instrument ? { ...instrumentFact(m[0], instrument), isin: m[0] } : { kind: 'instrument', text: m[0], name: m[0], isin: m[0], ...(wkn ? { wkn } : {}) }, instrument);
  }
  for (const m of Shape.wknCue(text, shapes) ? execAll(WKN, text) : NONE) {
    const wkn = m[1] ?? '';
    if (!isWknShape(wkn)) continue;
    const instrument = byWkn.get(wkn);
    add(hits, m.index, instrument ? instrumentFact(m[0], instrument) : { kind: 'instrument', text: m[0], name: `WKN ${wkn}`, wkn, isin: isinFromWkn(wkn) }, instrument);
  }
  const { exchange, yahoo, yahooSuffixes, prefixTails } = patterns();
  for (const m of shapes & Shape.EXCHANGE && exchangeCue(text, prefixTails) ? execAll(exchange, text) : NONE) {
    const label = dataset().prefixes.get(m[1] ?? '');
    const found = listing(m[2] ?? '', label);
    add(hits, m.index, found ? known(m[0], found.instrument, m[2]) : unknown(m[0], m[2] ?? '', label), found?.instrument, m[2]);
  }
  for (const m of shapes & Shape.CASHTAG ? execAll(CASHTAG, text) : NONE) {
    const found = listing(m[1] ?? '');
    add(hits, m.index, found ? known(m[0], found.instrument, m[1]) : unknown(m[0], m[1] ?? ''), found?.instrument, m[1]);
  }
  for (const m of !yahooSuffixes || (shapes & Shape.YAHOO && yahooCue(text, yahooSuffixes)) ? execAll(yahoo, text) : NONE) {
    const found = listing(m[1] ?? '', dataset().suffixes.get(m[2] ?? ''));
    if (found) add(hits, m.index, known(m[0], found.instrument), found.instrument);
  }
  for (const m of shapes & Shape.RIC ? execAll(RIC_EQUITY, text) : NONE) {
    const found = listing(m[1] ?? '');
    if (found && !found.ambiguous) add(hits, m.index, known(m[0], found.instrument), found.instrument);
  }
  for (const m of shapes & Shape.CODE ? execAll(CODE, text) : NONE) {
    const found = listing(m[0]);
    if (found) add(hits, m.index, known(m[0], found.instrument, m[0]), found.instrument, m[0]);
    else if (m[0].startsWith('.') && m[0].length >= 5 && !NOT_CODES.has(m[0])) add(hits, m.index, unknown(m[0], m[0]));
  }
  for (const m of shapes & Shape.CLASS ? execAll(CLASS_TICKER, text) : NONE) {
    const found = listing(`${m[1]}-${m[2]}`);
    if (found) add(hits, m.index, known(m[0], found.instrument), found.instrument);
  }
  const bare = Shape.bareTickerCue(text, shapes);
  for (const m of bare ? [...execAll(BARE_BEFORE_CUE, text), ...execAll(BARE_AFTER_CUE, text)] : NONE) {
    const ticker = m[1] ?? '';
    const found = listing(ticker);
    if (found && !found.ambiguous && found.ticker === ticker) add(hits, m.index + m[0].length - ticker.length, known(ticker, found.instrument), found.instrument);
  }
  return hits;
}
