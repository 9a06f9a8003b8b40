// PLACEHOLDER until the date recogniser lands: finds nothing.
import type { Extractor, Refiner } from '../../types';

export const dateExtractor: Extractor = { kind: 'date', extract: () => [] };
export const dateRefiners: readonly Refiner[] = [];
