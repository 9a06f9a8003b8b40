// The name matcher's case and boundary rules, and the article-level decisions: a common-word name
// needs the company identified somewhere, a bank cited only as a rating source is dropped.
import { describe, expect, it } from 'vitest';
import { instrumentExtractor, instrumentRefiners } from '../../../src/core/facts/instrument';
import { fold } from '../../../src/core/facts/instrument/words';
import { findNames } from '../../../src/core/facts/instrument/matcher';
import type { Lang } from '../../../src/core/types';
import { runExtractor } from '../text/run-extractor';

const names = (text: string, lang: Lang = 'en') => findNames(text, lang).map(hit => `${text.slice(hit.start, hit.end)}=${hit.instrument.symbol ?? hit.instrument.name}`);
const symbols = (lang: Lang, ...blocks: string[]) =>
  runExtractor(instrumentExtractor, instrumentRefiners, lang, blocks.map(text => ({ text })))
    .map(({ fact }) => (fact.kind === 'instrument' ? fact.symbol ?? fact.name : fact.kind));

describe('fold', () => {
  it('keeps offsets while lower-casing and dropping accents', () => {
    const text = 'Société Générale’s Nestlé-Aktie';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe("societe generale's nestle aktie");
  });
});

describe('name matcher', () => {
  it('matches names of four letters and more in any case, but only capitalised', () => {
    expect(names('NVIDIA, Nvidia and nvidia')).toEqual(['NVIDIA=NVDA', 'Nvidia=NVDA']);
  });
  it('matches short names as written (and three-letter acronyms in title case)', () => {
    expect(names('SAP and RWE, not sap or rwe; Axa too')).toEqual(['SAP=SAP', 'RWE=RWE', 'Axa=CS']);
  });
  it('prefers the longest name', () => {
    expect(names('Siemens Energy and Siemens Healthineers beat Siemens')).toEqual(['Siemens Energy=ENR', 'Siemens Healthineers=SHL', 'Siemens=SIE']);
  });
  it('respects word boundaries', () => {
    expect(names('Siemensstadt, Amazonas, BASFler')).toEqual([]);
  });
  it('reads the German genitive only in German', () => {
    expect(names('Nvidias Umsatz', 'de')).toEqual(['Nvidia=NVDA']);
    expect(names('Nvidias', 'en')).toEqual([]);
  });
});

describe('article-level decisions', () => {
  it('keeps a common-word name once the article identifies the company', () => {
    expect(symbols('en', 'Shell plans to cut jobs.')).toEqual([]);
    expect(symbols('en', 'Shell plc shares fell.', 'Shell plans to cut jobs.')).toEqual(['SHEL', 'SHEL']);
  });
  it('keeps a common-word name listed next to an identified company', () => {
    expect(symbols('de', 'Paypal, Visa und Mastercard verlangen Gebühren.')).toEqual(['PYPL', 'V', 'MA']);
  });
  it('drops a bank that is only the source of a rating, keeps it when it is also the subject', () => {
    expect(symbols('de', 'Goldman Sachs stuft die Aktie auf Kaufen.')).toEqual([]);
    expect(symbols('de', 'Goldman Sachs stuft die Aktie auf Kaufen.', 'Die Goldman-Sachs-Aktie selbst verlor 2 Prozent, Goldman Sachs meldete Gewinne.')).toEqual(['GS', 'GS', 'GS']);
  });
  it('gives every mention of an index the code the article printed', () => {
    expect(symbols('en', 'The Dow Jones Industrial Average .DJI fell.', 'The Dow later recovered.')).toEqual(['.DJI', '.DJI', '.DJI']);
  });
});
