// The project's own promo fixtures: every gold snippet of a promo-* page is flagged, no clean-* page gets a flag;
// and an ad flagged inside the body yields no figures.
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

describe('an ad inside the article body', () => {
  const html = `<html lang="en"><body><article><h1>Costco raises membership fees</h1>
    <p>Costco said on Thursday that it would raise its membership fee to $65 from $60, the first increase since 2017, and analysts expect revenue to grow 7% next year.</p>
    <p>The retailer's shares rose 2.1% to $912 in after-hours trading as investors cheered the move and the company's strong quarterly numbers.</p>
    <div class="box"><h3>Should You Invest $1,000 in Costco Right Now?</h3><p>Before you buy stock in Costco, consider this: our analyst team just identified the 10 best stocks to buy now, and Costco wasn't one of them. Returns as of today. Learn more »</p></div>
    <p>Costco has more than 130 million members worldwide, and renewal rates stayed above 90% in the United States and Canada.</p></article></body></html>`;

  it('gives no figures while promo detection is on, still its names; its figures count again when detection is off', () => {
    const analyse = (detectPromos: boolean) => analysePage(documentFromFile(html, 'costco.html'), { detectPromos, uiLang: 'en' }).sheet;
    const on = analyse(true);
    expect(on.promos.map(promo => promo.text)).toEqual([expect.stringContaining('Should You Invest $1,000')]);
    const money = (sheet: typeof on) => sheet.facts.filter(fact => fact.kind === 'money').map(fact => fact.text);
    expect(money(on)).toEqual(['$65', '$60', '$912']);
    const off = analyse(false);
    expect(money(off)).toContain('$1,000');
    const names = (sheet: typeof on) => sheet.facts.filter(fact => fact.kind === 'instrument').length;
    expect(names(on)).toBe(names(off));
  });
});
