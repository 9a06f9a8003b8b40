// English rating vocabulary, as in wire notes, The Fly headlines and MarketBeat roundups
// ("upgraded to overweight from equal-weight and raised its price target to $250 from $210").
import type { RatingVocabulary } from './types';

export const enRating: RatingVocabulary = {
  scale: {},
  scaleLeads: [
    'to', 'from', 'at', 'a', 'an', 'as', 'with', 'of', 'rates', 'rated', 'reiterates', 'reiterated', 'maintains', 'maintained',
    'keeps', 'kept', 'reaffirms', 'reaffirmed', 'reissued', 'reissues', 'restated', 'assigned', 'its', 'their',
  ],
  scaleTails: ['rating', 'ratings', 'recommendation', 'call', 'stance', 'rated', 'on the shares', 'on the stock'],
  scaleFollowers: [
    'from', 'to', 'at', 'on', 'with', 'and', 'in', 'after', 'as', 'citing', 'saying', 'while', 'following', 'by', 'amid',
    'ahead', 'but', 'earlier', 'last', 'this', 'previously', 'rating', 'recommendation',
  ],
  fromWords: ['from'],
  toWords: ['to'],
  targetWords: [
    'price target', 'price targets', 'target price', 'target prices', 'price objective', 'price-target', 'PT', 'target',
    'fair value estimate', 'fair value',
  ],
  targetPhrases: [String.raw`sees (?:the stock|the shares|shares)(?: \p{L}+){0,2} (?:at|reaching|hitting)`],
  actions: {
    upgrade: [String.raw`upgrade[sd]?`, String.raw`upgrading`],
    downgrade: [String.raw`downgrade[sd]?`, String.raw`downgrading`],
    initiate: [
      String.raw`initiat(?:ed|es|e|ing)`, String.raw`(?:began|begins|begin|started|starts|start|launched|launches|resumed|resumes|assumed|assumes|picked up) (?:coverage|covering)`,
      String.raw`reinstat(?:ed|es)`, String.raw`coverage initiated`,
    ],
    'raise-target': [
      String.raw`rais(?:ed|es|e|ing)`, String.raw`lift(?:ed|s)?`, String.raw`boost(?:ed|s)?`, String.raw`increas(?:ed|es)`, String.raw`hik(?:ed|es)`,
      String.raw`bump(?:ed|s) up`, String.raw`upp(?:ed|s)`, String.raw`pushed up`,
    ],
    'cut-target': [
      String.raw`cut(?:s|ting)?`, String.raw`lower(?:ed|s)?`, String.raw`trimm?(?:ed|s)?`, String.raw`reduc(?:ed|es)`, String.raw`slash(?:ed|es)`,
      String.raw`decreas(?:ed|es)`, String.raw`dropped`, String.raw`drops`, String.raw`pared`,
    ],
    reiterate: [
      String.raw`reiterat(?:ed|es|e|ing)`, String.raw`maintain(?:ed|s)?`, String.raw`keeps?`, String.raw`kept`, String.raw`reaffirm(?:ed|s)?`,
      String.raw`affirm(?:ed|s)`, String.raw`reissued`, String.raw`restated`, String.raw`retain(?:ed|s)`,
    ],
  },
  consensus: [String.raw`consensus`, String.raw`(?:average|mean|median)(?: 12-month| one-year)? (?:price target|target price|price objective)`],
  firmLeads: [String.raw`(?:analysts?|strategists) (?:at|from|with)`, String.raw`(?:brokerage|investment bank|research firm|broker) `],
  firmTails: ['analyst', 'analysts'],
  trailingLeads: ['at', 'by', 'says'],
  quotedPrice: [
    String.raw`clos(?:ed|ing)(?: \S+){0,4}? at`, String.raw`trad(?:ing|ed|es) (?:\p{L}+ ){0,3}at`,
    String.raw`(?:shares|stock) (?:were|was|is|are|last) (?:\p{L}+ ){0,3}(?:at|to)`, String.raw`last traded at`, String.raw`last at`,
    String.raw`(?:up|down) (?:\S+ ){1,3}to`, String.raw`opened at`, String.raw`share price of`, String.raw`stock price of`, String.raw`priced at`,
  ],
};
