// ISIN and WKN: shape checks, the ISIN check digit (ISO 6166, Luhn over the letters-as-numbers
// expansion), and the German derivation ISIN = "DE000" + WKN + check digit.

const ISIN_SHAPE = /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/;
const WKN_SHAPE = /^[0-9A-Z]{6}$/;

/** Letters become two digits (A = 10 … Z = 35), then Luhn over the digit string. */
export function isinCheckDigit(first11: string): number {
  let digits = '';
  for (const char of first11) digits += char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidIsin(candidate: string): boolean {
  return ISIN_SHAPE.test(candidate) && isinCheckDigit(candidate.slice(0, 11)) === Number(candidate[11]);
}

/** A WKN is six characters of digits and capitals with at least one digit ("906866", "A1EWWW", "ENER6Y"). */
export function isWknShape(candidate: string): boolean {
  return WKN_SHAPE.test(candidate) && /[0-9]/.test(candidate);
}

/** German securities: the ISIN embeds the WKN. */
export function isinFromWkn(wkn: string): string {
  const body = `DE000${wkn}`;
  return `${body}${isinCheckDigit(body)}`;
}

export function wknFromIsin(isin: string): string | undefined {
  return isin.startsWith('DE000') ? isin.slice(5, 11) : undefined;
}
