// Worked cases for the date recogniser, German and English: what a careful reader marks as a
// calendar date (and which event it belongs to), and text that must yield no date at all.
import type { Lang } from '../../types';

export interface DateExample {
  lang: Lang;
  /** Publication date the text resolves against; without it only dates with a year come out. */
  published?: string;
  text: string;
  dates: Array<{ text: string; date: string; event?: string }>;
}

const PUBLISHED = '2026-01-31T09:15:00+01:00';

export const DATE_EXAMPLES: readonly DateExample[] = [
  { lang: 'de', published: PUBLISHED, text: 'Am 5. Februar folgen die Quartalszahlen.', dates: [{ text: '5. Februar', date: '2026-02-05', event: 'earnings' }] },
  { lang: 'de', published: PUBLISHED, text: 'Neue Amazon-Analyse vom 31. Januar liefert die Antwort:', dates: [{ text: '31. Januar', date: '2026-01-31' }] },
  { lang: 'de', published: PUBLISHED, text: 'Nach der Vereinbarung mit OpenAI vom November 2025 folgt der nächste Schritt.', dates: [{ text: 'November 2025', date: '2025-11' }] },
  { lang: 'de', published: PUBLISHED, text: 'Die Hauptversammlung findet am 14. Mai 2026 in München statt.', dates: [{ text: '14. Mai 2026', date: '2026-05-14', event: 'agm' }] },
  // a semicolon ends the clause: the nearer event word after it belongs to the next date
  { lang: 'de', published: PUBLISHED, text: 'Der Börsengang ist für den 3. Oktober 2026 geplant; Quartalszahlen folgen am 12.11.2026.', dates: [{ text: '3. Oktober 2026', date: '2026-10-03', event: 'ipo' }, { text: '12.11.2026', date: '2026-11-12', event: 'earnings' }] },
  { lang: 'de', published: PUBLISHED, text: 'Die Dividende wird am 18.05.2026 ausgezahlt.', dates: [{ text: '18.05.2026', date: '2026-05-18', event: 'dividend' }] },
  { lang: 'de', published: PUBLISHED, text: 'Stichtag ist der 31.12.2025. Der Ex-Tag ist der 13. Mai.', dates: [{ text: '31.12.2025', date: '2025-12-31' }, { text: '13. Mai', date: '2026-05-13', event: 'dividend' }] },
  { lang: 'de', published: PUBLISHED, text: 'Der Börsengang ist für Anfang März 2026 geplant.', dates: [{ text: 'März 2026', date: '2026-03', event: 'ipo' }] },
  { lang: 'de', published: PUBLISHED, text: 'Die Bilanz legt der Konzern am Mittwoch, 4. März, um 7 Uhr vor.', dates: [{ text: '4. März', date: '2026-03-04', event: 'earnings' }] },
  { lang: 'de', published: PUBLISHED, text: 'Am 20. Dezember hatte die Aktie noch 12 Euro gekostet.', dates: [{ text: '20. Dezember', date: '2025-12-20' }] },
  { lang: 'de', published: PUBLISHED, text: 'Am 5. März, 15 Uhr, beginnt die Telefonkonferenz.', dates: [{ text: '5. März', date: '2026-03-05' }] },
  { lang: 'de', text: 'Seit Juli 2024 leitet er den Vorstand, zuvor war er ab dem 1. Oktober 2019 Finanzchef.', dates: [{ text: 'Juli 2024', date: '2024-07' }, { text: '1. Oktober 2019', date: '2019-10-01' }] },
  { lang: 'en', published: '2026-01-20', text: 'Apple will report fiscal first-quarter results on Jan. 29 after the bell.', dates: [{ text: 'Jan. 29', date: '2026-01-29', event: 'earnings' }] },
  { lang: 'en', published: '2026-01-20', text: 'The stock goes ex-dividend on Wednesday, Feb. 11, 2026.', dates: [{ text: 'Feb. 11, 2026', date: '2026-02-11', event: 'dividend' }] },
  { lang: 'en', published: '2026-01-20', text: 'Shareholders will vote at the annual meeting on March 3.', dates: [{ text: 'March 3', date: '2026-03-03', event: 'agm' }] },
  { lang: 'en', published: '2026-01-20', text: 'Tesla will hold its annual shareholder meeting on June 13, 2026 in Austin.', dates: [{ text: 'June 13, 2026', date: '2026-06-13', event: 'agm' }] },
  { lang: 'en', published: '2026-01-20', text: 'Microsoft reports earnings Thursday, Jan. 29th, after the close.', dates: [{ text: 'Jan. 29th', date: '2026-01-29', event: 'earnings' }] },
  { lang: 'en', published: '2026-01-20', text: 'The company priced its IPO on 14 November 2025 at $21 a share.', dates: [{ text: '14 November 2025', date: '2025-11-14', event: 'ipo' }] },
  { lang: 'en', published: '2026-01-20', text: 'Sales have grown every quarter since March 2024. Yields hit the highest level since Dec. 31.', dates: [{ text: 'March 2024', date: '2024-03' }, { text: 'Dec. 31', date: '2025-12-31' }] },
  { lang: 'en', text: 'The deal was announced on 2025-11-03 and closes by June 30.', dates: [{ text: '2025-11-03', date: '2025-11-03' }] },
];

/** None of these contains a calendar date (numbers, years, weekdays, relative words, times, names). */
export const NOT_DATES: ReadonlyArray<{ lang: Lang; text: string }> = [
  { lang: 'de', text: 'Der Konzern streicht 16.000 Stellen, der Nasdaq 100 schloss bei 21.732 Punkten.' },
  { lang: 'de', text: 'Die Aktie schloss am Freitag bei 239,30 Dollar, ein Minus von 1,01 Prozent.' },
  { lang: 'de', text: 'Heute und gestern legte der Kurs zu, am Wochenende kam die Nachricht, um 10.15 Uhr folgte die Mitteilung.' },
  { lang: 'de', text: 'In zwei Wochen will der Vorstand 2025 abhaken; im dritten Quartal lief es besser, Q3 2025 brachte Gewinne.' },
  { lang: 'de', text: 'Im März steigt das Volumen; Mai Thi Nguyen-Kim sprach mit Analyst Karl Mai.' },
  { lang: 'en', text: 'Shares rose 1.01 percent to $239.30 on Friday; the index added 16,000 points since 2025.' },
  { lang: 'en', text: 'Today and yesterday traders sold; in two weeks the board meets at 10:15 a.m. ET.' },
  { lang: 'en', text: 'Investors may want to wait for the March quarter, analysts said.' },
  { lang: 'en', text: 'Revenue in Q3 2025 beat forecasts; the 10.15 ratio and 3/4 of sales held.' },
];
