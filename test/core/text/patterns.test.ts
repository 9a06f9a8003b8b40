// The regex-building helpers the fast paths rely on: the first-character phrase finder finds what
// the one big alternation finds, prefix trees match where any of their words starts, execAll
// returns what matchAll returns, and execAtWordStarts what a leading word-start look-behind finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_END, WORD_START, alternation, execAll, execAtWordStarts, firstAtWordStart, innermost, phraseFinder, phraseTree, prefixTree } from '../../../src/core/text/patterns';

const PHRASES = ['Goldman Sachs', 'Goldman', 'J.P. Morgan', 'JPMorgan', 'Deutsche Bank', 'Deutschen Bank', 'Citi', 'Citigroup', 'mwb research', 'Needham & Co.', 'Société Générale'];
const PIECES = [...PHRASES, 'Gold', 'man', ' ', '  ', '\u00a0', 'x', 'é', '1', '.', '-', '\n', 'Sachs', 'J.P.', ' Morgan', 'group', '😀'];

describe('phraseFinder', () => {
  const finder = phraseFinder(PHRASES);
  const regex = new RegExp(`${WORD_START}(?:${alternation(PHRASES)})${WORD_END}`, 'gu');
  const viaRegex = (text: string) => [...text.matchAll(regex)].map(match => ({ index: match.index, text: match[0] }));

  it('finds names at word edges, longest first, with runs of spaces', () => {
    expect(finder('Analysts at Goldman  Sachs and JPMorgan, not xCiti or Citigroupx.')).toEqual([
      { index: 12, text: 'Goldman  Sachs' },
      { index: 31, text: 'JPMorgan' },
    ]);
    expect(finder('laut J.P. Morgan und mwb research')).toEqual([{ index: 5, text: 'J.P. Morgan' }, { index: 21, text: 'mwb research' }]);
  });

  it('agrees with the alternation on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), pieces => {
        const text = pieces.join('');
        expect(finder(text)).toEqual(viaRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('prefix trees', () => {
  it('drop words that contain another', () => {
    expect(innermost(['strong buy', 'buy', 'outperform', 'perform', 'hold']).sort()).toEqual(['buy', 'hold', 'perform']);
  });

  it('factor shared beginnings', () => {
    expect(prefixTree(['neutral', 'negative', 'hold'])).toBe('(?:ne(?:utral|gative)|hold)');
    expect(phraseTree(['Dollar', 'dänische Kronen', 'Euro'], true)).toBe(String.raw`[Dd](?:ollar|änische\s{1,2}Kronen)|[Ee]uro`);
  });

  it('match where the alternation matches', () => {
    const words = ['US-Dollar', 'Dollar', 'dollars', 'Schweizer Franken', 'Euro', 'Cent', 'Cents', 'Pfund Sterling'];
    const tree = new RegExp(phraseTree(innermost(words), true), 'u');
    const full = new RegExp(alternation(words, true), 'u');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, 'schweizer', ' ', '  ', 'x', 'D', 'o', 'llar', 'E', 'uro', 'Franken'), { maxLength: 10 }), pieces => {
        const text = pieces.join('');
        if (full.test(text)) expect(tree.test(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('execAll', () => {
  it('returns what matchAll returns, empty matches included', () => {
    for (const [pattern, text] of [[/a|(?=b)/gu, 'xaab😀b'], [/\d+/g, 'a1 22 333'], [/(?:)/gu, '😀x']] as const) {
      expect(execAll(pattern, text).map(match => [match.index, match[0]])).toEqual([...text.matchAll(pattern)].map(match => [match.index, match[0]]));
    }
  });
});

describe('execAtWordStarts', () => {
  it('finds what the pattern with a leading word-start look-behind finds', () => {
    const source = String.raw`(?:${alternation(PHRASES)}|man|group)${WORD_END}`;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), pieces => {
        const text = pieces.join('');
        const expected = execAll(new RegExp(WORD_START + source, 'gu'), text).map(match => [match.index, match[0]]);
        expect(execAtWordStarts(new RegExp(source, 'gu'), text).map(match => [match.index, match[0]])).toEqual(expected);
        expect(firstAtWordStart(new RegExp(source, 'gu'), text)?.index).toBe(expected[0]?.[0]);
        const afterNonLetter = execAll(new RegExp(String.raw`(?<![\p{L}])` + source, 'gu'), text).map(match => [match.index, match[0]]);
        expect(execAtWordStarts(new RegExp(source, 'gu'), text, /(?<=\p{L})/uy).map(match => [match.index, match[0]])).toEqual(afterNonLetter);
      }),
      { numRuns: 2000 },
    );
  });
});
