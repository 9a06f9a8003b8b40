// ISIN check digits (valid and corrupted), WKN shape, the German ISIN ↔ WKN derivation, and the rule
// that a six-character code only counts as a WKN next to a WKN cue.
import { describe, expect, it } from 'vitest';
import { isValidIsin, isWknShape, isinCheckDigit, isinFromWkn, wknFromIsin } from '../../../src/core/facts/instrument/identifiers';
import { instrumentExtractor, instrumentRefiners } from '../../../src/core/facts/instrument';
import { factsOf, runExtractor } from '../text/run-extractor';

describe('ISIN check digit', () => {
  it.each(['US0231351067', 'DE0007164600', 'US67066G1040', 'JP3436100006', 'DE000BASF111', 'GB0009895292', 'DE0001102580'])('accepts %s', isin => {
    expect(isValidIsin(isin)).toBe(true);
  });
  it.each(['US0231351068', 'DE0007164601', 'US67066G1041', 'XX', 'us0231351067', 'US02313510671'])('rejects %s', isin => {
    expect(isValidIsin(isin)).toBe(false);
  });
  it('computes the digit over letters expanded to two digits', () => {
    expect(isinCheckDigit('US67066G104')).toBe(0);
    expect(isinCheckDigit('DE000BASF11')).toBe(1);
  });
});

describe('WKN', () => {
  it('has six capitals and digits with at least one digit', () => {
    expect(isWknShape('906866')).toBe(true);
    expect(isWknShape('A1EWWW')).toBe(true);
    expect(isWknShape('ABCDEF')).toBe(false);
    expect(isWknShape('90686')).toBe(false);
  });
  it('derives from and to German ISINs', () => {
    expect(isinFromWkn('110258')).toBe('DE0001102580');
    expect(wknFromIsin('DE0007164600')).toBe('716460');
    expect(wknFromIsin('US0231351067')).toBeUndefined();
  });
  const instruments = (text: string) => factsOf(runExtractor(instrumentExtractor, instrumentRefiners, 'de', [{ text }]));
  it('is read after a WKN cue', () => {
    expect(instruments('Die Aktie (WKN: 716460) stieg.')).toMatchObject([{ text: 'WKN: 716460', symbol: 'SAP', wkn: '716460' }]);
    expect(instruments('Wertpapierkennnummer A1EWWW')).toMatchObject([{ wkn: 'A1EWWW', symbol: 'ADS' }]);
  });
  it('is not read without one', () => {
    expect(instruments('Die Bestellnummer 716460 und der Code A1EWWW gelten bis Freitag.')).toEqual([]);
  });
  it('reads a valid ISIN anywhere but no corrupted one', () => {
    expect(instruments('ISIN DE0007164600')).toMatchObject([{ isin: 'DE0007164600', symbol: 'SAP' }]);
    expect(instruments('ISIN DE0007164601')).toEqual([]);
  });
});
