// A cheap necessary condition for rating evidence, tested before sentences are split and houses
// matched: a scale word, or a target word with an amount, can only stand where the cues match.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import type { Span } from './sentences';
import { firstAtWordStart } from '../../text/patterns';
import { ratingVocabulary } from './vocabulary';

/**
 * Evidence is matched inside stretches of a sentence (recognise.ts), whose ends may cut words: a
 * stretch starts or ends at a sentence end, or at a house named in it, and an unlisted house's name
 * may begin inside a word ("eBay Research analyst"). So a scale word counts where it starts after a
 * non-letter or with a capital, and ends before a non-letter or a capital (vocabulary.ts); target
 * cues ignore word edges. Stretches are asked in reading order.
 */
export class EvidencePrefilter {
  private readonly scale: NextMatch;
  private readonly target: NextMatch;

  constructor(private readonly text: string, private readonly money: readonly Located<MoneyFact>[], lang: Lang) {
    const { scaleCue, targetCue } = ratingVocabulary(lang);
    this.scale = new NextMatch(position => firstAtWordStart(scaleCue, text, position, INSIDE_LOWER_WORD)?.index ?? Infinity);
    this.target = new NextMatch(position => {
      targetCue.lastIndex = position;
      return targetCue.exec(text)?.index ?? Infinity;
    });
  }

  /** False: the stretch certainly holds no evidence (evidence.ts). */
  mayHold(span: Span): boolean {
    return this.scale.from(span.start) < span.end
      || (this.money.some(entry => entry.start >= span.start && entry.end <= span.end) && this.target.from(span.start) < span.end);
  }

  mayHoldAny(): boolean {
    return this.mayHold({ start: 0, end: this.text.length });
  }
}

/** Sticky: where a scale word may not start, after a letter or digit unless a capital begins a new word. */
const INSIDE_LOWER_WORD = /(?<=[\p{L}\p{N}])(?!\p{Lu})/uy;

/** Start of the leftmost match at or after a position (Infinity: none); one search answers every position up to it. */
class NextMatch {
  private searchedFrom = -1;
  private found = Infinity;

  constructor(private readonly search: (position: number) => number) {}

  from(position: number): number {
    if (this.searchedFrom < 0 || position < this.searchedFrom || position > this.found) {
      this.found = this.search(position);
      this.searchedFrom = position;
    }
    return this.found;
  }
}
