// Which explicit-identifier patterns can match in a block at all, as bits set during the block scan
// (./words): the characters each pattern cannot match without, so only regexes with a chance run.

/** Twelve capitals and digits in a row (ISIN). */
export const ISIN = 1;
/** Two capitals in a row (a bare ticker). */
export const CAPITALS = 2;
/** A colon before a capital or digit, maybe across one space ("NASDAQ: AMZN"). */
export const EXCHANGE = 4;
/** "$" before a capital (cashtag). */
export const CASHTAG = 8;
/** A capital or digit, "." and a capital (Yahoo symbol "SAP.DE", "9984.T"). */
export const YAHOO = 16;
/** "." or "^" before a capital, not after a letter, digit or dot (".SPX", "^GDAXI"), or a capital + "c1"/"c2" ("NKc1"). */
export const CODE = 32;
/** A capital, "." or "/" and "A" or "B" ("BRK.B", "BRK/B"). */
export const CLASS = 64;
/** A capital, "." and O, N, K or A (Reuters RIC "AAPL.O"). */
export const RIC = 128;
/** Six capitals and digits in a row (the WKN after its cue). */
export const WKN = 256;

export const CAPITAL = 1;
export const DIGIT = 2;
/** "$", ".", "/", ":", "^", "1" and "2": looked at with the units around them. */
export const MARK = 4;
const SPACE = 8;

/** Classes of the ASCII units: a table lookup keeps the scan free of branches on character ranges. */
export const SHAPE_CLASSES = new Uint8Array(128);
for (let code = 0x41; code <= 0x5a; code++) SHAPE_CLASSES[code] = CAPITAL;
for (let code = 0x30; code <= 0x39; code++) SHAPE_CLASSES[code] = DIGIT;
for (const mark of '$./:^') SHAPE_CLASSES[mark.charCodeAt(0)] = MARK;
for (const digit of '12') SHAPE_CLASSES[digit.charCodeAt(0)] = DIGIT | MARK;
for (const space of ' \t\n\v\f\r') SHAPE_CLASSES[space.charCodeAt(0)] = SPACE;

const classOf = (code: number): number => (code >= 0 && code < 128 ? SHAPE_CLASSES[code]! : 0);
const capital = (code: number): boolean => classOf(code) === CAPITAL;
const capitalOrDigit = (code: number): boolean => (classOf(code) & (CAPITAL | DIGIT)) !== 0;
/** The `\s` of a `u` regex. */
const space = (code: number): boolean => classOf(code) === SPACE || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
  || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

const asciiLetterOrDigit = (code: number): boolean => capitalOrDigit(code) || (code >= 0x61 && code <= 0x7a);

/** The unit at `i`, or -1 outside the text: an out-of-range read would send the hot scan back to slow code. */
const unitAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The shapes a marked unit opens. */
export function markShapes(text: string, i: number, code: number): number {
  const next = unitAt(text, i + 1);
  const previous = unitAt(text, i - 1);
  switch (code) {
    case 0x31: case 0x32: return previous === 0x63 && capital(unitAt(text, i - 2)) ? CODE : 0;
    case 0x2e: return capital(next) ? dotShapes(previous, next) : 0;
    case 0x24: return capital(next) ? CASHTAG : 0;
    case 0x5e: return capital(next) ? CODE : 0;
    case 0x2f: return capital(previous) && (next === 0x41 || next === 0x42) ? CLASS : 0;
    default: return capitalOrDigit(next) || (space(next) && capitalOrDigit(unitAt(text, i + 2))) ? EXCHANGE : 0;
  }
}

/** "." between `previous` and a capital `next`. */
function dotShapes(previous: number, next: number): number {
  if (!asciiLetterOrDigit(previous) && previous !== 0x2e) return CODE;
  if (!capitalOrDigit(previous)) return 0;
  let shapes = YAHOO;
  if (capital(previous) && (next === 0x4f || next === 0x4e || next === 0x4b || next === 0x41)) shapes |= RIC;
  if (capital(previous) && (next === 0x41 || next === 0x42)) shapes |= CLASS;
  return shapes;
}

const BARE_CUE = /shares|stock|Aktie|ticker|Tickersymbol|Kürzel/;

/** A WKN cue word ("WKN", "Wertpapierkennnummer") and a code of six capitals and digits. */
export const wknCue = (text: string, shapes: number): boolean => (shapes & WKN) !== 0 && (text.includes('WKN') || text.includes('Wertpapier'));
/** Two capitals and a word that cues a bare ticker ("AAPL shares", "Kürzel SAP"). */
export const bareTickerCue = (text: string, shapes: number): boolean => (shapes & CAPITALS) !== 0 && BARE_CUE.test(text);
