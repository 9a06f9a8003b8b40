// Facts leave the core in reading order (CONTRACT.md): by block, then offset, longer span first.
import type { Refiner } from '../types';

export const sortReadingOrder: Refiner = facts =>
  [...facts].sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
