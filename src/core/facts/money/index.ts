// PLACEHOLDER until the money recogniser lands: finds nothing.
import type { Extractor, Refiner } from '../../types';

export const moneyExtractor: Extractor = { kind: 'money', extract: () => [] };
export const moneyRefiners: readonly Refiner[] = [];
