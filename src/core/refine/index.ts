// Article-level refiners, in order. Each fact kind contributes its own list (facts/<kind>/index.ts);
// kinds run in extraction order so a rating refiner sees final money values. Reading order comes last.
import type { Refiner } from '../types';
import { moneyRefiners } from '../facts/money';
import { percentRefiners } from '../facts/percent';
import { dateRefiners } from '../facts/date';
import { instrumentRefiners } from '../facts/instrument';
import { ratingRefiners } from '../facts/rating';
import { sortReadingOrder } from './sort-reading-order';

export const refiners: readonly Refiner[] = [
  ...moneyRefiners,
  ...percentRefiners,
  ...dateRefiners,
  ...instrumentRefiners,
  ...ratingRefiners,
  sortReadingOrder,
];
