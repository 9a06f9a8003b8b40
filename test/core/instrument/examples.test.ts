// Runs every documented instrument example and negative case (src/core/facts/instrument/examples.ts),
// and checks that each fact's text is exactly the block text between its offsets.
import { describe, expect, it } from 'vitest';
import { instrumentExamples, instrumentNegatives } from '../../../src/core/facts/instrument/examples';
import { instrumentExtractor, instrumentRefiners } from '../../../src/core/facts/instrument';
import type { Lang } from '../../../src/core/types';
import { factsOf, runExtractor } from '../text/run-extractor';

describe('instrument examples', () => {
  for (const example of instrumentExamples) {
    it(`${example.lang}: ${example.blocks.join(' / ')}`, () => {
      const located = runExtractor(instrumentExtractor, instrumentRefiners, example.lang, example.blocks.map(text => ({ text })));
      const facts = factsOf(located);
      expect(facts).toHaveLength(example.expect.length);
      example.expect.forEach((expected, i) => expect(facts[i]).toMatchObject(expected));
      for (const entry of located) expect(example.blocks[entry.block]!.slice(entry.start, entry.end)).toBe(entry.fact.text);
    });
  }
});

describe('instrument negative cases', () => {
  for (const [lang, texts] of Object.entries(instrumentNegatives) as Array<[Lang, readonly string[]]>) {
    for (const text of texts) {
      it(`${lang}: ${text}`, () => {
        expect(factsOf(runExtractor(instrumentExtractor, instrumentRefiners, lang, [{ text }]))).toEqual([]);
      });
    }
  }
});
