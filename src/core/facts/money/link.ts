// Links neighbouring amounts of one block: ranges ("300 bis 320 Euro", "$3-4 billion"), changes
// ("von 228,4 auf 211,5 Millionen Dollar" — two amounts), and a currency carried over inside one
// sentence ("7,4 Milliarden Euro - über 3 Milliarden mehr"). Decides which spans are money at all.
import type { Lang } from '../../types';
import { connection } from '../../text/ranges';
import { MONEY_PATTERNS, type MoneyPatterns } from './patterns';
import { hasCurrency, type AmountSpan } from './recognise';

/** One money fact to be: a single amount, or a range of two. Currency '' = to be settled by the headline refiner. */
export interface MoneyPhrase {
  first: AmountSpan;
  last?: AmountSpan;
  currency: string;
  approx: boolean;
}

const MAX_CARRY_DISTANCE = 120;
/** A sentence ends between two amounts: terminal punctuation after a word of three letters or more. */
const SENTENCE_END = /[!?;]|[^\s.]{3}\.\s/u;

/** Fills in carried units on `amounts` (fresh spans from recogniseAmounts) and groups them into phrases. */
export function linkAmounts(text: string, amounts: readonly AmountSpan[], lang: Lang, heading: boolean): MoneyPhrase[] {
  const patterns = MONEY_PATTERNS[lang];
  const rangeEnd = new Map<AmountSpan, AmountSpan>();
  for (let index = 0; index + 1 < amounts.length; index++) {
    const first = amounts[index];
    const second = amounts[index + 1];
    if (!first || !second) continue;
    const kind = connection(text, first.start, first.end, second.start, lang);
    if (kind === undefined || (!hasCurrency(first) && !hasCurrency(second))) continue;
    const incomplete = !hasCurrency(first) || !hasCurrency(second) || first.scale === undefined !== (second.scale === undefined);
    shareUnits(first, second);
    if ((kind === 'dash' || (kind === 'range' && incomplete)) && first.currency === second.currency && valueOf(first) < valueOf(second)) {
      rangeEnd.set(first, second);
      index++;
    }
  }
  const phrases: MoneyPhrase[] = [];
  let skip: AmountSpan | undefined;
  for (const amount of amounts) {
    if (amount === skip) continue;
    const last = rangeEnd.get(amount);
    skip = last;
    if (!hasCurrency(amount)) carryCurrency(text, amount, phrases, patterns, heading);
    if (!isMoney(amount) && !(heading && amount.currency === '')) continue;
    phrases.push({
      first: amount,
      ...(last ? { last } : {}),
      currency: amount.currency ?? last?.currency ?? '',
      approx: amount.approx || (last?.approx ?? false),
    });
  }
  return settleMinorUnits(text, phrases, patterns);
}

/** Currency and scale written once for two amounts: "$3-4 billion", "von 228,4 auf 211,5 Millionen Dollar". */
function shareUnits(first: AmountSpan, second: AmountSpan): void {
  const sameCurrency = !hasCurrency(first) || !hasCurrency(second) || first.currency === second.currency;
  if (!hasCurrency(first)) Object.assign(first, { currency: second.currency, minor: second.minor });
  if (!hasCurrency(second)) Object.assign(second, { currency: first.currency, minor: first.minor });
  if (!sameCurrency) return;
  if (first.scale === undefined && second.scale !== undefined && (first.value < 1000 || first.value <= second.value)) {
    first.scale = second.scale;
  } else if (second.scale === undefined && first.scale !== undefined && second.value < 1000) {
    second.scale = first.scale;
  }
}

/** "über 3 Milliarden mehr" after "7,4 Milliarden Euro" in the same sentence takes the euro; a headline amount waits for the body. */
function carryCurrency(text: string, amount: AmountSpan, before: readonly MoneyPhrase[], patterns: MoneyPatterns, heading: boolean): void {
  if (amount.scale === undefined || amount.scaleLetter) return;
  const previous = before.at(-1);
  const source = previous?.last ?? previous?.first;
  const follows = previous && source && source.scale !== undefined && amount.start - source.end <= MAX_CARRY_DISTANCE &&
    !SENTENCE_END.test(text.slice(source.end, amount.start));
  if (follows && previous.currency !== '' && allowsCarry(text, amount.end, patterns)) {
    amount.currency = previous.currency;
  } else if (heading && allowsCarry(text, amount.end, patterns)) {
    amount.currency = '';
  }
}

function allowsCarry(text: string, end: number, patterns: MoneyPatterns): boolean {
  const next = /^\s*(?:(\p{L}+)|([^\p{L}\p{N}\s]|$))/u.exec(text.slice(end, end + 24));
  if (!next) return false;
  const [, word, punctuation] = next;
  if (word !== undefined) return patterns.vocabulary.carryFollowers.includes(word.toLowerCase()) && word[0] === word[0]?.toLowerCase();
  return punctuation === '' || /^[.,:;!?)–—-]$/.test(punctuation ?? '');
}

/** Spelled-out numbers count only with a scale ("zwei Milliarden Dollar", not "ein Dollar"). */
function isMoney(amount: AmountSpan): boolean {
  return hasCurrency(amount) && !amount.compound && amount.currency !== '' && (!amount.word || amount.scale !== undefined);
}

/** Cents take the currency of the amount before them; "59,3 Cents je Euro" quotes a bond, and so do the cents around it. */
function settleMinorUnits(text: string, phrases: MoneyPhrase[], patterns: MoneyPatterns): MoneyPhrase[] {
  const quoteEnds: number[] = [];
  for (const phrase of phrases) {
    const end = (phrase.last ?? phrase.first).end;
    patterns.perCurrency.lastIndex = end;
    if (phrase.first.minor && patterns.perCurrency.test(text)) quoteEnds.push(end);
  }
  let context: string | undefined;
  return phrases.filter(phrase => {
    if (!phrase.first.minor) {
      if (phrase.currency !== '') context = phrase.currency;
      return true;
    }
    const end = (phrase.last ?? phrase.first).end;
    if (quoteEnds.some(quoteEnd => quoteEnd >= end && quoteEnd - end <= MAX_CARRY_DISTANCE)) return false;
    if (phrase.first.currency === undefined) phrase.currency = context ?? patterns.vocabulary.defaultMinorCurrency;
    return true;
  });
}

/** The amount in units of its currency. */
export function valueOf(amount: AmountSpan): number {
  const value = (amount.value * (amount.scale ?? 1)) / (amount.minor ? 100 : 1);
  // Whole amounts of up to 15 digits come back from toPrecision(15) unchanged: skip the string round trip.
  if (Number.isInteger(value) && value > 0 && value < 1e15) return value;
  return Number(value.toPrecision(15));
}
