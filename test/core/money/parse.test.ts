// parseMoney: the one-call API other fact kinds use for a short price text ("auf 300 Euro").
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/core/facts/money';

describe('parseMoney', () => {
  it('reads a price target', () => {
    expect(parseMoney('auf 300 Euro', 'de')).toEqual({ kind: 'money', text: '300 Euro', value: 300, currency: 'EUR' });
    expect(parseMoney('to $250 from $210', 'en')).toMatchObject({ text: '$250', value: 250, currency: 'USD' });
    expect(parseMoney('Kursziel 1.450 Pence', 'de')).toMatchObject({ value: 14.5, currency: 'GBP' });
  });

  it('returns undefined without a currency', () => {
    expect(parseMoney('Kursziel 300', 'de')).toBeUndefined();
    expect(parseMoney('', 'en')).toBeUndefined();
  });
});
