// German money vocabulary. Note "Billion(en)" = 10^12 (a false friend of English "billion").
import type { MoneyVocabulary } from './types';

export const deMoney: MoneyVocabulary = {
  magnitudes: {
    'Tsd.': 1e3, Tsd: 1e3, Tausend: 1e3,
    'Mio.': 1e6, Mio: 1e6, 'Mill.': 1e6, Million: 1e6, Millionen: 1e6,
    'Mrd.': 1e9, Mrd: 1e9, 'Mia.': 1e9, Mia: 1e9, Milliarde: 1e9, Milliarden: 1e9,
    'Bio.': 1e12, Billion: 1e12, Billionen: 1e12,
  },
  currencyWords: {
    Dollar: 'USD', Dollars: 'USD', 'US-Dollar': 'USD', 'US-Dollars': 'USD', 'US Dollar': 'USD',
    Euro: 'EUR', Euros: 'EUR',
    Franken: 'CHF', 'Schweizer Franken': 'CHF',
    Pfund: 'GBP', 'Pfund Sterling': 'GBP', 'britische Pfund': 'GBP', 'britischen Pfund': 'GBP',
    Yen: 'JPY', Yuan: 'CNY', Renminbi: 'CNY',
    'Hongkong-Dollar': 'HKD', 'Hongkong Dollar': 'HKD',
    'kanadische Dollar': 'CAD', 'kanadischen Dollar': 'CAD', 'australische Dollar': 'AUD', 'australischen Dollar': 'AUD',
    'dänische Kronen': 'DKK', 'dänischen Kronen': 'DKK', 'schwedische Kronen': 'SEK', 'schwedischen Kronen': 'SEK',
    'norwegische Kronen': 'NOK', 'norwegischen Kronen': 'NOK', 'mexikanische Pesos': 'MXN', 'mexikanischen Pesos': 'MXN',
    Rubel: 'RUB', Rupien: 'INR', Won: 'KRW', Lira: 'TRY',
  },
  minorUnits: { Cent: null, Cents: null, Rappen: 'CHF', Pence: 'GBP' },
  defaultMinorCurrency: 'EUR',
  perWords: ['je', 'pro'],
  carryFollowers: [
    'mehr', 'weniger', 'zusätzlich', 'und', 'oder', 'bzw', 'im', 'in', 'für', 'als', 'bis', 'auf', 'von', 'vom',
    'zu', 'zum', 'pro', 'je', 'an', 'aus', 'netto', 'brutto', 'davon',
  ],
};
