// PLACEHOLDER until the rating recogniser lands: finds nothing.
import type { Extractor, Refiner } from '../../types';

export const ratingExtractor: Extractor = { kind: 'rating', extract: () => [] };
export const ratingRefiners: readonly Refiner[] = [];
