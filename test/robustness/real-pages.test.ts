// Every saved real page and the seed: no exception escapes, the page's DOM is not touched, and the
// fact sheet keeps to the contract. Runs the same analysis the content script and `facts` run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromFile } from '../../src/cli/load-document';
import { analysePage } from '../../src/dom/analyse-page';
import { contractViolations } from '../helpers/contract';

const corpus = resolve(process.cwd(), 'test/corpus');
const pages = [
  join(corpus, 'shared/seeds/amazon-aktie.html'),
  ...readdirSync(join(corpus, 'shared/pages')).map(file => join(corpus, 'shared/pages', file)),
  ...readdirSync(join(corpus, 'pages')).filter(file => file.endsWith('.html')).map(file => join(corpus, 'pages', file)),
];

describe('real pages', () => {
  it.each(pages.map(page => [page.slice(corpus.length + 1), page]))('%s: analysed without touching the DOM', (_name, page) => {
    const doc = documentFromFile(readFileSync(page, 'utf8'), page);
    const before = doc.documentElement.outerHTML;
    const analysis = analysePage(doc, { detectPromos: true, uiLang: 'de' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(contractViolations(analysis.sheet)).toEqual([]);
    expect(analysis.targets.length).toBeLessThanOrEqual(analysis.sheet.facts.length);
  });
});
