// What the instrument dataset costs: its size (raw, gzip), decoding it and building the name
// matcher, the matcher's throughput on article text, and a full extraction of a page not about stocks.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extractFacts, type Article } from '../../../src/core';
import { decodeDataset, indexIdentifiers, type RawData } from '../../../src/core/facts/instrument/data';
import { buildAliasTrie, findNames } from '../../../src/core/facts/instrument/matcher';
import { benchCorpus } from '../corpus-text';
import { mbPerSecond, medianMs, round } from '../measure';
import type { BenchRow } from '../types';

const DATA = 'src/core/data/instruments.json';
const MIN_BYTES = 5e6;

/** A recipe and a match report: what the content script sees on pages that are not stock news. */
const NOT_ABOUT_STOCKS: Article = {
  lang: 'de',
  blocks: [
    { text: 'Apfelkuchen wie bei Oma: das einfache Rezept', heading: true },
    { text: 'Für den Teig 250 Gramm Mehl, 125 Gramm Butter, ein Ei und eine Prise Salz verkneten und 30 Minuten kühl stellen. Sechs Äpfel schälen, vierteln und in dünne Spalten schneiden.' },
    { text: 'Den Backofen auf 180 Grad vorheizen. Die Form mit Butter fetten, den Teig ausrollen und den Rand etwa drei Zentimeter hochziehen. Die Äpfel fächerartig einlegen, mit Zimt und Zucker bestreuen.' },
    { text: 'Nach 45 Minuten ist der Kuchen goldbraun. Am besten schmeckt er lauwarm mit einer Kugel Vanilleeis oder Schlagsahne. Tipp: Ein Schuss Apple Cider im Teig macht ihn saftiger.' },
    { text: 'Bayern gewinnt das Spitzenspiel in Dortmund mit 3:1', heading: true },
    { text: 'Vor 81.365 Zuschauern brachte Kane die Gäste in der 12. Minute in Führung. Nach der Pause glich Dortmund durch einen Kopfball aus, doch Musiala und erneut Kane sorgten in der Schlussphase für die Entscheidung.' },
    { text: 'Trainer Kompany lobte die Moral seiner Mannschaft: „Wir haben nach dem Ausgleich nicht die Nerven verloren.“ Am Mittwoch geht es in der Champions League weiter, am Samstag wartet der VfB Stuttgart.' },
  ],
};

export async function run(): Promise<BenchRow[]> {
  const text = readFileSync(DATA, 'utf8');
  const gzip = gzipSync(text).length;
  const parsed = JSON.parse(text) as RawData;
  const records = parsed.instruments.length;
  const decodeMs = medianMs(() => decodeDataset(JSON.parse(text) as RawData), 5);
  const decoded = decodeDataset(parsed);
  const trieMs = medianMs(() => buildAliasTrie(decoded.instruments), 5);
  // Listings are decoded once per record object: a fresh decode each run, minus the decode itself.
  const indexMs = medianMs(() => indexIdentifiers(decodeDataset(parsed)), 5) - medianMs(() => decodeDataset(parsed), 5);
  const trie = buildAliasTrie(decoded.instruments);
  const corpus = await benchCorpus(MIN_BYTES);
  let names = 0;
  const matchMs = medianMs(() => {
    names = 0;
    for (const article of corpus.articles) for (const block of article.blocks) names += findNames(block.text, article.lang, trie).length;
  });
  const pageBytes = NOT_ABOUT_STOCKS.blocks.reduce((sum, block) => sum + Buffer.byteLength(block.text), 0);
  const pageMs = medianMs(() => { for (let i = 0; i < 100; i++) extractFacts(NOT_ABOUT_STOCKS); }, 5) / 100;
  const stray = extractFacts(NOT_ABOUT_STOCKS).filter(entry => entry.fact.kind === 'instrument').length;
  return [
    { name: 'dataset size', value: round(text.length / 1024, 0), unit: 'KiB', note: `${records} records; ${round(gzip / 1024, 0)} KiB gzip` },
    { name: 'parse + decode', value: round(decodeMs, 1), unit: 'ms', note: 'once per page, on the first article that passes the finance gate; median of 5' },
    { name: 'build name matcher', value: round(trieMs, 1), unit: 'ms', note: `once per page, right after; ${decoded.instruments.reduce((sum, i) => sum + i.aliases.length, 0)} aliases` },
    { name: 'ticker/ISIN/WKN index', value: round(Math.max(0, indexMs), 1), unit: 'ms', note: 'once per page, only when a ticker, ISIN or WKN is printed' },
    { name: 'name matcher', value: round(mbPerSecond(corpus.bytes, matchMs), 1), unit: 'MB/s', note: `${round(corpus.bytes / 1e6, 1)} MB of article text, ${names} raw name hits` },
    { name: 'extractFacts, page not about stocks', value: round(pageMs, 3), unit: 'ms', note: `${pageBytes} bytes (recipe + football), warm, all kinds; ${stray} instruments found` },
  ];
}
