// What the DOM layer tells the promo scorer about one candidate block, and what comes back.
import type { Lang } from '../types';

export interface PromoLink {
  text: string;
  /** Resolved href (absolute where the page has a base URL). */
  href: string;
  /** The link's rel attribute, lower-cased ("sponsored", "nofollow"), when present. */
  rel?: string;
}

export interface PromoCandidate {
  /** Visible text of the block, whitespace collapsed. */
  text: string;
  /** Text of headings / bold titles inside the block, in order. */
  headings: string[];
  links: PromoLink[];
  /** Text of a short label element in or right before the block ("Anzeige", "Sponsored"), raw. */
  label?: string;
  /** Caption over the list the block is one item of ("Meistgelesen"), when it is a list item. */
  listCaption?: string;
  /** True when the block sits inside the article body. */
  inArticle: boolean;
  /** Position of the block in the document's text, 0 (top) .. 1 (bottom). */
  position: number;
  /** class and id tokens of the block and its ancestors up to the body, lower-cased. */
  tokens: string[];
  /** Language of the page, for picking the vocabulary. */
  lang: Lang;
  /** Host name of the page, when known: links to other hosts count as landing pages. */
  pageHost?: string;
}

export interface PromoReason {
  /** Stable code of the signal that fired, e.g. "buy-or-sell-teaser". */
  code: string;
  /** Arguments for the human-readable text, e.g. the matched words. */
  args?: string[];
}

export interface ScoredPromo {
  /** Index into the candidates array given to scorePromos. */
  index: number;
  /** 0..1 */
  score: number;
  reasons: PromoReason[];
}
