// The chrono-node parsers per language: those of chrono's strict German / English sets that read
// calendar dates, plus one for "November 2025", which chrono's German lacks. Chrono's refiners are
// left out on purpose: they merge a time ("um 15 Uhr") or a weekday into the date's text, and we
// want the calendar date's own span; overlaps are settled in find-dates.ts.
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

/** Every date shape we keep, in both languages' spellings. */
const PROBE = 'am 5. Februar 2026, 03.04.2025, 2025-11-03, Feb. 5, 2026, 5 February 2026, 3/4/2025, October 18-20, 2022';

/**
 * Chrono's parsers that read at least one probe date with its month. Time, weekday and relative
 * parsers ("um 10.15", "Friday", "in two weeks") only produce results we would drop, and cost most
 * of chrono's time. Chrono does not export its parser classes, so they are told apart by behaviour.
 */
function datingParsers(parsers: readonly Parser[]): Parser[] {
  return parsers.filter(parser =>
    new Chrono({ parsers: [parser], refiners: [] }).parse(PROBE).some(result => result.start.isCertain('month')));
}

function dateChrono(base: Chrono): Chrono {
  return new Chrono({ parsers: [...datingParsers(base.parsers), monthYearParser], refiners: [] });
}

export const chronoFor: Readonly<Record<Lang, Chrono>> = {
  de: dateChrono(deStrict),
  en: dateChrono(enStrict),
};
