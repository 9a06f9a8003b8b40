// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dimPromos, PROMO_ATTRIBUTE, PROMO_CSS } from '../../../src/dom/promos/dim-promos';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Our style lives in adopted sheets (no element in the page); count the ones carrying it. */
function promoSheets(doc: Document): number {
  return doc.adoptedStyleSheets.filter(sheet => Array.from(sheet.cssRules).some(rule => rule.cssText.includes(PROMO_ATTRIBUTE))).length;
}

const SEED_HTML = readFileSync(resolve(process.cwd(), 'test/corpus/shared/seeds/amazon-aktie.html'), 'utf8');

describe('dimming promo blocks', () => {
  it.each(['dim', 'collapse'] as const)('restores the page byte for byte over 10 cycles (%s)', mode => {
    const doc = load(SEED_HTML);
    const blocks = [doc.querySelector('.inline-teaser')!, doc.querySelector('.promo-box')!];
    const before = doc.documentElement.outerHTML;
    for (let cycle = 0; cycle < 10; cycle++) {
      const restore = dimPromos(blocks, mode);
      expect(blocks.map(block => block.getAttribute(PROMO_ATTRIBUTE))).toEqual([mode, mode]);
      expect(PROMO_CSS).toContain(`[${PROMO_ATTRIBUTE}="${mode}"]`);
      expect(promoSheets(doc)).toBe(1);
      restore();
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(promoSheets(doc)).toBe(0);
    }
  });

  it('leaves class and style attributes as written, odd spacing included', () => {
    const doc = load('<body><div class="  promo   box " style="color:red;  margin : 0">x</div></body>');
    const block = doc.querySelector('div')!;
    const before = block.outerHTML;
    const restore = dimPromos([block], 'dim');
    expect(block.getAttribute('class')).toBe('  promo   box ');
    expect(block.getAttribute('style')).toBe('color:red;  margin : 0');
    restore();
    expect(block.outerHTML).toBe(before);
  });

  it('puts back an attribute value the page already had, and restores only once', () => {
    const doc = load(`<body><div ${PROMO_ATTRIBUTE}="page-value">x</div></body>`);
    const block = doc.querySelector('div')!;
    const before = doc.documentElement.outerHTML;
    const restore = dimPromos([block], 'collapse');
    restore();
    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the style of a later call when an earlier one is restored', () => {
    const doc = load('<body><div id="a">a</div><div id="b">b</div></body>');
    const before = doc.documentElement.outerHTML;
    const first = dimPromos([doc.getElementById('a')!], 'dim');
    const second = dimPromos([doc.getElementById('b')!], 'collapse');
    first();
    expect(promoSheets(doc)).toBe(1);
    expect(doc.getElementById('b')!.getAttribute(PROMO_ATTRIBUTE)).toBe('collapse');
    second();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(promoSheets(doc)).toBe(0);
  });

  it('does nothing for an empty list', () => {
    const doc = load('<body><p>x</p></body>');
    const before = doc.documentElement.outerHTML;
    dimPromos([], 'dim')();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
