// The core against general-purpose recognisers on the same paragraphs: Microsoft Recognizers-Text's
// currency model (German culture for German articles, English for English) and compromise's
// money + percentages. Those are slow, so all three run on the first ~200 KB of the corpus.
import { Culture, NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import nlp from 'compromise';
import { extractFacts } from '../../../src/core';
import { benchCorpus } from '../corpus-text';
import { cpuMs, mbPerSecond, medianMs, round } from '../measure';
import type { BenchRow } from '../types';

const SAMPLE_BYTES = 200_000;
/** The core is timed over this many passes of the sample so its run is long enough to measure. */
const CORE_PASSES = 20;

export async function run(): Promise<BenchRow[]> {
  const sample = await benchCorpus(SAMPLE_BYTES);
  const paragraphs = sample.articles.flatMap(article => article.blocks.map(block => ({ lang: article.lang, text: block.text })));
  // Built once, outside the timing: `recognizeCurrency()` would rebuild the model on every call.
  const currency = {
    de: new NumberWithUnitRecognizer(Culture.German).getCurrencyModel(),
    en: new NumberWithUnitRecognizer(Culture.English).getCurrencyModel(),
  };

  const coreMs = medianMs(() => {
    for (let pass = 0; pass < CORE_PASSES; pass++) for (const article of sample.articles) extractFacts(article);
  }) / CORE_PASSES;
  // One run each: they take seconds, so timer noise is negligible.
  const recognizersMs = cpuMs(() => paragraphs.forEach(({ lang, text }) => currency[lang].parse(text)));
  const compromiseMs = cpuMs(() => paragraphs.forEach(({ text }) => {
    const doc = nlp(text);
    doc.money().json();
    doc.percentages().json();
  }));

  const core = mbPerSecond(sample.bytes, coreMs);
  const recognizers = mbPerSecond(sample.bytes, recognizersMs);
  const compromise = mbPerSecond(sample.bytes, compromiseMs);
  const sampleNote = `${round(sample.bytes / 1e3, 0)} KB, ${sample.articles.length} articles, ${paragraphs.length} blocks`;
  return [
    { name: 'core (all kinds)', value: round(core, 1), unit: 'MB/s', note: `${sampleNote}; median of 3 × ${CORE_PASSES} passes` },
    { name: 'Recognizers-Text currency', value: round(recognizers, 4), unit: 'MB/s', note: `currency model per block, de-DE / en-US by article (${round(recognizersMs / 1000, 1)} s)` },
    { name: 'compromise money+percent', value: round(compromise, 3), unit: 'MB/s', note: `nlp(block).money() + .percentages(), English model on all blocks (${round(compromiseMs / 1000, 1)} s)` },
    { name: 'core / Recognizers-Text', value: round(core / recognizers, 0), unit: '×', note: 'same text, same run' },
    { name: 'core / compromise', value: round(core / compromise, 0), unit: '×', note: 'same text, same run' },
  ];
}
