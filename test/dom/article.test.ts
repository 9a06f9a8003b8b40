// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticleBlocks } from '../../src/dom/article/article-blocks';
import { findArticleRoot } from '../../src/dom/article/find-article';
import { isProbablyStockArticle } from '../../src/dom/article/is-probably-article';
import { guessLanguage, pageLanguage, pageTitle, publicationDate } from '../../src/dom/article/page-meta';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const seed = load(readFileSync(resolve(process.cwd(), 'test/corpus/shared/seeds/amazon-aktie.html'), 'utf8'));

describe('finding the article body', () => {
  it('picks the seed article and leaves out ticker bar, quote table and footer', () => {
    const root = findArticleRoot(seed);
    expect(root?.tagName).toBe('ARTICLE');
    const text = collectArticleBlocks(seed, root!).map(block => block.text).join('\n');
    expect(text).toContain('239,30 Dollar');
    expect(text).not.toContain('21.732,05');
    expect(text).not.toContain('228,45 EUR');
    expect(text).not.toContain('Impressum');
  });

  it('leaves out teasers for other stories set inside the body, keeps in-text links and links to itself', () => {
    const doc = load(`<head><base href="https://news.example/"></head><body><article><h1><a href="/this-story">Lyft kündigt Börsengang an</a></h1>
      <p>Lyft will <a href="/ipo">an die Börse</a> und 2 Milliarden Dollar einnehmen.</p>
      <div class="teaser"><a href="/other-story"><h2>Uber-Konkurrent gelingt Börsengang</h2><p>Das Unternehmen hat 2,3 Milliarden Dollar eingenommen.</p></a></div>
      <p>Die Bewertung soll bei 20 Milliarden Dollar liegen.</p></article></body>`);
    Object.defineProperty(doc, 'URL', { value: 'https://news.example/this-story' });
    const texts = collectArticleBlocks(doc, doc.querySelector('article')!).map(block => block.text.trim());
    expect(texts).toEqual(['Lyft kündigt Börsengang an', 'Lyft will an die Börse und 2 Milliarden Dollar einnehmen.', 'Die Bewertung soll bei 20 Milliarden Dollar liegen.']);
  });

  it('leaves out a link to another story behind a "Read more:" label', () => {
    const doc = load(`<body><article><p>Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong.</p>
      <p>Read more: <a href="https://news.example/alibaba-record-listing">Alibaba poised to launch record-breaking $13.4bn listing</a></p>
      <p>See <a href="https://news.example/prospectus">the prospectus</a> for the 500 million shares on offer.</p></article></body>`);
    Object.defineProperty(doc, 'URL', { value: 'https://news.example/alibaba-hong-kong' });
    const texts = collectArticleBlocks(doc, doc.querySelector('article')!).map(block => block.text.trim());
    expect(texts.join('\n')).not.toContain('$13.4bn');
    expect(texts.join('\n')).toContain('the prospectus for the 500 million shares');
  });

  it('takes a feed of alike items as the article, but not a page whose every box shares one module class', () => {
    const note = (i: number) => `<div class="item"><p>Note ${i}: Jefferies raised its price target for the stock, citing strong demand, higher margins and a solid quarter.</p></div>`;
    const feed = load(`<body><div class="feed">${[1, 2, 3, 4].map(note).join('')}</div><div class="other"><p>${'Short text. '.repeat(3)}</p></div></body>`);
    expect(findArticleRoot(feed)?.getAttribute('class')).toBe('feed');

    const body = '<p>Apple said on Wednesday that Steve Jobs resigned as chief executive, and Tim Cook was named to replace him, effective immediately.</p>';
    const summary = '<div class="bd"><p>Google agreed to pay $500 million to settle a probe into pharmacy ads.</p></div>';
    const page = load(`<body><div class="page"><div class="main"><div class="bd">${body.repeat(6)}</div></div><div class="side">${summary.repeat(4)}</div></div></body>`);
    expect(findArticleRoot(page)?.parentElement?.getAttribute('class')).toBe('main');
  });

  it('prefers prose over a longer list of links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/j${i}">Stellenangebot Nummer ${i} für Fluggerätemechaniker in Nürnberg und Leipzig</a></li>`).join('');
    const prose = 'Der Flughafenbetreiber verdiente im Sommer so viel wie nie zuvor, der Umsatz stieg kräftig. ';
    const doc = load(`<body><ul class="jobs">${links}</ul><div class="content"><p>${prose.repeat(3)}</p><p>${prose.repeat(2)}</p></div></body>`);
    expect(findArticleRoot(doc)?.getAttribute('class')).toBe('content');
  });

  it('reads the text a paywall wrapper holds, but not the subscription prompt', () => {
    const para = '<p>Der Zulieferer meldete für das Halbjahr ein Umsatzplus von 20 Prozent, getragen von der Nachfrage der Airlines nach Kabinen.</p>';
    const doc = load(`<body><article><h1>Titel</h1>${para}<div class="content-behind-paywall">${para.repeat(5)}</div>
      <div class="paywall"><p>Weiterlesen mit Plus</p><p>4 Wochen für 1 Euro testen</p><p>Bereits Abonnent? Anmelden</p></div></article></body>`);
    const text = collectArticleBlocks(doc, findArticleRoot(doc)!).map(block => block.text).join('\n');
    expect(text.match(/Umsatzplus/g)).toHaveLength(6);
    expect(text).not.toContain('1 Euro testen');
  });

  it('reads live-ticker entries, but not a quote ticker bar', () => {
    const entry = '<div class="ticker-entry"><span>15:48 Uhr</span><h2>Dax baut Gewinne aus</h2><p>Der Dax liegt am Nachmittag 0,4 Prozent im Plus, gefragt sind vor allem Autowerte wie Volkswagen und BMW.</p></div>';
    const doc = load(`<body><div class="ticker">DAX 22.418 +0,4 % · Dow 44.544 −0,75 %</div><article><h1>Liveticker</h1>${entry.repeat(3)}</article></body>`);
    const text = collectArticleBlocks(doc, findArticleRoot(doc)!).map(block => block.text).join('\n');
    expect(text.match(/0,4 Prozent/g)).toHaveLength(3);
    expect(text).not.toContain('22.418');
  });

  it('ignores chrome class names on wrappers that hold the article', () => {
    const prose = '<p>Die Aktie stieg um drei Prozent, nachdem der Konzern seine Prognose angehoben hatte, berichten Händler.</p>';
    const doc = load(`<body><div class="content without-sidebar"><article><h1>Titel</h1>${prose.repeat(4)}</article></div></body>`);
    expect(findArticleRoot(doc)?.tagName).toBe('ARTICLE');
  });

  it('takes the headline in when it sits outside the body container', () => {
    const doc = load('<body><h1>Schlagzeile</h1><div class="body"><p>' + 'Umsatz und Gewinn legten zu, sagte der Vorstand. '.repeat(5) + '</p></div></body>');
    const blocks = collectArticleBlocks(doc, findArticleRoot(doc)!);
    expect(blocks[0]).toMatchObject({ text: 'Schlagzeile', heading: true });
  });
});

describe('the headline', () => {
  const page = (banner: string, title: string) => load(`<head><meta property="og:title" content="${title}"></head><body>
    ${banner}<div class="topper"><h1>Tiger Global slumps more than 40% in 2022</h1></div>
    <article><p>Tiger Global's hedge fund lost 15.2% in April, according to a letter to investors seen by us.</p></article></body>`);

  it('is the h1 the page title names, not a subscription banner that comes first', () => {
    const doc = page('<div class="o-banner"><h1>Save 33% on our annual subscription</h1></div>', 'Tiger Global slumps more than 40% in 2022');
    const root = doc.querySelector('article');
    expect(pageTitle(doc, root)).toBe('Tiger Global slumps more than 40% in 2022');
    expect(collectArticleBlocks(doc, root!).map(block => block.text)).not.toContain('Save 33% on our annual subscription');
  });

  it('is the last h1 before the body when the metadata names none', () => {
    const doc = page('<div class="o-banner"><h1>Save 33% on our annual subscription</h1></div>', 'Financial Times');
    expect(pageTitle(doc, doc.querySelector('article'))).toBe('Tiger Global slumps more than 40% in 2022');
  });

  it('is not repeated when the body holds its own h1', () => {
    const doc = load(`<body><h1>Steigende Zinsen setzen Dax zu</h1><article><h1>Steigende Zinsen setzen Dax zu</h1>
      <p>Der Dax fiel am Montag um 1,2 Prozent auf 15.800 Punkte, belastet von steigenden Renditen.</p></article></body>`);
    const headings = collectArticleBlocks(doc, doc.querySelector('article')!).filter(block => block.text.includes('Steigende'));
    expect(headings).toHaveLength(1);
  });
});

describe('page metadata', () => {
  it('reads the publication date from JSON-LD', () => {
    expect(publicationDate(seed, null)).toBe('2026-01-31T10:15:00+01:00');
  });

  it('falls back to a dd.mm.yyyy dateline', () => {
    const doc = load('<article><p>Frankfurt, 05.03.2024 – Die Börse schloss fester.</p></article>');
    expect(publicationDate(doc, doc.querySelector('article'))).toBe('2024-03-05');
  });

  it('survives broken JSON-LD', () => {
    const doc = load('<head><script type="application/ld+json">{"datePublished": </script><meta property="article:published_time" content="2023-01-02T10:00:00Z"></head>');
    expect(publicationDate(doc, null)).toBe('2023-01-02T10:00:00Z');
  });

  it('tells German from English by the text, not only by the lang attribute', () => {
    expect(guessLanguage('Die Aktie ist mit dem Markt gestiegen und wird auch nach der Zahl für das Jahr')).toBe('de');
    expect(guessLanguage('The stock is up and the market has been rising for the year with its peers')).toBe('en');
    expect(pageLanguage(load('<html lang="de"><body></body></html>'), 'kurz')).toBe('de');
  });
});

describe('the stock-article gate', () => {
  it('opens for the seed and stays shut for a recipe', () => {
    expect(isProbablyStockArticle(seed)).toBe(true);
    const recipe = load(`<body><p>${'Die Butter schmelzen, Zucker und Eier unterrühren und den Teig eine Stunde ruhen lassen. '.repeat(10)}</p></body>`);
    expect(isProbablyStockArticle(recipe)).toBe(false);
  });
});
