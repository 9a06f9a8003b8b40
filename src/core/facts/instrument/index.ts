// PLACEHOLDER until the instrument recogniser lands: finds nothing.
import type { Extractor, Refiner } from '../../types';

export const instrumentExtractor: Extractor = { kind: 'instrument', extract: () => [] };
export const instrumentRefiners: readonly Refiner[] = [];
