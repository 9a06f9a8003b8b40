// Spelled-out small numbers per language ("drei Prozent", "zwei Milliarden Dollar", "five percent").
// Only words that stand alone as a number: compounds like "dreiundzwanzig" are rare in news figures.
import type { Lang } from '../types';
import { lookupKey } from './patterns';

export const NUMBER_WORDS: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  de: {
    ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1,
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
    halbe: 0.5, halben: 0.5, halbes: 0.5, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  },
  en: {
    // "a" counts only before a scale or percent word: "a billion dollars", "a percentage point".
    a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5, 'half a': 0.5, 'half an': 0.5,
  },
};

/**
 * A spelled-out number is a figure only right before a percent or scale word ("drei Prozent",
 * "zwei Milliarden"), or as the first end of a range ("zwei bis drei Prozent"). Matched as word
 * beginnings, so "Millionen" and "Prozentpunkte" count too. Scanning only these keeps the very
 * common "ein"/"one" cheap.
 */
export const SPELLED_NUMBER_FOLLOWERS: Readonly<Record<Lang, readonly string[]>> = {
  de: ['Prozent', 'Tausend', 'Million', 'Milliarde', 'Billion', 'Mio', 'Mrd', 'Mill', 'Bio', 'Tsd', 'bis '],
  en: ['percent', 'per cent', 'pct', 'percentage point', 'thousand', 'million', 'billion', 'trillion', 'to '],
};

const LOOKUP: Readonly<Record<Lang, ReadonlyMap<string, number>>> = {
  de: new Map(Object.entries(NUMBER_WORDS.de)),
  en: new Map(Object.entries(NUMBER_WORDS.en)),
};

/** First letters of the number words, lower-case: most candidate words are rejected on their first letter. */
const FIRST_LETTERS: Readonly<Record<Lang, ReadonlySet<number>>> = {
  de: new Set(Object.keys(NUMBER_WORDS.de).map(word => word.charCodeAt(0))),
  en: new Set(Object.keys(NUMBER_WORDS.en).map(word => word.charCodeAt(0))),
};

export function numberWordValue(word: string, lang: Lang): number | undefined {
  // Number words start with an ASCII letter, and no other letter lower-cases to one of those.
  if (!FIRST_LETTERS[lang].has(word.charCodeAt(0) | 0x20)) return undefined;
  const words = LOOKUP[lang];
  return words.get(word) ?? words.get(lookupKey(word));
}
