// Calendar dates (DateFact): chrono-node's German and English parsers on the spans around month
// names and numeric dates, resolved against the article's publication date, tagged with the
// company event their sentence names (earnings, dividend, AGM, IPO).
import type { DateFact } from '../../fact-sheet';
import type { Extractor, Located, Refiner } from '../../types';
import { eventNear } from './event';
import { findDates } from './find-dates';

export const dateExtractor: Extractor = {
  kind: 'date',
  readsAdverts: true,
  extract({ article, index, text, found }) {
    const located: Located<DateFact>[] = [];
    for (const { start, end, date } of findDates(text, article.lang, article.published)) {
      // A number another kind already claimed ("1.2.2025" inside an amount) is not also a date.
      if (found.some(other => other.start < end && start < other.end)) continue;
      const event = eventNear(text, start, end, article.lang);
      const fact: DateFact = { kind: 'date', text: text.slice(start, end), date, ...(event ? { event } : {}) };
      located.push({ fact, block: index, start, end });
    }
    return located;
  },
};

export const dateRefiners: readonly Refiner[] = [];
