// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeReason, scorePromos } from '../../../src/core/promos';
import { findArticleRoot } from '../../../src/dom/article/find-article';
import { collectPromoCandidates, MAX_CANDIDATES } from '../../../src/dom/promos/collect-promo-candidates';

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const SEED_HTML = readFileSync(resolve(process.cwd(), 'test/corpus/shared/seeds/amazon-aktie.html'), 'utf8');

function flagged(doc: Document, lang: 'de' | 'en' = 'de') {
  const found = collectPromoCandidates(doc, findArticleRoot(doc), lang);
  return scorePromos(found.map(entry => entry.candidate)).map(scored => ({ ...found[scored.index]!, scored }));
}

describe('collecting promo candidates', () => {
  it('flags exactly the two teasers of the seed, with reasons', () => {
    const doc = load(SEED_HTML);
    const promos = flagged(doc);
    expect(promos.map(p => p.element.className)).toEqual(['inline-teaser', 'promo-box']);
    expect(promos[0]!.candidate.text).toBe('Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei Amazon?');
    expect(promos[1]!.candidate.text).toContain('Kaufen oder verkaufen?! Neue Amazon-Analyse');
    expect(promos.every(p => p.candidate.inArticle)).toBe(true);
    const reasons = promos[1]!.scored.reasons.map(reason => describeReason(reason, 'de'));
    expect(reasons).toContain('Kaufen-oder-verkaufen-Köder: „Kaufen oder verkaufen“');
    expect(reasons).toContain('Vorlagentext, der den Firmennamen wiederholt (Amazon)');
  });

  it('never changes the page', () => {
    const doc = load(SEED_HTML);
    const before = doc.documentElement.outerHTML;
    flagged(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps one candidate for a box and its own heading', () => {
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text des Artikels. '.repeat(30)}</p>
      <div class="box"><h3>Gratis-Analyse: Kaufen oder verkaufen?!</h3><p>Jetzt kostenlos anfordern und erfahren Sie, was zu tun ist.</p><a href="/analyse/x?src=box">Hier weiterlesen</a></div></article></body>`);
    const found = collectPromoCandidates(doc, doc.querySelector('article'), 'de');
    expect(found.map(entry => entry.element.className)).toEqual(['box']);
  });

  it('skips teaser wording in navigation, footers and comments, and labels that are links', () => {
    const doc = load(`<body><nav><a href="/x">Kaufen oder verkaufen?! Gratis-Analyse</a></nav>
      <article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <div class="comments"><p>Kaufen oder verkaufen?! Jetzt kostenlos!</p></div>
      <footer><a href="/mediadaten">Werbung</a></footer></body>`);
    expect(collectPromoCandidates(doc, doc.querySelector('article'), 'de')).toEqual([]);
  });

  it('reads labels next to their teaser and sees through disguised labels', () => {
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside><div class="rail"><div class="cap">A n z e i g e</div><a href="https://partner.example/?aff=1">Depot mit 0 Euro Ordergebühr</a></div>
      <ul class="list"><li><a href="/a">Erste Meldung</a></li><li><a href="/b">Zweite Meldung</a></li></ul></aside></body>`);
    const promos = flagged(doc);
    expect(promos.map(p => p.candidate.text)).toEqual(['A n z e i g e Depot mit 0 Euro Ordergebühr']);
    expect(promos[0]!.scored.reasons.map(r => r.code)).toContain('disguised-label');
  });

  it('reports an empty labelled slot once when nothing else is flagged', () => {
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside><div class="ad"><span>Anzeige</span><div id="slot1"></div></div><h4>Meistgelesen</h4><div class="ad"><span>Anzeige</span><div id="slot2"></div></div></aside></body>`);
    const promos = flagged(doc);
    expect(promos.map(p => p.candidate.text)).toEqual(['Anzeige']);
    expect(promos[0]!.scored.reasons).toEqual([{ code: 'empty-ad-slot', args: ['anzeige'] }]);
  });

  it('does not see screen-reader-only captions: no reader sees that slot (NYT)', () => {
    const doc = load(`<body><article><h1>Title</h1><p>${'Text. '.repeat(60)}</p>
      <div class="ad flex-ad"><div class="accessibility-ad-header visually-hidden"><p>Advertisement</p></div><a class="sr-only" href="#more">Continue reading the main story</a></div></article>
      <aside><div class="ad"><span class="common_visually-hidden__x1">Advertisement</span><div id="slot1"></div></div></aside></body>`);
    expect(flagged(doc, 'en')).toEqual([]);
  });

  it('takes one item of a linked teaser list, not the editorial list around it (WELT)', () => {
    const item = (topic: string, title: string) => `<div class="list__item"><span>${topic}</span> <a href="/plus/${topic.length}">${title}</a></div>`;
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text des Artikels. '.repeat(30)}</p>
      <div class="inline"><div class="list__label">Lesen Sie hier mehr aus der Finanzwelt</div><div class="list__body">
      ${item('Wirtschaftsweise', '„Abschalten der AKW bedeutet, dass der Strompreis steigt“')}${item('Leonhard Fischer', '„Immer mehr Geld aus dem Nichts“')}
      ${item('Tagesgeld, Festgeld', 'Bis zu vier Prozent – so holen Sie sich jetzt den besten sicheren Zins')}</div></div>
      <p>${'Noch mehr Text. '.repeat(30)}</p></article></body>`);
    const found = collectPromoCandidates(doc, doc.querySelector('article'), 'de');
    expect(found.map(entry => entry.candidate.text)).toEqual(['Tagesgeld, Festgeld Bis zu vier Prozent – so holen Sie sich jetzt den besten sicheren Zins']);
  });

  it('damps an item of a list captioned like an editorial list ("Meistgelesen")', () => {
    const items = ['Gold auf Rekordhoch: Sollten Sie jetzt verkaufen? Jetzt lesen', 'Nvidia-Zahlen: Das erwarten Analysten', 'Rente mit Aktien: So geht das']
      .map((title, i) => `<li><a href="/artikel/${i}">${title}</a></li>`).join('');
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside><div class="box"><h4>Meistgelesen</h4><ol>${items}</ol></div></aside></body>`);
    const found = collectPromoCandidates(doc, doc.querySelector('article'), 'de');
    expect(found.map(entry => [entry.candidate.text, entry.candidate.listCaption])).toEqual([['Gold auf Rekordhoch: Sollten Sie jetzt verkaufen? Jetzt lesen', 'Meistgelesen']]);
    expect(flagged(doc)).toEqual([]);
  });

  it('keeps a labelled box to itself: teaser wording in it does not grow into the column around it', () => {
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside class="rail"><div class="broker"><div class="cap">Werbung</div><p><strong>Nur bis 31. März: Depot eröffnen und 100 Euro Startguthaben sichern</strong></p>
      <a href="https://broker.example/?aff=1">Jetzt Depot eröffnen</a></div>
      <div class="list"><h4>Meistgelesen</h4><ol><li><a href="/a">Dax auf Rekordkurs</a></li><li><a href="/b">SAP wächst</a></li></ol></div></aside></body>`);
    expect(flagged(doc).map(p => p.element.className)).toEqual(['broker']);
  });

  it('stays bounded on a huge page full of teaser wording', () => {
    const teasers = Array.from({ length: 3000 }, (_, i) => `<div class="t"><a href="/analyse/${i}?src=x">Aktie ${i}: Kaufen oder verkaufen?!</a></div>`).join('');
    const doc = load(`<body><main>${teasers}</main></body>`);
    const found = collectPromoCandidates(doc, null, 'de');
    expect(found.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(found.length).toBeGreaterThan(100);
  });
});

describe('sections headed by an ad caption', () => {
  it('takes the carousel a headline named "Anzeige" heads (SZ deals)', () => {
    const deals = Array.from({ length: 4 }, (_, i) => `<li><a href="/vergleich/${i}"><dl><dt>Vergleich ${i}</dt><dd>Günstige Tarife finden</dd></dl></a></li>`).join('');
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside><section class="deals"><header><p aria-label="Anzeige"><a href="/vergleich">Vergleichsportal</a></p></header><ul>${deals}</ul></section></aside></body>`);
    const promos = flagged(doc);
    expect(promos.map(p => [p.element.tagName, p.candidate.label])).toEqual([['ASIDE', 'Anzeige']]);
    expect(promos[0]!.candidate.text).toContain('Vergleich 3 Günstige Tarife finden');
  });

  it('takes the teaser gallery under "Serviceangebote unserer Partner" (WiWo)', () => {
    const tiles = ['Bellevue Ferienhaus: Exklusive Urlaubsdomizile', 'Stellenmarkt: Den Traumjob finden', 'Homeday: Immobilie bewerten', 'Sparkasse: Kredit vergleichen']
      .map((title, i) => `<div class="tile"><a href="https://partner${i}.example/wiwo"><h3>${title}</h3></a></div>`).join('');
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <div class="gallery"><div class="head"><div class="c-headline">Serviceangebote unserer Partner</div></div><div class="tiles">${tiles}</div></div>
      <div class="more"><h2>Mehr aus dem Ressort</h2><a href="/x">Eine Meldung</a></div></body>`);
    const promos = flagged(doc);
    expect(promos.map(p => p.element.className)).toEqual(['gallery']);
  });
});

describe('boxes that name themselves an ad', () => {
  it('takes an aria-label "Anzeige" on a teaser box as its label', () => {
    const doc = load(`<body><article><h1>Titel</h1><p>${'Text. '.repeat(60)}</p></article>
      <aside><div class="deal" aria-label="Anzeige"><a href="https://kredit.example/?aff=1">Günstige Kredite mit niedrigen Zinsen – jetzt vergleichen</a></div></aside></body>`);
    const promos = flagged(doc);
    expect(promos.map(p => [p.candidate.label, p.candidate.text])).toEqual([['Anzeige', 'Günstige Kredite mit niedrigen Zinsen – jetzt vergleichen']]);
  });
});
