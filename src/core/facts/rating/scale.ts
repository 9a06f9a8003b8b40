// The house scales written the same in German and English notes ('Buy', 'Overweight'), and the
// look-up from a written scale word to its class and tier.
import type { RatingVocabulary, ScaleWord } from './locales/types';

const buy = (tier: ScaleWord['tier']): ScaleWord => ({ rating: 'buy', tier });
const hold = (tier: ScaleWord['tier']): ScaleWord => ({ rating: 'hold', tier });
const sell = (tier: ScaleWord['tier']): ScaleWord => ({ rating: 'sell', tier });

export const HOUSE_SCALES: Readonly<Record<string, ScaleWord>> = {
  'strong buy': buy('open'), 'moderate buy': buy('open'), 'speculative buy': buy('open'),
  'conviction buy': buy('open'), 'outperform': buy('open'), 'market outperform': buy('open'),
  'sector outperform': buy('open'), 'overweight': buy('open'), 'buy': buy('lead'), 'add': buy('capital'),
  'accumulate': buy('capital'), 'positive': buy('quote'), 'top pick': buy('quote'),
  'hold': hold('lead'), 'neutral': hold('lead'), 'equal weight': hold('open'), 'equalweight': hold('open'),
  'market perform': hold('open'), 'sector perform': hold('open'), 'peer perform': hold('open'),
  'sector weight': hold('open'), 'market weight': hold('open'), 'in line': hold('capital'), 'perform': hold('capital'),
  'moderate sell': sell('open'), 'strong sell': sell('open'), 'underperform': sell('open'),
  'sector underperform': sell('open'), 'underweight': sell('open'), 'sell': sell('lead'),
  'reduce': sell('capital'), 'negative': sell('quote'),
};

/** Scale words are looked up lower-cased, with hyphens and runs of spaces as one space. */
export function scaleKey(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, ' ');
}

export function scaleTable(vocabulary: RatingVocabulary): Map<string, ScaleWord> {
  const table = new Map<string, ScaleWord>();
  for (const [word, entry] of [...Object.entries(HOUSE_SCALES), ...Object.entries(vocabulary.scale)]) {
    table.set(scaleKey(word), entry);
  }
  return table;
}
