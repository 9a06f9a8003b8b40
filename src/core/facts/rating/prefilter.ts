// A cheap necessary condition for rating evidence, tested before sentences are split and houses
// matched: a scale word, or a target word with an amount, can only stand where the cues match.
import type { MoneyFact } from '../../fact-sheet';
import type { Lang, Located } from '../../types';
import type { Span } from './sentences';
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
    this.scale = new NextMatch(scaleCue, text, index => {
      SCALE_START.lastIndex = index;
      return SCALE_START.test(text);
    });
    this.target = new NextMatch(targetCue, text, () => true);
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

const SCALE_START = /(?<![\p{L}\p{N}])|(?=\p{Lu})/uy;

/** Start of the leftmost accepted match at or after a position (Infinity: none); one search answers every position up to it. */
class NextMatch {
  private searchedFrom = -1;
  private found = Infinity;

  constructor(private readonly pattern: RegExp, private readonly text: string, private readonly accepts: (index: number) => boolean) {}

  from(position: number): number {
    if (this.searchedFrom < 0 || position < this.searchedFrom || position > this.found) {
      this.found = this.search(position);
      this.searchedFrom = position;
    }
    return this.found;
  }

  private search(position: number): number {
    this.pattern.lastIndex = position;
    for (let match = this.pattern.exec(this.text); match; match = this.pattern.exec(this.text)) {
      if (this.accepts(match.index)) return match.index;
      this.pattern.lastIndex = match.index + 1;
    }
    return Infinity;
  }
}
