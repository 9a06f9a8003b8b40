// The chrono-node parsers per language: chrono's strict German / English parsers (no "heute",
// "today", no bare weekdays) plus one for "November 2025", which chrono's German lacks.
// Chrono's refiners are left out on purpose: they merge a time ("um 15 Uhr") or a weekday into the
// date's text, and we want the calendar date's own span; overlaps are settled in find-dates.ts.
import { strict as deStrict } from 'chrono-node/de';
import { Chrono, strict as enStrict, type Parser } from 'chrono-node/en';
import type { Lang } from '../../types';
import { WORD_END, WORD_START } from '../../text/patterns';
import { MONTH_SOURCE, monthNumber } from './months';

const MONTH_YEAR = new RegExp(`${WORD_START}(?<!\\d\\.?\\s{0,2})(${MONTH_SOURCE})\\.?\\s{1,2}((?:19|20)\\d{2})${WORD_END}`, 'iu');

const monthYearParser: Parser = {
  pattern: () => MONTH_YEAR,
  extract: (_context, match) => {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : { month, year: Number(match[2]) };
  },
};

function withoutRefiners(base: { parsers: Parser[] }): Chrono {
  return new Chrono({ parsers: [...base.parsers, monthYearParser], refiners: [] });
}

export const chronoFor: Readonly<Record<Lang, Chrono>> = {
  de: withoutRefiners(deStrict),
  en: withoutRefiners(enStrict),
};
