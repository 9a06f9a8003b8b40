// English percent vocabulary. Basis points ("bp", "bps") are deliberately absent: not percentages.
import type { PercentVocabulary } from './types';

export const enPercent: PercentVocabulary = {
  units: {
    percent: false, 'per cent': false, pct: false, pc: false,
    'percentage point': true, 'percentage points': true, 'percentage-point': true, 'percent points': true,
    pp: true, ppt: true, ppts: true,
  },
  negativeCues: [
    'fell', 'fall', 'falls', 'down', 'lost', 'loses', 'dropped', 'drop', 'declined', 'decline', 'declines', 'slid', 'sank',
    'tumbled', 'plunged', 'slipped', 'decreased', 'decrease', 'shed', 'minus', 'negative', 'lower', 'loss', 'slumped',
    'retreated', 'eased', 'shrank', 'contracted',
  ],
  negativeAfter: ['lower', 'down', 'less', 'fewer', 'decline', 'drop', 'loss'],
};
