// Where the core's time goes: each extractor timed on its own over the same blocks, in pipeline
// order (each still sees what the earlier kinds found), then the article-level refiners.
import type { Located } from '../../../src/core';
import { extractors } from '../../../src/core/facts';
import { refiners } from '../../../src/core/refine';
import { benchCorpus } from '../corpus-text';
import { collectGarbage, extractQuietly, mbPerSecond, round } from '../measure';
import type { BenchRow } from '../types';

const MIN_BYTES = 10e6;

export async function run(): Promise<BenchRow[]> {
  const corpus = await benchCorpus(MIN_BYTES);
  timeKinds(corpus.articles);
  collectGarbage();
  const { perKind, counts, refineMs } = timeKinds(corpus.articles);
  const total = perKind.reduce((sum, ms) => sum + ms, refineMs);
  const rows: BenchRow[] = extractors.map((extractor, i) => ({
    name: `${extractor.kind}`,
    value: round(mbPerSecond(corpus.bytes, perKind[i]!), 1),
    unit: 'MB/s',
    note: `${round(perKind[i]!, 0)} ms, ${round((100 * perKind[i]!) / total, 0)}% of core time, ${counts[i]} facts`,
  }));
  rows.push({ name: 'refiners', value: round(mbPerSecond(corpus.bytes, refineMs), 1), unit: 'MB/s', note: `${round(refineMs, 0)} ms, ${round((100 * refineMs) / total, 0)}% of core time` });
  return rows;
}

function timeKinds(articles: Parameters<typeof refiners[number]>[1][]) {
  const perKind = extractors.map(() => 0);
  const counts = extractors.map(() => 0);
  let refineMs = 0;
  for (const article of articles) {
    const found: Located[] = [];
    article.blocks.forEach((block, index) => {
      const inBlock: Located[] = [];
      extractors.forEach((extractor, i) => {
        const start = performance.now();
        const facts = extractQuietly(extractor, { article, index, text: block.text, found: inBlock });
        perKind[i]! += performance.now() - start;
        counts[i]! += facts.length;
        inBlock.push(...facts);
      });
      found.push(...inBlock);
    });
    const start = performance.now();
    refiners.reduce((facts, refine) => refine(facts, article), found);
    refineMs += performance.now() - start;
  }
  return { perKind, counts, refineMs };
}
