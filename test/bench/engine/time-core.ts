// The core timed where it runs: this module is bundled into a page of Chromium and Firefox, and also
// called in Node, so each engine does exactly the same work and is timed the same way (wall time:
// a page has no CPU clock).
import { extractFacts, type Article } from '../../../src/core';

export interface CoreTiming {
  /** Median wall time of one pass over all articles, after two warm-up passes. */
  ms: number;
  facts: number;
}

export function timeCore(articles: readonly Article[], runs = 3): CoreTiming {
  let facts = 0;
  const pass = (): void => {
    facts = 0;
    for (const article of articles) facts += extractFacts(article).length;
  };
  pass();
  pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, facts };
}

/** Set by the page bundle (see ../sections/engines.ts). */
export const PAGE_GLOBAL = 'stockNewsLensTimeCore';
