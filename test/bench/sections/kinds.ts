// Where the core's time goes: each extractor timed on its own over all blocks, fed exactly what
// it sees inside the pipeline (the facts earlier kinds found in the block), then the refiners.
import { extractSafely, type Article, type Located } from '../../../src/core';
import { extractors } from '../../../src/core/facts';
import { refiners } from '../../../src/core/refine';
import type { BlockContext } from '../../../src/core/types';
import { benchCorpus } from '../corpus-text';
import { mbPerSecond, medianMs, round } from '../measure';
import type { BenchRow } from '../types';

const MIN_BYTES = 10e6;

export async function run(): Promise<BenchRow[]> {
  const corpus = await benchCorpus(MIN_BYTES);
  const { contexts, found } = pipelineInputs(corpus.articles);
  const perKind = extractors.map((extractor, i) => medianMs(() => contexts[i]!.forEach(context => extractSafely(extractor, context))));
  const refineMs = medianMs(() => corpus.articles.forEach((article, i) => refiners.reduce((facts, refine) => refine(facts, article), found[i]!)));
  const total = perKind.reduce((sum, ms) => sum + ms, refineMs);
  const share = (ms: number) => `${round(ms, 0)} ms, ${round((100 * ms) / total, 0)}% of core time`;
  const rows: BenchRow[] = extractors.map((extractor, i) => ({
    name: extractor.kind,
    value: round(mbPerSecond(corpus.bytes, perKind[i]!), 1),
    unit: 'MB/s',
    note: `${share(perKind[i]!)}, ${contexts[i]!.reduce((sum, context) => sum + extractSafely(extractor, context).length, 0)} facts`,
  }));
  rows.push({ name: 'refiners', value: round(mbPerSecond(corpus.bytes, refineMs), 1), unit: 'MB/s', note: share(refineMs) });
  rows.push({ name: 'sum of the parts', value: round(mbPerSecond(corpus.bytes, total), 1), unit: 'MB/s', note: `${round(corpus.bytes / 1e6, 1)} MB, CPU time, median of 3` });
  return rows;
}

/** One pipeline pass, kept: per extractor the contexts it was called with, per article all facts. */
function pipelineInputs(articles: readonly Article[]) {
  const contexts: BlockContext[][] = extractors.map(() => []);
  const found: Located[][] = [];
  for (const article of articles) {
    const inArticle: Located[] = [];
    article.blocks.forEach((block, index) => {
      const inBlock: Located[] = [];
      extractors.forEach((extractor, i) => {
        const context = { article, index, text: block.text, found: [...inBlock] };
        contexts[i]!.push(context);
        inBlock.push(...extractSafely(extractor, context));
      });
      inArticle.push(...inBlock);
    });
    found.push(inArticle);
  }
  return { contexts, found };
}
