// Matching block text against the locale vocabularies: one normal form, first hit wins.
import { normaliseLabelText } from './labels';
import { de } from './locales/de';
import { en } from './locales/en';
import type { PromoVocabulary } from './locales/vocabulary';

/** Both vocabularies apply to every page: a German teaser on a page mis-detected as English is still a teaser. */
export const LOCALES: readonly PromoVocabulary[] = [de, en];

/** Lower-case, de-obfuscated, one kind of apostrophe: what the vocabulary is written against. */
export function forMatching(text: string): string {
  return normaliseLabelText(text).text.toLowerCase().replace(/[’‘`´]/g, "'");
}

export function firstMatch(text: string, patterns: readonly RegExp[]): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

const SEED_GROUPS = LOCALES.flatMap(v => [...v.buyOrSell, ...v.freeOffer, ...v.salesProduct, ...v.signUpOffer, ...v.rateOffer, ...v.urgency, ...v.eventSignUp]);

/** True when a piece of page text carries strong promo wording: the DOM layer starts a candidate there. */
export function looksPromotional(text: string): boolean {
  if (text.length < 8) return false;
  if (/\?!|!\?/.test(text)) return true;
  return firstMatch(forMatching(text), SEED_GROUPS) !== undefined;
}

/** The matched words as the page writes them (case kept), for reason texts. */
export function asWritten(original: string, match: RegExpExecArray): string {
  const written = normaliseLabelText(original).text;
  // Lower-casing keeps the length for all but a few letters ("İ"); then the matched form will do.
  return written.length === match.input.length ? written.slice(match.index, match.index + match[0].length) : match[0];
}
