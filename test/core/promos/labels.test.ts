import { describe, expect, it } from 'vitest';
import { findLabel, normaliseLabelText } from '../../../src/core/promos/labels';

describe('advertising labels', () => {
  it.each([
    ['Anzeige', 'anzeige'],
    ['WERBUNG', 'werbung'],
    ['Reklame', 'reklame'],
    ['Advertorial', 'advertorial'],
    ['Paid Post', 'paid post'],
    ['Advertisement', 'advertisement'],
    ['Promoted', 'promoted'],
    ['Ad', 'ad'],
  ])('reads the plain label %s', (raw, label) => {
    expect(findLabel(raw)).toEqual({ label, disguised: false, rest: '' });
  });

  it.each([
    ['Anz\u200Bei\u200Bge', 'zero-width spaces'],
    ['Anz\u200Ceige', 'zero-width non-joiner'],
    ['Anz\u200Deige', 'zero-width joiner'],
    ['Anz\uFEFFeige', 'byte-order mark'],
    ['An\u00ADzeige', 'soft hyphen'],
    ['\u0410nzeige', 'Cyrillic A'],
    ['\u0410nz\u0435ig\u0435', 'Cyrillic A and e'],
    ['A n z e i g e', 'letter spacing'],
    ['\u0405p\u043Ensored', 'Cyrillic capital Dze and o'],
    ['W.e.r.b.u.n.g', 'dotted letters'],
  ])('sees through %s (%s) and says it was disguised', raw => {
    const found = findLabel(raw);
    expect(found?.label).toMatch(/^(?:anzeige|werbung|sponsored)$/);
    expect(found?.disguised).toBe(true);
  });

  it('keeps the named part of captions that label a name or a sponsor', () => {
    expect(findLabel('Gutscheine (Anzeige)')).toEqual({ label: 'anzeige', disguised: false, rest: 'Gutscheine' });
    expect(findLabel('Sponsored by Snowflake')).toEqual({ label: 'sponsored by', disguised: false, rest: 'Snowflake' });
    expect(findLabel('Anzeige: Depot ohne Gebühren')?.label).toBe('anzeige');
  });

  it.each([
    ['Serviceangebote unserer Partner', 'serviceangebote unserer partner'],
    ['Serviceangebote von SPIEGEL-Partnern', 'serviceangebote von spiegel-partnern'],
    ['Partnerangebote', 'partnerangebote'],
    ['Offers from our partners', 'offers from our partners'],
  ])('reads "%s" as a caption that heads a section of partner offers', (raw, label) => {
    expect(findLabel(raw)).toEqual({ label, disguised: false, rest: '', section: true });
  });

  it('reads the plural caption "Anzeigen:" over a row of ad links, not the verb "anzeigen"', () => {
    expect(findLabel('Anzeigen:')?.label).toBe('anzeigen:');
    expect(findLabel('Kommentare anzeigen:')).toBeUndefined();
  });

  it.each([
    'Anzeigen',
    'Unsere Partner',
    'Angebote für Abonnenten',
    'Mediadaten / Werbung',
    'Vertrag mit Werbung:',
    'Marketing, PR & Werbung',
    'Ohne Werbung lesen',
    'Ad Feedback',
    'Die Anzeige wurde erstattet, sagt die Polizei',
    'Advertisement and marketing costs rose sharply in the third quarter of the year',
  ])('does not take "%s" for a label', raw => {
    expect(findLabel(raw)).toBeUndefined();
  });

  it('normalises without touching ordinary text', () => {
    expect(normaliseLabelText('Deals des Tages')).toEqual({ text: 'Deals des Tages', disguised: false });
  });
});
