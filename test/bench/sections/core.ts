// The whole core (`extractFacts`, every kind and refiner) over ≥ 10 MB of real article text,
// with the heap before, during and after the run.
import { extractFacts, type Article, type Located } from '../../../src/core';
import { articleBytes, benchCorpus, sourceArticles } from '../corpus-text';
import { collectGarbage, cpuMs, heapUsedMb, mbPerSecond, medianMs, round } from '../measure';
import type { BenchRow } from '../types';

const MIN_BYTES = 10e6;
/** The headline figure: five runs, since a shared machine's runs vary by about ±10 %. */
const RUNS = 5;

export async function run(): Promise<BenchRow[]> {
  const source = await sourceArticles();
  const corpus = await benchCorpus(MIN_BYTES);
  const sourceBytes = articleBytes(source);
  let facts = 0;
  const ms = medianMs(() => {
    facts = 0;
    for (const article of corpus.articles) facts += extractFacts(article).length;
  }, RUNS);
  const memory = heapDuringRun(corpus.articles);
  return [
    { name: 'text', value: round(corpus.bytes / 1e6), unit: 'MB', note: `${corpus.articles.length} articles (avg ${round(corpus.bytes / corpus.articles.length / 1000, 1)} KB), ${source.length} distinct (${round(sourceBytes / 1e3, 0)} KB, German and English) repeated` },
    { name: 'core throughput', value: round(mbPerSecond(corpus.bytes, ms), 1), unit: 'MB/s', note: `extractFacts, median of ${RUNS} runs (${round(ms, 0)} ms)` },
    { name: 'facts found', value: facts, unit: 'facts', note: `${round(facts / (corpus.bytes / 1e6), 0)} per MB` },
    { name: 'heap before', value: round(memory.before, 1), unit: 'MB', note: 'after GC, corpus loaded' },
    { name: 'heap peak', value: round(memory.peak, 1), unit: 'MB', note: 'sampled every 100 articles' },
    { name: 'heap after, facts held', value: round(memory.held, 1), unit: 'MB', note: `+${round(memory.held - memory.before, 1)} MB for ${memory.facts} located facts` },
    { name: 'heap after, facts dropped', value: round(memory.after, 1), unit: 'MB', note: `after GC (${round(memory.ms, 0)} ms run)` },
  ];
}

function heapDuringRun(articles: readonly Article[]) {
  collectGarbage();
  const before = heapUsedMb();
  const run = runHoldingFacts(articles, before);
  // Measured out here: while runHoldingFacts's frame is live, its registers may still hold the facts.
  collectGarbage();
  return { before, ...run, after: heapUsedMb() };
}

function runHoldingFacts(articles: readonly Article[], before: number) {
  let peak = before;
  const kept: Located[][] = [];
  const ms = cpuMs(() => {
    articles.forEach((article, i) => {
      kept.push(extractFacts(article));
      if (i % 100 === 0) peak = Math.max(peak, heapUsedMb());
    });
  });
  collectGarbage();
  const held = heapUsedMb();
  return { peak: Math.max(peak, held), held, facts: kept.reduce((sum, list) => sum + list.length, 0), ms };
}
