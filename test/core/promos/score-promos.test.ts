import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeReason, PROMO_THRESHOLD, scorePromos } from '../../../src/core/promos';
import { REASON_TEXTS } from '../../../src/core/promos/reasons';
import { detectSignals, WEIGHTS } from '../../../src/core/promos/signals';
import type { PromoCandidate } from '../../../src/core/promos/types';

function candidate(fields: Partial<PromoCandidate> & { text: string }): PromoCandidate {
  return { headings: [], links: [], inArticle: false, position: 0.5, tokens: [], lang: 'de', ...fields };
}

const SEED_BOX = candidate({
  text: 'Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom 31. Januar liefert die Antwort: Die neusten Amazon-Zahlen sprechen eine klare Sprache: Dringender Handlungsbedarf für Amazon-Aktionäre. In der aktuellen Gratis-Analyse vom 31. Januar erfahren Sie was jetzt zu tun ist. Amazon: Kaufen oder verkaufen? Hier weiterlesen...',
  headings: ['Amazon-Aktie: Kaufen oder verkaufen?! Neue Amazon-Analyse vom 31. Januar liefert die Antwort:'],
  links: [{ text: 'Amazon: Kaufen oder verkaufen? Hier weiterlesen...', href: 'https://example.com/analyse/amazon?src=box' }],
  inArticle: true,
});
const SEED_INLINE = candidate({
  text: 'Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei Amazon?',
  links: [{ text: 'Sollten Anleger sofort verkaufen? Oder lohnt sich doch der Einstieg bei Amazon?', href: 'https://example.com/analyse/amazon?src=inline' }],
  inArticle: true,
});

function codes(c: PromoCandidate): string[] {
  return scorePromos([c])[0]?.reasons.map(reason => reason.code) ?? [];
}

describe('scoring promo candidates', () => {
  it('flags the seed box with the signals that make it a teaser', () => {
    const [scored] = scorePromos([SEED_BOX]);
    expect(scored?.score).toBeGreaterThan(0.9);
    expect(codes(SEED_BOX)).toEqual(expect.arrayContaining(['buy-or-sell-teaser', 'free-offer', 'teaser-heading', 'call-to-action', 'promo-link', 'company-template', 'urgency']));
    expect(scored?.reasons.find(r => r.code === 'company-template')?.args).toEqual(['Amazon']);
  });

  it('flags the linked inline interjection', () => {
    expect(codes(SEED_INLINE)).toEqual(['buy-or-sell-teaser', 'promo-link', 'inline-interjection']);
  });

  it('flags English upsells', () => {
    const fool = candidate({
      lang: 'en',
      text: 'Should you invest $1,000 in Nike right now? Before you buy stock in Nike, consider this: The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now… See the 10 stocks »',
    });
    const marketBeat = candidate({
      lang: 'en',
      text: "Before you consider Caterpillar, you'll want to hear this. MarketBeat keeps track of Wall Street's top-rated analysts … before the broader market catches on.",
    });
    const zacks = candidate({ lang: 'en', text: 'Want the latest recommendations from Zacks Investment Research? Today, you can download 7 Best Stocks for the Next 30 Days. Click to get this free report' });
    expect(scorePromos([fool, marketBeat, zacks]).map(s => s.index)).toEqual([0, 1, 2]);
  });

  it('names savings-rate lures, and flags a linked one that urges the reader', () => {
    const lure = candidate({
      text: 'Tagesgeld, Festgeld, Anleihen: Bis zu vier Prozent – so holen Sie sich jetzt den besten sicheren Zins',
      links: [{ text: 'Bis zu vier Prozent – so holen Sie sich jetzt den besten sicheren Zins', href: 'https://example.com/finanzen/zins.html' }],
      inArticle: true,
    });
    expect(codes(lure)).toEqual(['rate-offer', 'urgency', 'inline-interjection']);
    const editorial = candidate({ text: 'Tagesgeld: Die Zinsen liegen bei 4,15 Prozent, zeigt ein Vergleich.' });
    expect(scorePromos([editorial])).toEqual([]);
  });

  it.each([
    ['an editorial question', 'Kann die EZB die Inflation noch bremsen?'],
    ['an interview question', 'Frau Brandt, die Bewertungen sind hoch. Sollten Anleger jetzt verkaufen?'],
    ['an analyst rating', 'RBC Capital Markets hält an "Outperform" mit Kursziel 300 Dollar fest.'],
    ['an editorial buy-or-sell headline', 'Kaufen, halten oder verkaufen? Was Analysten zu Infineon sagen'],
  ])('leaves %s alone', (_, text) => {
    expect(scorePromos([candidate({ text, inArticle: true })])).toEqual([]);
  });

  it('damps editorial link lists with teaser-like headlines', () => {
    const list = candidate({
      text: 'Meistgelesen Lohnt sich der Einstieg bei Puma noch? Hugo Boss senkt die Prognose',
      headings: ['Meistgelesen'],
      links: [{ text: 'Lohnt sich der Einstieg bei Puma noch?', href: 'https://example.com/analyse/puma' }, { text: 'Hugo Boss senkt die Prognose', href: 'https://example.com/news/boss' }],
    });
    expect(scorePromos([list])).toEqual([]);
    const item = candidate({ text: 'Lohnt sich der Einstieg bei Puma noch? Jetzt lesen', links: list.links.slice(0, 1) });
    expect(scorePromos([item]).length).toBe(1);
    expect(scorePromos([{ ...item, listCaption: 'Meistgelesen' }])).toEqual([]);
  });

  it('flags labelled blocks with content, and a bare "Advertisement · Continue reading" caption not', () => {
    const labelled = candidate({ text: 'Anzeige Deals des Tages von Amazon, Ebay & Co.', label: 'Anzeige', links: [{ text: 'Deals des Tages', href: 'https://example.com/deals' }] });
    const bare = candidate({ text: 'Advertisement Continue reading the main story', label: 'Advertisement', lang: 'en' });
    expect(scorePromos([labelled, bare]).map(s => s.index)).toEqual([0]);
  });

  it('flags a dated event with a registration button, not a date or a sign-up alone', () => {
    const ft = candidate({ lang: 'en', inArticle: true, links: [{ text: 'Register now', href: 'https://ftspace.live.ft.com/' }], text: 'Investing in Space Pan Pacific London 08 June - 09 June 2022 New horizons for sustainable growth Register now Presented by' });
    expect(codes(ft)).toContain('event-ad');
    const kongress = candidate({ text: 'Anlegerkongress am 18. Oktober in Frankfurt: Jetzt Ticket sichern' });
    expect(scorePromos([candidate({ text: 'Die Hauptversammlung findet am 18. Oktober statt.' }), candidate({ lang: 'en', text: 'Register now to comment' })])).toEqual([]);
    expect(detectSignals(kongress).map(signal => signal.code)).toContain('event-ad');
  });

  it.each([
    ['de', 'Nur bis 31. März: Depot eröffnen und 100 Euro Startguthaben sichern'],
    ['en', 'Offer ends March 31: open an account and get $100'],
  ] as const)('reads a deadline as urgency (%s)', (lang, text) => {
    expect(detectSignals(candidate({ lang, text })).map(signal => signal.code)).toContain('urgency');
  });

  it('counts empty labelled slots once per page, and only when nothing else is flagged', () => {
    const slot = (label: string) => candidate({ text: label, label });
    expect(scorePromos([slot('Anzeige'), slot('Anzeige'), slot('Werbung')])).toEqual([
      { index: 0, score: WEIGHTS['empty-ad-slot'], reasons: [{ code: 'empty-ad-slot', args: ['anzeige'] }] },
    ]);
    expect(scorePromos([slot('Anzeige'), SEED_BOX]).map(s => s.index)).toEqual([1]);
    // A visible "Advertisement" caption marks a slot too (LA Times); other captions do not.
    expect(scorePromos([slot('Advertisement')]).map(s => s.reasons)).toEqual([[{ code: 'empty-ad-slot', args: ['advertisement'] }]]);
    expect(scorePromos([slot('Sponsored')])).toEqual([]);
  });

  it('keeps every score between 0 and 1 and reports only flagged blocks', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.boolean(), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (text, inArticle, label) => {
      const c = candidate({ text, inArticle, links: [{ text, href: 'https://x.example/analyse/?utm_source=a' }], ...(label === undefined ? {} : { label }) });
      for (const scored of scorePromos([c])) {
        expect(scored.score).toBeGreaterThanOrEqual(PROMO_THRESHOLD);
        expect(scored.score).toBeLessThanOrEqual(1);
      }
    }));
  });
});

describe('reason texts', () => {
  it('has a German and an English text for every signal', () => {
    expect(Object.keys(REASON_TEXTS).sort()).toEqual(Object.keys(WEIGHTS).sort());
  });

  it('fills in the argument in the UI language and falls back to English', () => {
    const reason = { code: 'free-offer', args: ['gratis-analyse'] };
    expect(describeReason(reason, 'de')).toBe('Gratis-Angebot: „gratis-analyse“');
    expect(describeReason(reason, 'de-AT')).toBe('Gratis-Angebot: „gratis-analyse“');
    expect(describeReason(reason, 'en')).toBe('Free-offer wording: “gratis-analyse”');
    expect(describeReason(reason, 'fr')).toBe('Free-offer wording: “gratis-analyse”');
    expect(describeReason({ code: 'unknown-code' }, 'de')).toBe('unknown-code');
  });
});
