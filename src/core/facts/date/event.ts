// Which company event a date belongs to, when its sentence names one: the event word nearest
// to the date wins ("Nach den Quartalszahlen am 5. Februar folgt am 3. Mai die Hauptversammlung").
import type { Lang } from '../../types';
import { execAll } from '../../text/patterns';

const EVENTS: ReadonlyArray<readonly [event: string, pattern: RegExp]> = [
  ['earnings', /(?:Quartals|Geschäfts|Jahres|Halbjahres)zahlen|\bZahlen\b|Bilanz|Quartalsbericht|\b(?:earnings|results|reports|(?:will|to) report)\b/gi],
  ['dividend', /Dividende|Ausschüttung|\bEx-Tag\b|\b(?:ex-)?dividends?\b/gi],
  ['agm', /Hauptversammlung|\bannual (?:general )?(?:(?:share|stock)holders?'? )?meeting\b|\b(?:share|stock)holders?'? meeting\b|\bAGM\b/gi],
  ['ipo', /Börsengang|Börsendebüt|\bIPO\b|\binitial public offering\b/gi],
];

/** Farther than this from the date, an event word in a long sentence is about something else. */
const MAX_DISTANCE = 60;

/** "Zahlen" (figures) is a noun only capitalised; lower-case "zahlen" is the verb "to pay". */
const PAY_VERB = /^zahlen$/;

/**
 * A sentence ends at . ! ? before an upper-case letter. In German a dot after a lone one- or
 * two-digit number is an ordinal ("am 5. Februar"), not an end; after a year it is ("… 2025. Der").
 * In English a dot after a digit ends the sentence ("on Feb. 5. The company …"). A semicolon ends
 * the clause, and with it the event's reach ("Börsengang am 3. Oktober; Quartalszahlen am 12.11.").
 */
const SENTENCE_END: Readonly<Record<Lang, RegExp>> = {
  de: /(?<!(?:^|[^\d.])\d{1,2})[.!?](?=\s+["„“‚']?[A-ZÄÖÜ])|;/g,
  en: /[.!?](?=\s+["“‘']?[A-Z])|;/g,
};

export function eventNear(text: string, start: number, end: number, lang: Lang): string | undefined {
  const [from, to] = sentenceAround(text, start, end, SENTENCE_END[lang]);
  const sentence = text.slice(from, to);
  let best: { event: string; distance: number } | undefined;
  for (const [event, pattern] of EVENTS) {
    for (const match of execAll(pattern, sentence)) {
      if (PAY_VERB.test(match[0])) continue;
      const at = from + match.index;
      const distance = at >= end ? at - end : Math.max(0, start - (at + match[0].length));
      if (distance <= MAX_DISTANCE && (!best || distance < best.distance)) best = { event, distance };
    }
  }
  return best?.event;
}

/** An exec loop, not execAll: the search stops at the first end after the date. */
function sentenceAround(text: string, start: number, end: number, sentenceEnd: RegExp): [number, number] {
  let from = 0;
  sentenceEnd.lastIndex = 0;
  for (let match = sentenceEnd.exec(text); match; match = sentenceEnd.exec(text)) {
    if (match.index >= end) return [from, match.index + 1];
    if (match.index < start) from = match.index + 1;
  }
  return [from, text.length];
}
