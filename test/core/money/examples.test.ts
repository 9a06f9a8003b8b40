// Runs every documented money example and negative case (src/core/facts/money/examples.ts),
// and checks that each fact's text is exactly the block text between its offsets.
import { describe, expect, it } from 'vitest';
import { moneyExamples, moneyNegatives } from '../../../src/core/facts/money/examples';
import { moneyExtractor, moneyRefiners } from '../../../src/core/facts/money';
import type { Lang } from '../../../src/core/types';
import { factsOf, runExtractor } from '../text/run-extractor';

describe('money examples', () => {
  for (const example of moneyExamples) {
    it(`${example.lang}: ${example.text}`, () => {
      const block = example.heading ? { text: example.text, heading: true } : { text: example.text };
      const located = runExtractor(moneyExtractor, moneyRefiners, example.lang, [block]);
      expect(factsOf(located)).toEqual(example.expect);
      for (const entry of located) expect(example.text.slice(entry.start, entry.end)).toBe(entry.fact.text);
    });
  }
});

describe('money negative cases', () => {
  for (const [lang, texts] of Object.entries(moneyNegatives) as Array<[Lang, readonly string[]]>) {
    for (const text of texts) {
      it(`${lang}: ${text}`, () => {
        expect(factsOf(runExtractor(moneyExtractor, moneyRefiners, lang, [{ text }]))).toEqual([]);
      });
    }
  }
});
