// Hostile text (HOSTILE-CASES D3): runs of digits, separators and currency signs at 100 KB and
// 1 MB in one block. Linear cost shows as a 1 MB / 100 KB time ratio of about 10.
import type { Article, Lang } from '../../../src/core';
import { extractFacts, extractSafely } from '../../../src/core';
import { extractors } from '../../../src/core/facts';
import { cpuMs, round } from '../measure';
import type { BenchRow } from '../types';

const SMALL = 100_000;
const LARGE = 1_000_000;
const TOKEN = 'Ab1.2,3€$%';

/** Each case builds a text of the given length. */
const CASES: ReadonlyArray<readonly [name: string, build: (length: number) => string]> = [
  ['digits, separators, currency signs', length => mixed(length)],
  ['1,1,1,…', length => '1,'.repeat(length / 2)],
  ['$$$$…', length => '$'.repeat(length)],
  ['token without spaces', length => TOKEN.repeat(length / TOKEN.length)],
  ['(1,234) repeated', length => '(1,234) '.repeat(length / 8)],
];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, build] of CASES) {
    const small = build(SMALL);
    const large = build(LARGE);
    worst(small); // warm-up
    const smallMs = worst(small).ms;
    const { ms: largeMs, lang } = worst(large);
    rows.push({
      name: `${name}, 1 MB`,
      value: round(largeMs / (LARGE / 1e6), 0),
      unit: 'ms/MB',
      note: `100 KB: ${round(smallMs, 1)} ms; 1 MB / 100 KB = ${round(largeMs / smallMs, 1)}; ${slowestKind(large, lang)}`,
    });
  }
  const token = TOKEN.repeat(20_000);
  rows.push({ name: '200k-char token', value: round(worst(token).ms, 1), unit: 'ms', note: `${token.length} chars, one block, no white space` });
  // The same 10k-repeat case HOSTILE-CASES names, by count rather than size.
  rows.push({ name: '10k × (1,234)', value: round(worst('(1,234) '.repeat(10_000)).ms, 1), unit: 'ms', note: '80 KB, one block' });
  return rows;
}

/** The slower of the German and the English reading of one block. */
function worst(text: string): { ms: number; lang: Lang } {
  const de = cpuMs(() => extractFacts(article(text, 'de')));
  const en = cpuMs(() => extractFacts(article(text, 'en')));
  return de >= en ? { ms: de, lang: 'de' } : { ms: en, lang: 'en' };
}

/** Which extractor takes most of the time on this text, for whoever has to fix it. */
function slowestKind(text: string, lang: Lang): string {
  const context = { article: article(text, lang), index: 0, text, found: [] };
  const times = extractors.map(extractor => ({ kind: extractor.kind, ms: cpuMs(() => extractSafely(extractor, context)) }));
  const total = times.reduce((sum, entry) => sum + entry.ms, 0);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return `slowest kind (${lang}): ${slowest.kind} ${round((100 * slowest.ms) / Math.max(total, 1e-9), 0)}%`;
}

function article(text: string, lang: Lang): Article {
  return { lang, published: '2026-01-31', blocks: [{ text }] };
}

/** Deterministic mix of digits, separators, signs and currency symbols (a small LCG, no Math.random). */
function mixed(length: number): string {
  const alphabet = '0123456789.,\'  -+%$€£¥()';
  const chars: string[] = [];
  let seed = 42;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    chars.push(alphabet[seed % alphabet.length]!);
  }
  return chars.join('');
}
