// English money vocabulary ("billion" = 10^9).
import type { MoneyVocabulary } from './types';

export const enMoney: MoneyVocabulary = {
  magnitudes: {
    thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
  },
  currencyWords: {
    dollar: 'USD', dollars: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'US dollar': 'USD',
    euro: 'EUR', euros: 'EUR',
    pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP',
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    'Swiss francs': 'CHF', 'Swiss franc': 'CHF', francs: 'CHF',
    'Hong Kong dollars': 'HKD', 'Hong Kong dollar': 'HKD',
    'Canadian dollars': 'CAD', 'Australian dollars': 'AUD', 'Singapore dollars': 'SGD', 'New Zealand dollars': 'NZD',
    'Danish crowns': 'DKK', 'Danish kroner': 'DKK', 'Swedish crowns': 'SEK', 'Swedish kronor': 'SEK',
    'Norwegian crowns': 'NOK', 'Norwegian kroner': 'NOK', 'Mexican pesos': 'MXN', 'South Korean won': 'KRW',
    'South African rand': 'ZAR', 'Indian rupees': 'INR', rupees: 'INR', rubles: 'RUB', roubles: 'RUB',
  },
  minorUnits: { cent: null, cents: null, pence: 'GBP', penny: 'GBP' },
  defaultMinorCurrency: 'USD',
  perWords: ['per', 'a', 'an'],
  carryFollowers: [
    'more', 'less', 'in', 'for', 'from', 'to', 'and', 'or', 'a', 'the', 'last', 'this', 'next', 'of', 'on', 'at',
    'by', 'than', 'per', 'each', 'higher', 'lower', 'over', 'extra',
  ],
};
