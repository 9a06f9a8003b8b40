// Currency signs, ISO codes and short scale letters: the same in every language ("$1.2bn" appears
// in German text too). Language words live in locales/.

/** Written before the number ("$5", "US$ 5", "EUR 3,5 Mio."); codes also after it ("5 Mio. EUR"). */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', 'US-$': 'USD', HK$: 'HKD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD',
  NZ$: 'NZD', S$: 'SGD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB',
};

export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'HKD', 'CNY', 'CAD', 'AUD', 'NZD', 'SGD', 'SEK', 'NOK', 'DKK', 'INR', 'KRW',
  'BRL', 'RUB', 'PLN', 'CZK', 'TRY', 'ZAR', 'MXN', 'HUF', 'RMB',
];

/** Codes that are not the ISO code itself. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };

/** Hundredth units written as codes (London prices "260 GBp", "GBX"). Case matters: GBP is pounds. */
export const MINOR_CODES: Readonly<Record<string, string>> = { GBp: 'GBP', GBX: 'GBP', GBx: 'GBP' };

/**
 * Scale letters glued to the number ("$1.2bn", "$430M", "£10bn", "$50k"). Only with a currency:
 * "5m" alone is five metres.
 */
export const ATTACHED_MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, T: 1e12,
};

/** Scale abbreviations that may also stand after a space ("$1.2 bn", "EUR 3 mln"). */
export const SHORT_MAGNITUDES: Readonly<Record<string, number>> = {
  mn: 1e6, mln: 1e6, mio: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, Bn: 1e9, Mn: 1e6,
};

/** Hundredth units glued to the number: "9c" (cents of the context currency), "260p" (pence). */
export const ATTACHED_MINOR: Readonly<Record<string, string | null>> = { c: null, p: 'GBP' };
