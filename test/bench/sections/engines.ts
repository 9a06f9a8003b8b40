// The core in the engines the extension runs in: the same 10 MB through extractFacts in Node, in a
// Chromium page (V8, like Chrome) and in a Firefox ESR page (SpiderMonkey), the same code bundled as
// the extension bundles it. Wall time everywhere (a page has no CPU clock), so the Node row here is
// wall time too and differs a little from the core section's CPU time. A browser that is not
// installed gives a row saying so.
import { build, type Rollup } from 'vite';
import { launchChromium } from '../../e2e/harness/chromium';
import { launchFirefox } from '../../e2e/harness/firefox';
import { benchCorpus } from '../corpus-text';
import { mbPerSecond, round } from '../measure';
import { PAGE_GLOBAL, timeCore, type CoreTiming } from '../engine/time-core';
import type { Article } from '../../../src/core';
import type { BenchRow } from '../types';

const MIN_BYTES = 10e6;

interface Engine {
  name: string;
  /** Runs timeCore on the articles (given as JSON) in a page of this browser; closes the browser. */
  time(bundle: string, articlesJson: string): Promise<CoreTiming & { version: string }>;
}

const engines: Engine[] = [
  {
    name: 'Chromium',
    async time(bundle, articlesJson) {
      const session = await launchChromium({ extensionDir: null });
      try {
        const timing = await timeInPage(await session.newPage(), bundle, articlesJson);
        return { ...timing, version: session.context.browser()?.version() ?? '' };
      } finally {
        await session.close();
      }
    },
  },
  {
    name: 'Firefox',
    async time(bundle, articlesJson) {
      const session = await launchFirefox(null);
      try {
        const timing = await timeInPage(await session.newPage(), bundle, articlesJson);
        return { ...timing, version: (await session.browser.version()).replace(/^firefox\//i, '') };
      } finally {
        await session.close();
      }
    },
  },
];

/** The articles as JSON and the global the bundle sets: the one argument of the page function. */
interface PageRun {
  json: string;
  name: string;
}

/** What both drivers' pages offer: a script tag, and a page function called with one argument. */
interface ScriptPage {
  addScriptTag(options: { content: string }): Promise<unknown>;
  evaluate(pageFunction: (run: PageRun) => CoreTiming, run: PageRun): Promise<CoreTiming>;
}

/** Loads the bundle into the page and runs timeCore there on the articles. */
async function timeInPage(page: ScriptPage, bundle: string, articlesJson: string): Promise<CoreTiming> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(({ json, name }) => (globalThis as unknown as Record<string, (articles: unknown) => CoreTiming>)[name]!(JSON.parse(json)), { json: articlesJson, name: PAGE_GLOBAL });
}

export async function run(): Promise<BenchRow[]> {
  const corpus = await benchCorpus(MIN_BYTES);
  const node = timeCore(corpus.articles);
  const rows: BenchRow[] = [throughputRow(`Node ${process.version}`, node, corpus.bytes, `V8 ${process.versions.v8}`)];
  const bundle = await pageBundle();
  const articlesJson = JSON.stringify(corpus.articles satisfies readonly Article[]);
  for (const engine of engines) {
    try {
      const timing = await engine.time(bundle, articlesJson);
      if (timing.facts !== node.facts) throw new Error(`${timing.facts} facts, Node found ${node.facts}`);
      rows.push(throughputRow(`${engine.name} ${timing.version}`, timing, corpus.bytes, `× ${round(node.ms / timing.ms)} of Node's`));
    } catch (error) {
      rows.push({ name: `core in ${engine.name}`, value: 0, unit: 'MB/s', note: `not measured: ${String(error).split('\n')[0]}` });
    }
  }
  return rows;
}

function throughputRow(engine: string, timing: CoreTiming, bytes: number, note: string): BenchRow {
  return { name: `core in ${engine}`, value: round(mbPerSecond(bytes, timing.ms), 1), unit: 'MB/s', note: `${round(timing.ms, 0)} ms wall, median of 3 after 2 warm-ups, ${timing.facts} facts; ${note}` };
}

/** The core and timeCore as one IIFE script, built by the extension's bundler. */
async function pageBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, lib: { entry: 'test/bench/engine/page-entry.ts', formats: ['iife'], name: 'stockNewsLensBench' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find(item => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle built');
  return chunk.code;
}

