// The fact kinds, in the order they run on each block. Later extractors see earlier facts
// (a rating links the money amount that is its price target), so the order matters.
import type { Extractor } from '../types';
import { moneyExtractor } from './money';
import { percentExtractor } from './percent';
import { dateExtractor } from './date';
import { instrumentExtractor } from './instrument';
import { ratingExtractor } from './rating';

export const extractors: readonly Extractor[] = [
  moneyExtractor,
  percentExtractor,
  dateExtractor,
  instrumentExtractor,
  ratingExtractor,
];
