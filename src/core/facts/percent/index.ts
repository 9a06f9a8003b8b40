// PLACEHOLDER until the percent recogniser lands: finds nothing.
import type { Extractor, Refiner } from '../../types';

export const percentExtractor: Extractor = { kind: 'percent', extract: () => [] };
export const percentRefiners: readonly Refiner[] = [];
