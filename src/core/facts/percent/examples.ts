// Documented cases of the percent recogniser, run by test/core/percent/. Each case is one block
// of text in one article language; `expect` lists the percent facts in reading order.
import type { PercentFact } from '../../fact-sheet';
import type { Lang } from '../../types';

export interface PercentExample {
  lang: Lang;
  text: string;
  expect: Array<Omit<PercentFact, 'kind'>>;
}

export const percentExamples: readonly PercentExample[] = [
  { lang: 'de', text: 'Die Inflation lag bei 3,2 Prozent.', expect: [{ text: '3,2 Prozent', value: 3.2 }] },
  { lang: 'de', text: 'Die Aktie schloss bei 239,30 Dollar, ein Minus von 1,01 Prozent.', expect: [{ text: '1,01 Prozent', value: -1.01 }] },
  { lang: 'de', text: 'Kursänderung: -1,01 % und −1,2 % sowie +12%', expect: [{ text: '-1,01 %', value: -1.01 }, { text: '−1,2 %', value: -1.2 }, { text: '+12%', value: 12 }] },
  { lang: 'de', text: 'In Seattle lösten 50-Prozent-Räumungsverkäufe Schlangen aus.', expect: [{ text: '50-Prozent', value: 50 }] },
  { lang: 'de', text: 'Die Aktie legte um gut drei Prozent zu, der Umsatz um zehn Prozent.', expect: [{ text: 'drei Prozent', value: 3 }, { text: 'zehn Prozent', value: 10 }] },
  { lang: 'de', text: 'Die Aktie verlor zeitweise rund vier Prozent.', expect: [{ text: 'vier Prozent', value: -4 }] },
  { lang: 'de', text: 'Der Umsatz fiel um 8%, der Gewinn sank um 20%.', expect: [{ text: '8%', value: -8 }, { text: '20%', value: -20 }] },
  { lang: 'de', text: 'Der Dax gab leicht um 0,2% auf 19.378 Punkte nach. Siemens gab bekannt, dass der Umsatz um 5% stieg.', expect: [{ text: '0,2%', value: -0.2 }, { text: '5%', value: 5 }] },
  { lang: 'de', text: 'Einlagen waren zu minus 0,5 Prozent verzinst.', expect: [{ text: '0,5 Prozent', value: -0.5 }] },
  { lang: 'de', text: 'Die Quote stieg um 0,3 Prozentpunkte auf 5,1 Prozent.', expect: [{ text: '0,3 Prozentpunkte', value: 0.3, points: true }, { text: '5,1 Prozent', value: 5.1 }] },
  { lang: 'de', text: 'Das Wachstum soll zwischen 2 und 3 Prozent liegen, die Marge bei 5-6%.', expect: [{ text: '2', value: 2 }, { text: '3 Prozent', value: 3 }, { text: '5', value: 5 }, { text: '6%', value: 6 }] },
  { lang: 'de', text: 'Die Rendite stieg von 2,5 auf 3 Prozent, um ein Prozent.', expect: [{ text: '2,5', value: 2.5 }, { text: '3 Prozent', value: 3 }, { text: 'ein Prozent', value: 1 }] },
  { lang: 'de', text: 'Die Aktie schloss 0,5 Prozent tiefer, eine 100%-Tochter.', expect: [{ text: '0,5 Prozent', value: -0.5 }, { text: '100%', value: 100 }] },
  { lang: 'de', text: 'Die Löhne steigen um zwei bis drei Prozent.', expect: [{ text: 'zwei', value: 2 }, { text: 'drei Prozent', value: 3 }] },
  { lang: 'en', text: 'Inflation was 12% and rose 0.8 per cent.', expect: [{ text: '12%', value: 12 }, { text: '0.8 per cent', value: 0.8 }] },
  { lang: 'en', text: 'Shares jumped 11 percent; margins gained 2 pct and five percent.', expect: [{ text: '11 percent', value: 11 }, { text: '2 pct', value: 2 }, { text: 'five percent', value: 5 }] },
  { lang: 'en', text: 'U.S. crude fell 3.38% to $55.12; Brent was at $60.73, down 2.74% on the day.', expect: [{ text: '3.38%', value: -3.38 }, { text: '2.74%', value: -2.74 }] },
  { lang: 'en', text: 'Shares lost 15.2% in April, dropped 3% and declined 1 percent.', expect: [{ text: '15.2%', value: -15.2 }, { text: '3%', value: -3 }, { text: '1 percent', value: -1 }] },
  { lang: 'en', text: 'The yield was 1.786%, down from 1.808% late on Monday.', expect: [{ text: '1.786%', value: 1.786 }, { text: '1.808%', value: 1.808 }] },
  { lang: 'en', text: 'The margin widened 2 percentage points to 31%.', expect: [{ text: '2 percentage points', value: 2, points: true }, { text: '31%', value: 31 }] },
  { lang: 'en', text: 'The Fed cut rates by a percentage point; a 10pc stake.', expect: [{ text: 'a percentage point', value: 1, points: true }, { text: '10pc', value: 10 }] },
  { lang: 'en', text: 'Growth of between 4 and 5 percent, or .5%', expect: [{ text: '4', value: 4 }, { text: '5 percent', value: 5 }, { text: '.5%', value: 0.5 }] },
];

/** Texts without any percent fact, per article language. */
export const percentNegatives: Readonly<Record<Lang, readonly string[]>> = {
  de: [
    'Die Rendite stieg um 4 Basispunkte.',
    'Der Umsatz legte um ein Fünftel zu, ein Drittel teurer.',
    'Der Dax schloss bei 19.378 Punkten.',
    'Prozentual gesehen ist das viel; der Prozentsatz blieb offen.',
  ],
  en: [
    'The yield fell five basis points, or 5 bp, and 12 bps.',
    'The index added 256.81 points.',
    'Shares rose in 2019 to $50.',
  ],
};
