// Meta-test of the money vocabularies: both languages fill every slot, codes are ISO 4217 shaped,
// scales are powers of ten, and no word means two things.
import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../../../src/core/facts/money/currencies';
import { deMoney } from '../../../src/core/facts/money/locales/de';
import { enMoney } from '../../../src/core/facts/money/locales/en';
import { lookupKey } from '../../../src/core/text/patterns';

const LOCALES = { de: deMoney, en: enMoney };
const ISO = /^[A-Z]{3}$/;

describe.each(Object.entries(LOCALES))('money vocabulary %s', (_lang, vocabulary) => {
  it('maps currency words to ISO codes', () => {
    for (const code of Object.values(vocabulary.currencyWords)) expect(code).toMatch(ISO);
    for (const code of Object.values(vocabulary.minorUnits)) if (code !== null) expect(code).toMatch(ISO);
    expect(vocabulary.defaultMinorCurrency).toMatch(ISO);
  });

  it('uses powers of ten as scales', () => {
    for (const scale of Object.values(vocabulary.magnitudes)) expect(Math.log10(scale) % 1).toBe(0);
  });

  it('has no word that is both a currency and a scale, nor two spellings of one key', () => {
    const keys = [...Object.keys(vocabulary.currencyWords), ...Object.keys(vocabulary.minorUnits), ...Object.keys(vocabulary.magnitudes)].map(lookupKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('shared currency tables', () => {
  it('are ISO codes', () => {
    for (const code of [...CURRENCY_CODES.filter(code => code !== 'RMB'), ...Object.values(CURRENCY_SIGNS)]) expect(code).toMatch(ISO);
  });

  it('treat German "Billionen" and English "billion" as the false friends they are', () => {
    expect(deMoney.magnitudes.Billionen).toBe(1e12);
    expect(enMoney.magnitudes.billion).toBe(1e9);
  });
});
