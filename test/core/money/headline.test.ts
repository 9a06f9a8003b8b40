// The article-level refiner: a headline amount without a currency takes the currency of the same
// amount in the body ("50 Milliarden für OpenAI" → USD), or is dropped when the body never names it.
import { describe, expect, it } from 'vitest';
import { moneyExtractor, moneyRefiners } from '../../../src/core/facts/money';
import { factsOf, runExtractor } from '../text/run-extractor';

describe('headline amounts', () => {
  it('take the currency the body gives the same amount', () => {
    const located = runExtractor(moneyExtractor, moneyRefiners, 'de', [
      { text: '50 Milliarden für OpenAI', heading: true },
      { text: 'Amazon will bis zu 50 Milliarden Dollar investieren.' },
    ]);
    expect(factsOf(located)).toEqual([
      { text: '50 Milliarden', value: 50e9, currency: 'USD' },
      { text: '50 Milliarden Dollar', value: 50e9, currency: 'USD', approx: true },
    ]);
  });

  it('are dropped when the body has no such amount', () => {
    const located = runExtractor(moneyExtractor, moneyRefiners, 'de', [
      { text: 'Lufthansa: 30 Millionen für neue Jets', heading: true },
      { text: 'Die Airline zählte 30 Millionen Passagiere und investiert 2 Milliarden Euro.' },
    ]);
    expect(factsOf(located)).toEqual([{ text: '2 Milliarden Euro', value: 2e9, currency: 'EUR' }]);
  });

  it('are not guessed in body text', () => {
    const located = runExtractor(moneyExtractor, moneyRefiners, 'de', [
      { text: 'Amazon investiert 50 Milliarden Dollar.' },
      { text: 'Weitere 50 Milliarden für OpenAI sind im Gespräch.' },
    ]);
    expect(located).toHaveLength(1);
  });
});
