// Analyst ratings: per block, firms + scale words + price targets taken from the money facts
// already found (recognise.ts); article-level refiners in refine.ts, in the order listed there.
import type { Extractor } from '../../types';
import { recogniseRatings } from './recognise';

export { ratingRefiners } from './refine';

export const ratingExtractor: Extractor = { kind: 'rating', extract: recogniseRatings };
