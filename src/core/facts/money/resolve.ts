// Value resolution: a linked money phrase → MoneyFact (amount in units of an ISO currency,
// range maximum, approximation flag) with its offsets in the block.
import type { MoneyFact } from '../../fact-sheet';
import type { Located } from '../../types';
import { valueOf, type MoneyPhrase } from './link';

export function resolvePhrase(text: string, block: number, phrase: MoneyPhrase): Located<MoneyFact> {
  const { first, last } = phrase;
  const start = first.start;
  const end = (last ?? first).end;
  const fact: MoneyFact = { kind: 'money', text: text.slice(start, end), value: valueOf(first), currency: phrase.currency };
  if (phrase.approx) fact.approx = true;
  if (last) fact.max = valueOf(last);
  return { fact, block, start, end };
}
