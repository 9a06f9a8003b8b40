// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { withAdBlocks } from '../../src/dom/article/ad-blocks';
import { collectArticleBlocks } from '../../src/dom/article/article-blocks';

const doc = new DOMParser().parseFromString(`<body><article>
  <p>Novavax is eyeing a return to growth with its protein-based vaccine.</p>
  <div class="promo-popup"><h3>Improving Commercial Effectiveness at Novartis</h3><p>Sponsored by Snowflake</p></div>
  <p>The company expects revenue of up to $1.8 billion this year.</p>
  <div class="box"><p>Should You Invest $1,000 in Novavax Right Now?</p></div>
</article></body>`, 'text/html');
const root = doc.querySelector('article')!;
const [popup, box] = [doc.querySelector('.promo-popup')!, doc.querySelector('.box')!];

describe('withAdBlocks', () => {
  it('adds a flagged ad the chrome rules left out, in page order, and flags one the body kept', () => {
    const found = collectArticleBlocks(doc, root);
    expect(found.map(block => block.text)).not.toContain('Sponsored by Snowflake');
    const merged = withAdBlocks(found, root, [popup, box]).map(({ block, advert }) => [block.text.trim(), advert]);
    expect(merged).toEqual([
      ['Novavax is eyeing a return to growth with its protein-based vaccine.', false],
      ['Improving Commercial Effectiveness at Novartis', true],
      ['Sponsored by Snowflake', true],
      ['The company expects revenue of up to $1.8 billion this year.', false],
      ['Should You Invest $1,000 in Novavax Right Now?', true],
    ]);
  });

  it('changes nothing without ads', () => {
    const found = collectArticleBlocks(doc, root);
    expect(withAdBlocks(found, root, []).map(({ block, advert }) => [block, advert])).toEqual(found.map(block => [block, false]));
  });
});
