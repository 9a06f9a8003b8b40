// Article-level money refiners, in order:
//  1. headline amounts without a currency ("50 Milliarden für OpenAI") take the currency of the
//     same amount in the body, or are dropped — runs first, before anyone reads currency ''.
import type { MoneyFact } from '../../fact-sheet';
import type { Located, Refiner } from '../../types';

const settleHeadlineCurrency: Refiner = facts => {
  if (!facts.some(entry => entry.fact.kind === 'money' && entry.fact.currency === '')) return facts;
  const byValue = new Map<number, string>();
  for (const entry of facts) {
    if (entry.fact.kind === 'money' && entry.fact.currency !== '' && !byValue.has(entry.fact.value)) {
      byValue.set(entry.fact.value, entry.fact.currency);
    }
  }
  return facts.flatMap(entry => {
    if (entry.fact.kind !== 'money' || entry.fact.currency !== '') return [entry];
    const currency = byValue.get(entry.fact.value);
    if (currency === undefined) return [];
    const fact: MoneyFact = { ...entry.fact, currency };
    return [{ ...entry, fact } satisfies Located<MoneyFact>];
  });
};

export const moneyRefiners: readonly Refiner[] = [settleHeadlineCurrency];
