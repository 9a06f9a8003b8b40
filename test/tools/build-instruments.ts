// `npm run data`: rebuilds the shipped instrument dataset (src/core/data/instruments.json) and its
// licence notices from /work/shared/data. Only rebuilding needs that folder; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTRA_ALIASES, EXTRA_WEAK_WORDS, SUPPLEMENT, INDICES, NOT_ALIASES, NOT_INSTRUMENTS, RESEARCH_FIRMS, type HandRecord } from './build-instruments-data';

const SOURCE = process.env.INSTRUMENT_SOURCE ?? '/work/shared/data';
const OUT = 'src/core/data';

interface Symbol { ticker: string; exchange: string; ambiguous?: boolean }
interface SourceRecord {
  id: string; name: string; aliases: string[]; symbols: Symbol[];
  isin?: string; isinSource?: string; wkn?: string; country?: string; type: string; tier: number; core?: boolean; capClass?: string;
}
interface CoreCompany { id: string; name: string; officialName: string; allAliases: string[]; verified: { listings: Record<string, boolean> } }
interface Exchange { exchange: string; yahooSuffix: string | null; newsPrefixes: string[] }

/** Exchanges whose tickers are kept; regional German venues and the rest only repeat a home listing. */
const KEPT_EXCHANGES = new Set([
  'NASDAQ', 'NYSE', 'NYSE American', 'NYSE Arca', 'Cboe BZX', 'OTC', 'XETRA', 'Frankfurt', 'Tokyo', 'HKEX', 'LSE',
  'Euronext Paris', 'Euronext Amsterdam', 'Euronext Milan', 'Euronext Brussels', 'Euronext Lisbon', 'Euronext Dublin',
  'BME Madrid', 'SIX', 'TSX', 'ASX', 'Nasdaq Stockholm', 'Nasdaq Helsinki', 'Nasdaq Copenhagen', 'Oslo', 'Vienna',
  'KRX', 'TWSE', 'Shanghai', 'Shenzhen',
]);
const US_EXCHANGES = ['NASDAQ', 'NYSE', 'NYSE American', 'NYSE Arca', 'Cboe BZX'];
/** SPACs, closed-end funds, trusts and notes: listed, but not what news call a company. */
const FUND_OR_SHELL = /Acquisition|\bTrust\b|\bFund\b|\bIncome\b|Municipal|\bNotes\b|Warrant|\bUnits?\b|\bL\.?P\.?$|Investors\b/i;
const GERMAN_REGIONAL = new Set(['Berlin', 'Munich', 'Duesseldorf', 'Hamburg', 'Hannover', 'Stuttgart']);
/** Home exchanges per issuer country, best first: the main ticker comes from the first that lists the stock. */
const HOME: Record<string, string[]> = {
  US: US_EXCHANGES, DE: ['XETRA', 'Frankfurt'], AT: ['Vienna'],
  FR: ['Euronext Paris'], NL: ['Euronext Amsterdam'], IT: ['Euronext Milan'], BE: ['Euronext Brussels'], ES: ['BME Madrid'],
  CH: ['SIX'], GB: ['LSE'], JP: ['Tokyo'], HK: ['HKEX'], CN: ['HKEX', 'Shanghai', 'Shenzhen'], KY: ['HKEX', 'NYSE', 'NASDAQ'],
  CA: ['TSX'], AU: ['ASX'], SE: ['Nasdaq Stockholm'], FI: ['Nasdaq Helsinki'], DK: ['Nasdaq Copenhagen'], NO: ['Oslo'],
  KR: ['KRX'], TW: ['TWSE'], BM: ['NYSE', 'NASDAQ', 'HKEX'], VG: ['NYSE', 'NASDAQ'], IL: ['NASDAQ', 'NYSE'], IE: ['NYSE', 'NASDAQ', 'LSE'], LU: ['Euronext Amsterdam', 'XETRA'], PT: ['Euronext Lisbon'],
};
/** Tier-2 names are kept only for issuers from these markets (German and English news); tiers 0–1 always. */
const NEWS_MARKETS = new Set(['US', 'DE', 'AT', 'CH', 'FR', 'NL', 'IT', 'BE', 'ES', 'GB', 'IE', 'LU', 'SE', 'FI', 'DK', 'NO', 'CA', 'JP',
  'KY', 'BM', 'VG', 'IL', 'CN', 'HK', 'TW', 'KR', 'AU', 'PT']);
/** Preferred stock, warrants, units and rights: never what news mean by a company's ticker. */
const NON_COMMON_SHARE = /-(?:P[A-Z]?|WT?|U|RT?|WS)$|\.(?:WS|U)$/;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(`${SOURCE}/${file}`, 'utf8')) as T;
}

function commonWords(): Set<string> {
  const lines = readFileSync(`${SOURCE}/build/common_words.txt`, 'utf8').split('\n');
  const words = lines.map(line => line.replace(/#.*/, '').trim().toLowerCase()).filter(Boolean);
  return new Set([...words, ...EXTRA_WEAK_WORDS.map(word => word.toLowerCase())]);
}

/** Xetra list names ("LUFTHANSA AG VNA O.N.") are unfit for display: fall back to a news name. */
function displayName(official: string, fallback: string): string {
  official = official.replace(/\s+(?:Sponsored\s+)?(?:GDR|ADR|ADS)\b.*$/, '');
  const xetra = /\bO\.N\.|\s{2}|\bVNA\b|\bNA\b|\bINH\b/.test(official) || (official === official.toUpperCase() && official.length > 5);
  // Xetra's share-class codes after the legal form ("Creditshelf Ag IA") are not part of the name.
  return xetra ? fallback.replace(/\s+(?:Ag|Se)\b/, m => m.toUpperCase()).replace(/\s+(?:IA|NA|VNA|INH|ST|VZO)$/, '') : official;
}

const LEGAL_SUFFIX = /^,?\s+(?:Inc|Corp|Corporation|Incorporated|Co|Company|Ltd|Limited|plc|AG|SE|S\.?A|N\.?V|S\.p\.A|SpA|Oyj|ASA|AB|A\/S|KGaA|& Co\.? KGaA|Aktiengesellschaft)\.?$/i;

/**
 * "Amazon.com Inc." adds nothing to "Amazon.com": the matcher reads the legal form as context anyway.
 * Unless the short name is shared by namesakes: "Porsche SE" tells the holding from "Porsche" AG.
 */
function addsOnlyLegalForm(alias: string, names: Set<string>, isShared: (name: string) => boolean): boolean {
  for (const other of names) {
    if (other.length < alias.length && alias.startsWith(other) && LEGAL_SUFFIX.test(alias.slice(other.length)) && !isShared(other)) return true;
  }
  return false;
}

/**
 * Merges in the dataset occasionally take the name of a foreign venue's unrelated listing that shares the
 * ticker (a German ISIN named "PT. Borneo …" after an Indonesian BOSS line): returns that name's first word.
 */
function foreignName(record: SourceRecord): string | undefined {
  const home = HOME[record.isin?.slice(0, 2) ?? ''];
  const stray = home && record.symbols.some(s => !KEPT_EXCHANGES.has(s.exchange) && !GERMAN_REGIONAL.has(s.exchange) && !home.includes(s.exchange));
  const words = new Set(record.name.toLowerCase().split(/[\s,.]+/));
  const unrelated = record.aliases.some(a => a.toLowerCase().split(/[\s,.]+/).every(w => !words.has(w)));
  return stray && unrelated ? record.name.split(/\s+/)[0] : undefined;
}

/** ISIN country, else headquarters; SEC registrants without either count as US. */
function countryOf(record: SourceRecord): string {
  return record.isin?.slice(0, 2) ?? record.country ?? (record.symbols.some(s => US_EXCHANGES.includes(s.exchange)) ? 'US' : '');
}

function mainListing(record: SourceRecord, core: CoreCompany | undefined): Symbol | undefined {
  const claimed = core ? Object.keys(core.verified.listings)[0] : undefined;
  if (claimed) {
    const [exchange = '', ticker = ''] = [claimed.slice(0, claimed.lastIndexOf(':')), claimed.slice(claimed.lastIndexOf(':') + 1)];
    return { ticker, exchange };
  }
  const usable = record.symbols.filter(s => !NON_COMMON_SHARE.test(s.ticker));
  const country = countryOf(record);
  for (const exchange of HOME[country] ?? []) {
    const found = usable.find(s => s.exchange === exchange);
    if (found) return found;
  }
  return usable.find(s => KEPT_EXCHANGES.has(s.exchange) && s.exchange !== 'OTC') ?? usable[0];
}

/** US ISINs derived from CUSIPs in SEC filings carry the CUSIP licensing caveat (raw/README.md): not shipped. */
function shippableIsin(record: SourceRecord): string {
  return record.isin && !record.isinSource?.startsWith('cik-cusip') ? record.isin : '';
}

function keepRecord(record: SourceRecord): boolean {
  // Vienna's certificate lines ("RCB OE TL.Z./Hugo Boss") use the ISIN as ticker: derivatives, not companies.
  if (record.symbols.every(s => /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/.test(s.ticker))) return false;
  if (record.tier <= 1) return true;
  if (record.tier >= 3 || (record.type !== 'etf' && FUND_OR_SHELL.test(record.name))) return false;
  const country = countryOf(record);
  return NEWS_MARKETS.has(country) && record.symbols.some(s => (HOME[country] ?? []).includes(s.exchange));
}

function main(): void {
  const exchanges = readJson<Exchange[]>('exchanges.json').filter(e => KEPT_EXCHANGES.has(e.exchange));
  const exchangeIndex = new Map(exchanges.map((e, i) => [e.exchange, i]));
  const coreById = new Map(readJson<{ companies: CoreCompany[] }>('instruments-core.json').companies.map(c => [c.id, c]));
  const source = readJson<SourceRecord[]>('instruments.json');
  const weakWords = commonWords();
  const handAliases = new Set([...SUPPLEMENT, ...INDICES].flatMap(r => r.aliases.map(a => a.toLowerCase())));
  const notAliases = new Set(NOT_ALIASES.map(a => a.toLowerCase()));

  const kept = source.filter(keepRecord);
  const handNames = (record: SourceRecord): string[] => {
    const main = mainListing(record, coreById.get(record.id));
    return main ? EXTRA_ALIASES[`${main.exchange}:${main.ticker}`] ?? [] : [];
  };
  const owners = aliasOwners(kept, coreById, handNames);
  const rows: unknown[][] = [];
  for (const record of kept) {
    const core = coreById.get(record.id);
    const main = mainListing(record, core);
    const foreign = foreignName(record);
    const extra = handNames(record);
    const names = new Set(allNames(record, core, extra)
      .filter(a => (!foreign || !a.startsWith(foreign)) && a.length >= 2 && !notAliases.has(a.toLowerCase()) && !handAliases.has(a.toLowerCase())));
    const derived = new Set(minorShortNames(record));
    const aliases: string[] = [];
    for (const alias of names) {
      const lower = alias.toLowerCase();
      if (addsOnlyLegalForm(alias, names, other => owners.get(other.toLowerCase()) === null)) continue;
      const owner = owners.get(lower);
      // A hand-written news name ("Nio") is checked; a short generated one may be any acronym.
      const shortGenerated = record.tier >= 2 && !extra.includes(alias) && alias.replace(/[^\p{L}]/gu, '').length < 4;
      if (owner && owner !== record) continue;
      aliases.push(weakWords.has(lower) || owner === null || shortGenerated || derived.has(alias) ? `~${alias}` : alias);
    }
    const tickers = [main, ...record.symbols]
      .filter((s): s is Symbol => Boolean(s && exchangeIndex.has(s.exchange) && !NON_COMMON_SHARE.test(s.ticker)))
      .filter(s => s.exchange !== 'OTC' || record.tier <= 1)
      .map(s => `${s.ambiguous || weakWords.has(s.ticker.toLowerCase()) ? '!' : ''}${s.ticker}@${exchangeIndex.get(s.exchange)}`);
    const official = foreign ? [...names].sort((a, b) => b.length - a.length)[0] ?? record.name : record.name;
    const name = displayName(core?.officialName ?? official, core?.name ?? record.aliases[0] ?? record.name);
    // Merges gave a few large companies an ETN line and the ETF type (JPMorgan): index members are companies.
    // A company we wrote news names for is one news cover: not held to the minor-name standard.
    const minor = record.tier >= 2 && extra.length === 0;
    const flags = `${record.type === 'etf' && record.tier >= 2 ? 'e' : ''}${RESEARCH_FIRMS.some(f => f.test(name)) ? 'r' : ''}${minor ? 'm' : ''}`;
    rows.push([name, main?.ticker ?? '', main ? exchangeIndex.get(main.exchange) ?? -1 : -1,
      shippableIsin(record), record.wkn ?? '', aliases.join('|'), [...new Set(tickers)].join(' '), flags]);
  }
  for (const hand of [...SUPPLEMENT, ...INDICES]) rows.push(handRow(hand, exchangeIndex));
  rows.push(['', '', -1, '', '', NOT_INSTRUMENTS.join('|'), '', 'x']);

  const data = {
    about: 'Generated by test/tools/build-instruments.ts (npm run data). Row: [name, main ticker, exchange index, ISIN, WKN, '
      + 'aliases ("|"; "~" = needs company context), tickers ("TICKER@exchange"; "!" = never bare), flags (e etf, i index, r research firm, h historical, x not an instrument: names to consume and drop)].',
    exchanges: exchanges.map(e => [e.exchange, e.yahooSuffix ?? '', e.newsPrefixes.join('|')]),
    instruments: rows,
  };
  const json = JSON.stringify(data);
  writeFileSync(`${OUT}/instruments.json`, json);
  writeFileSync(`${OUT}/LICENSES.md`, LICENSES);
  console.log(`renamed (foreign venue name): ${kept.filter(r => foreignName(r)).map(r => r.name).join('; ')}`);
  console.log(`${rows.length} instruments, ${json.length} bytes, ${gzipSync(json).length} gzip`);
}

/**
 * Trailing words news drop: "Gilead Sciences" is "Gilead", "Adobe Systems" is "Adobe", "Stadler Rail" is
 * "Stadler", "T-Mobile US" is "T-Mobile", "Lucid Group" is "Lucid".
 */
const DESCRIPTOR = /^(.{4,}?)\s+(?:Sciences|Technologies|Technology|Systems|Pharmaceuticals|Therapeutics|Holdings|Holding|Group|Industries|Communications|Entertainment|Brands|Enterprises|International|Worldwide|Laboratories|Platforms|Incorporated|Rail|US)$/;
/** Size classes whose short names news use even though the company is in no index we track. */
const NEWS_SIZED = new Set(['Mega Cap', 'Large Cap', 'Mid Cap']);

const shortNames = (names: string[]): string[] => names.map(n => DESCRIPTOR.exec(n)?.[1]).filter((n): n is string => Boolean(n));

/** A mid or large cap outside the indices: its one-word short name, which then needs company context. */
function minorShortNames(record: SourceRecord): string[] {
  if (record.tier <= 1 || !NEWS_SIZED.has(record.capClass ?? '')) return [];
  return shortNames([record.name, ...record.aliases]).filter(n => /^\p{Lu}[\p{L}-]{3,}$/u.test(n));
}

function allNames(record: SourceRecord, core: CoreCompany | undefined, extra: string[]): string[] {
  const names = [...(core ? [core.name, ...core.allAliases] : []), record.name, ...record.aliases, ...extra];
  return [...names, ...(record.tier <= 1 ? shortNames(names) : minorShortNames(record))];
}

/**
 * A name shared by several companies ("SoftBank", "Merck") belongs to the one with the lowest tier when
 * that one is unique (null = a tie: every owner keeps it as a name that needs context). A hand-written
 * news name ("Foxconn" for Hon Hai) belongs to the company it was written for.
 */
function aliasOwners(records: SourceRecord[], coreById: Map<string, CoreCompany>, handNames: (record: SourceRecord) => string[]): Map<string, SourceRecord | null> {
  const byAlias = new Map<string, SourceRecord[]>();
  const assigned = new Map<string, SourceRecord>();
  for (const record of records) {
    const core = coreById.get(record.id);
    const hand = handNames(record);
    for (const alias of hand) assigned.set(alias.toLowerCase(), record);
    const names = new Set(allNames(record, core, hand).map(a => a.toLowerCase()));
    for (const alias of names) byAlias.set(alias, [...(byAlias.get(alias) ?? []), record]);
  }
  const owners = new Map<string, SourceRecord | null>();
  for (const [alias, holders] of byAlias) {
    const contenders = namesakesOrAll(alias, holders, coreById);
    const best = Math.min(...contenders.map(h => h.tier));
    const top = contenders.filter(h => h.tier === best);
    owners.set(alias, assigned.get(alias) ?? (top.length === 1 ? top[0]! : null));
  }
  return owners;
}

/**
 * Merges in the source data attach another company's name now and then ("Stabilus" on
 * STMicroelectronics, "Carmila" on Carisma): a name of five or more letters that some holders' own
 * names begin with is contended by those only. Shorter ones are acronyms ("FMC", "SEB"), which news
 * use for the better-known holder whatever its name.
 */
function namesakesOrAll(alias: string, holders: SourceRecord[], coreById: Map<string, CoreCompany>): SourceRecord[] {
  if (alias.replace(/[^\p{L}]/gu, '').length < 5) return holders;
  const key = transliterated(alias);
  const namesakes = holders.filter(h => {
    const core = coreById.get(h.id);
    return [h.name, core?.name, core?.officialName].some(name => {
      const own = transliterated(name ?? '');
      return own.startsWith(key) && !/[\p{L}\p{N}]/u.test(own.charAt(key.length));
    });
  });
  return namesakes.length > 0 ? namesakes : holders;
}

/** Lower case, umlauts as the exchanges write them ("SUEDZUCKER"), other accents dropped. */
function transliterated(name: string): string {
  return name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

function handRow(hand: HandRecord, exchangeIndex: Map<string, number>): unknown[] {
  const exchange = hand.exchange ? exchangeIndex.get(hand.exchange) ?? -1 : -1;
  const tickers = (hand.codes ?? []).map(code => `${code}@${exchange}`);
  return [hand.name, hand.symbol ?? '', exchange, hand.isin ?? '', hand.wkn ?? '', hand.aliases.join('|'), tickers.join(' '),
    hand.index ? 'i' : `h${hand.etf ? 'e' : ''}${RESEARCH_FIRMS.some(f => f.test(hand.name)) ? 'r' : ''}`];
}

const LICENSES = `# Instrument dataset — sources and licences

\`instruments.json\` is generated by \`test/tools/build-instruments.ts\` from the team's offline dataset, which
was normalised from the sources below (snapshot dates and commits in the dataset's raw/README.md). Only
names, tickers, exchange labels, ISINs and WKNs are kept: factual identifiers, no descriptive text. US ISINs from
other sources still embed CUSIP numbers (see the caveat in the dataset's raw/README.md) and need the same legal review.
Index entries, historical (delisted) companies and the extra common-word list are written for this project.

| source | used for | licence |
|---|---|---|
| U.S. SEC EDGAR \`company_tickers.json\`, \`company_tickers_exchange.json\` | US registrants, tickers, names | public domain (17 U.S.C. §105) |
| Nasdaq Trader symbol directories (datasets/nasdaq-listings, datasets/nyse-other-listings) | listing names, exchanges, ETF flag | ODC-PDDL-1.0 |
| datasets/s-and-p-500-companies | S&P 500 members | ODC-PDDL-1.0 (list derived from Wikipedia) |
| yfiua/index-constituents | DAX, Dow Jones, FTSE 100, FTSE MIB, Hang Seng, Nasdaq-100 members | Apache-2.0 (lists derived from Wikipedia) |
| portfolioplus/pytickersymbols | index members, ISINs, short names | MIT, Copyright (c) portfolioplus; content derived from Wikipedia (CC BY-SA 4.0), facts only |
| JerBouma/FinanceDatabase | non-US listings, ISINs, venue tickers | MIT, Copyright (c) Jeroen Bouma |
| Deutsche Börse Xetra instrument lists 2019/2021 | WKNs, Xetra mnemonics | no open licence stated — factual identifiers; needs legal review before shipping |
| leoliu0/cik-cusip-mapping | not shipped: ISINs derived from it (CUSIP licensing caveat) are left out of this file | — |

MIT licence text (pytickersymbols, FinanceDatabase):

> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
> documentation files (the "Software"), to deal in the Software without restriction, including without limitation
> the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
> permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright
> notice and this permission notice shall be included in all copies or substantial portions of the Software.
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
`;

main();
