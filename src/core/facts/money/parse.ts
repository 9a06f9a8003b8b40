// A one-call money parser for other fact kinds: the first money amount in a short text
// ("auf 300 Euro", "to $250", "1,450 pence"), or undefined.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang } from '../../types';
import { linkAmounts } from './link';
import { recogniseAmounts } from './recognise';
import { resolvePhrase } from './resolve';

export function parseMoney(text: string, lang: Lang): MoneyFact | undefined {
  const [phrase] = linkAmounts(text, recogniseAmounts(text, lang), lang, false);
  return phrase && resolvePhrase(text, 0, phrase).fact;
}
