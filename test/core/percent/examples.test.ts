// Runs every documented percent example and negative case (src/core/facts/percent/examples.ts),
// and checks that each fact's text is exactly the block text between its offsets.
import { describe, expect, it } from 'vitest';
import { percentExamples, percentNegatives } from '../../../src/core/facts/percent/examples';
import { percentExtractor, percentRefiners } from '../../../src/core/facts/percent';
import type { Lang } from '../../../src/core/types';
import { factsOf, runExtractor } from '../text/run-extractor';

describe('percent examples', () => {
  for (const example of percentExamples) {
    it(`${example.lang}: ${example.text}`, () => {
      const located = runExtractor(percentExtractor, percentRefiners, example.lang, [{ text: example.text }]);
      expect(factsOf(located)).toEqual(example.expect);
      for (const entry of located) expect(example.text.slice(entry.start, entry.end)).toBe(entry.fact.text);
    });
  }
});

describe('percent negative cases', () => {
  for (const [lang, texts] of Object.entries(percentNegatives) as Array<[Lang, readonly string[]]>) {
    for (const text of texts) {
      it(`${lang}: ${text}`, () => {
        expect(factsOf(runExtractor(percentExtractor, percentRefiners, lang, [{ text }]))).toEqual([]);
      });
    }
  }
});
