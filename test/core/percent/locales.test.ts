// Meta-test of the percent vocabularies: both languages name percentages and percentage points,
// basis points are never a unit, and cue words are unique.
import { describe, expect, it } from 'vitest';
import { dePercent } from '../../../src/core/facts/percent/locales/de';
import { enPercent } from '../../../src/core/facts/percent/locales/en';
import { lookupKey } from '../../../src/core/text/patterns';

describe.each(Object.entries({ de: dePercent, en: enPercent }))('percent vocabulary %s', (_lang, vocabulary) => {
  it('has units for percentages and for percentage points', () => {
    const kinds = new Set(Object.values(vocabulary.units));
    expect(kinds).toEqual(new Set([false, true]));
  });

  it('never treats basis points as a unit', () => {
    for (const unit of Object.keys(vocabulary.units)) expect(lookupKey(unit)).not.toMatch(/basis|^bps?$/);
  });

  it('lists each cue once', () => {
    for (const list of [vocabulary.negativeCues, vocabulary.negativeAfter]) expect(new Set(list).size).toBe(list.length);
  });
});
