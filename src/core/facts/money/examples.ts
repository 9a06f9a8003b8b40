// Documented cases of the money recogniser, run by test/core/money/. Each case is one block of
// text in one article language; `expect` lists the money facts in reading order.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang } from '../../types';

export interface MoneyExample {
  lang: Lang;
  text: string;
  expect: Array<Omit<MoneyFact, 'kind'>>;
  /** A headline block (implied currency only where the body names the amount). */
  heading?: boolean;
}

export const moneyExamples: readonly MoneyExample[] = [
  // German number formats, scale words and currency words
  { lang: 'de', text: 'Amazon will bis zu 50 Milliarden Dollar in OpenAI investieren.', expect: [{ text: '50 Milliarden Dollar', value: 50e9, currency: 'USD', approx: true }] },
  { lang: 'de', text: 'Die Aktie schloss bei 239,30 Dollar.', expect: [{ text: '239,30 Dollar', value: 239.3, currency: 'USD' }] },
  { lang: 'de', text: 'Sie verwalten 35 Billionen Dollar.', expect: [{ text: '35 Billionen Dollar', value: 35e12, currency: 'USD' }] },
  { lang: 'de', text: 'Erlöse von 775 Millionen Dollar (692 Mio Euro).', expect: [{ text: '775 Millionen Dollar', value: 775e6, currency: 'USD' }, { text: '692 Mio Euro', value: 692e6, currency: 'EUR' }] },
  { lang: 'de', text: 'Ein Umsatz von 3,5 Mrd. CHF und 1.234,56 Euro.', expect: [{ text: '3,5 Mrd. CHF', value: 3.5e9, currency: 'CHF' }, { text: '1.234,56 Euro', value: 1234.56, currency: 'EUR' }] },
  { lang: 'de', text: '€3,5 Mrd. und EUR 3,5 Mio. sowie $1.2bn', expect: [{ text: '€3,5 Mrd.', value: 3.5e9, currency: 'EUR' }, { text: 'EUR 3,5 Mio.', value: 3.5e6, currency: 'EUR' }, { text: '$1.2bn', value: 1.2e9, currency: 'USD' }] },
  { lang: 'de', text: 'Der Euro gab bis 1,762 Dollar nach.', expect: [{ text: '1,762 Dollar', value: 1.762, currency: 'USD' }] },
  { lang: 'de', text: 'Die Rücklage beträgt 1\u202f234\u202f567 Euro.', expect: [{ text: '1\u202f234\u202f567 Euro', value: 1234567, currency: 'EUR' }] },
  { lang: 'de', text: 'Umsatz von rund zwei Milliarden Dollar, eine halbe Milliarde Euro Gewinn.', expect: [{ text: 'zwei Milliarden Dollar', value: 2e9, currency: 'USD', approx: true }, { text: 'halbe Milliarde Euro', value: 0.5e9, currency: 'EUR' }] },
  { lang: 'de', text: 'Der Umbau kostet zwei bis drei Milliarden Euro, ein Dollar war 1,08 Euro wert.', expect: [{ text: 'zwei bis drei Milliarden Euro', value: 2e9, max: 3e9, currency: 'EUR' }, { text: '1,08 Euro', value: 1.08, currency: 'EUR' }] },
  { lang: 'de', text: 'Die 300-Millionen-Euro-Anleihe von Signa', expect: [{ text: '300-Millionen-Euro', value: 300e6, currency: 'EUR' }] },
  { lang: 'de', text: 'Kosten von 3,5 Milliarden US-Dollar und 20 Millionen Franken', expect: [{ text: '3,5 Milliarden US-Dollar', value: 3.5e9, currency: 'USD' }, { text: '20 Millionen Franken', value: 20e6, currency: 'CHF' }] },
  { lang: 'de', text: 'Die Dividende steigt auf 50 Cent, in der Schweiz auf 80 Rappen.', expect: [{ text: '50 Cent', value: 0.5, currency: 'EUR' }, { text: '80 Rappen', value: 0.8, currency: 'CHF' }] },
  // ranges, changes and a currency carried over inside one phrase
  { lang: 'de', text: 'Zielspanne von 1,04 bis 1,2 Milliarden Euro.', expect: [{ text: '1,04 bis 1,2 Milliarden Euro', value: 1.04e9, max: 1.2e9, currency: 'EUR' }] },
  { lang: 'de', text: 'Konzerngewinn von 300 bis etwa 420 Millionen Euro', expect: [{ text: '300 bis etwa 420 Millionen Euro', value: 300e6, max: 420e6, currency: 'EUR', approx: true }] },
  { lang: 'de', text: 'Kredite in Höhe von 100.000 bis 5 Mio. EUR', expect: [{ text: '100.000 bis 5 Mio. EUR', value: 100000, max: 5e6, currency: 'EUR' }] },
  { lang: 'de', text: 'ein Kredit zwischen 2 und 3 Mrd. Euro', expect: [{ text: '2 und 3 Mrd. Euro', value: 2e9, max: 3e9, currency: 'EUR' }] },
  { lang: 'de', text: 'Der Verlust sank von 228,4 auf 211,5 Millionen Dollar.', expect: [{ text: '228,4', value: 228.4e6, currency: 'USD' }, { text: '211,5 Millionen Dollar', value: 211.5e6, currency: 'USD' }] },
  { lang: 'de', text: 'Der Umsatz stieg von 4,76 Mrd. Euro auf 5,79 Mrd. Die Zuwächse', expect: [{ text: '4,76 Mrd. Euro', value: 4.76e9, currency: 'EUR' }, { text: '5,79 Mrd.', value: 5.79e9, currency: 'EUR' }] },
  { lang: 'de', text: 'Kursziel von 290 auf 300 Euro angehoben', expect: [{ text: '290', value: 290, currency: 'EUR' }, { text: '300 Euro', value: 300, currency: 'EUR' }] },
  { lang: 'de', text: 'Schulden von netto 7,4 Milliarden Euro - über 3 Milliarden mehr als 2019.', expect: [{ text: '7,4 Milliarden Euro', value: 7.4e9, currency: 'EUR' }, { text: '3 Milliarden', value: 3e9, currency: 'EUR' }] },
  { lang: 'de', text: 'RBC hält an "Outperform" mit Kursziel 300 Dollar fest.', expect: [{ text: '300 Dollar', value: 300, currency: 'USD' }] },
  // English
  { lang: 'en', text: 'Microsoft agreed to pay a $3 billion breakup fee.', expect: [{ text: '$3 billion', value: 3e9, currency: 'USD' }] },
  { lang: 'en', text: 'Spot gold was at $1,173.72 an ounce; the euro at $1.0725.', expect: [{ text: '$1,173.72', value: 1173.72, currency: 'USD' }, { text: '$1.0725', value: 1.0725, currency: 'USD' }] },
  { lang: 'en', text: 'asset purchases of 80 billion euros ($86 billion)', expect: [{ text: '80 billion euros', value: 80e9, currency: 'EUR' }, { text: '$86 billion', value: 86e9, currency: 'USD' }] },
  { lang: 'en', text: 'It raised $430M after a £10bn bid and US$ 5 mn.', expect: [{ text: '$430M', value: 430e6, currency: 'USD' }, { text: '£10bn', value: 10e9, currency: 'GBP' }, { text: 'US$ 5 mn', value: 5e6, currency: 'USD' }] },
  { lang: 'en', text: 'priced at 176 Hong Kong dollars (£17.43) a share', expect: [{ text: '176 Hong Kong dollars', value: 176, currency: 'HKD' }, { text: '£17.43', value: 17.43, currency: 'GBP' }] },
  { lang: 'en', text: 'The stock in afternoon trading is up 9c to $18.79.', expect: [{ text: '9c', value: 0.09, currency: 'USD' }, { text: '$18.79', value: 18.79, currency: 'USD' }] },
  { lang: 'en', text: 'raised the price target to 260 GBp from 240 GBp; Shell at 1,450 pence', expect: [{ text: '260 GBp', value: 2.6, currency: 'GBP' }, { text: '240 GBp', value: 2.4, currency: 'GBP' }, { text: '1,450 pence', value: 14.5, currency: 'GBP' }] },
  { lang: 'en', text: 'price target raised to EUR 55 from EUR 47; CHF 25 and 7.20 EUR', expect: [{ text: 'EUR 55', value: 55, currency: 'EUR' }, { text: 'EUR 47', value: 47, currency: 'EUR' }, { text: 'CHF 25', value: 25, currency: 'CHF' }, { text: '7.20 EUR', value: 7.2, currency: 'EUR' }] },
  { lang: 'en', text: 'The price target to $250 from $210.', expect: [{ text: '$250', value: 250, currency: 'USD' }, { text: '$210', value: 210, currency: 'USD' }] },
  { lang: 'en', text: 'revenue of $3-4 billion, or $5B-$5.4B', expect: [{ text: '$3-4 billion', value: 3e9, max: 4e9, currency: 'USD' }, { text: '$5B-$5.4B', value: 5e9, max: 5.4e9, currency: 'USD' }] },
  { lang: 'en', text: 'sales rose from 4.76 billion euros to 5.79 billion in 2020', expect: [{ text: '4.76 billion euros', value: 4.76e9, currency: 'EUR' }, { text: '5.79 billion', value: 5.79e9, currency: 'EUR' }] },
  { lang: 'en', text: 'a payment of up to a $1 billion and about ~$2bn', expect: [{ text: '$1 billion', value: 1e9, currency: 'USD', approx: true }, { text: '$2bn', value: 2e9, currency: 'USD', approx: true }] },
  { lang: 'en', text: 'In 2019 $5 bought more; 5€ and 5 $ still do.', expect: [{ text: '$5', value: 5, currency: 'USD' }, { text: '5€', value: 5, currency: 'EUR' }, { text: '5 $', value: 5, currency: 'USD' }] },
  { lang: 'en', text: 'It spent a billion dollars and two to three billion euros.', expect: [{ text: 'a billion dollars', value: 1e9, currency: 'USD' }, { text: 'two to three billion euros', value: 2e9, max: 3e9, currency: 'EUR' }] },
  { lang: 'en', text: 'Apple was paid more than half a billion dollars.', expect: [{ text: 'half a billion dollars', value: 0.5e9, currency: 'USD' }] },
  { lang: 'en', text: 'a 1.2-billion-euro plan and .5 million dollars', expect: [{ text: '1.2-billion-euro', value: 1.2e9, currency: 'EUR' }, { text: '.5 million dollars', value: 0.5e6, currency: 'USD' }] },
  // headline amounts take the currency of the same amount in the body
  { lang: 'de', heading: true, text: '50 Milliarden für OpenAI', expect: [] },
];

/** Texts without any money fact, per article language. */
export const moneyNegatives: Readonly<Record<Lang, readonly string[]>> = {
  de: [
    'Amazon will 16.000 Stellen streichen.',
    'Der Dax gab um 0,2% auf 21.732 Punkte nach.',
    'Im Jahr 2019 zählte Fraport 70,6 Millionen Fluggäste.',
    '5,7 Milliarden "Order-Backlog" seien immens.',
    'Die Lagerbestände stiegen um 1,64 Mill. Barrel.',
    'Die Anleihe wurde um 5,7 Cents niedriger bei 59,3 Cents je Euro indiziert.',
    'Die 20 Euro-Länder trafen sich am 23.10.2024 um 10:45 Uhr.',
    'Die Zellen liefern 250 Wh/kg und 3 GWh, Dosis 2,4 Milligramm.',
    'Rufen Sie +49 (0)69 1234-567 an, Artikelnummer 4711-0815.',
    'Die Rendite stieg um 4 Basispunkte auf 4,248%.',
    'Evergrande war für 3,8 Millionen Arbeitsplätze verantwortlich.',
  ],
  en: [
    'Twitch has 1.7 million unique broadcasters and 43 million viewers.',
    'The Dow added 256.81 points to 19,508.59.',
    'The yen was at 108.55 per dollar.',
    'Version 1.2.3 shipped in 2019; the team won 3-1.',
    'The 10-year yield fell five basis points to 1.89 percent.',
    'It ran 5m and weighed 2 kg on 12/05/2024.',
    'Loss of (1,234), version v1.2.3, ISIN US0231351067, call 555-1234.',
  ],
};
