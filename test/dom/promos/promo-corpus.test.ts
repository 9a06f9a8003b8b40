// The project's own promo fixtures: every gold snippet of a promo-* page is flagged, no clean-* page gets a flag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromFile } from '../../../src/cli/load-document';
import { analysePage } from '../../../src/dom/analyse-page';

const CORPUS = join(process.cwd(), 'test/corpus');
const pages = readdirSync(join(CORPUS, 'pages')).filter(file => /^(?:promo|clean)-.*\.html$/.test(file)).sort();

function promoTexts(file: string): string[] {
  const path = join(CORPUS, 'pages', file);
  const doc = documentFromFile(readFileSync(path, 'utf8'), path);
  return analysePage(doc, { detectPromos: true, uiLang: 'en' }).sheet.promos.map(promo => promo.text.replace(/\s+/g, ' '));
}

describe('own promo fixtures', () => {
  it('has at least 8 teaser pages and 14 clean pages', () => {
    expect(pages.filter(file => file.startsWith('promo-')).length).toBeGreaterThanOrEqual(8);
    expect(pages.filter(file => file.startsWith('clean-')).length).toBeGreaterThanOrEqual(14);
  });

  it.each(pages)('%s', file => {
    const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', file.replace(/\.html$/, '.json')), 'utf8')) as { promo: { snippet: string }[] };
    const texts = promoTexts(file);
    for (const { snippet } of gold.promo) expect(texts.some(text => text.includes(snippet)), snippet).toBe(true);
    expect(texts.filter(text => !gold.promo.some(({ snippet }) => text.includes(snippet)))).toEqual([]);
  });
});
