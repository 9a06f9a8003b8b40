// The seams of the extraction pipeline: what the DOM layer hands the core (Article),
// what each fact kind's extractor sees (BlockContext) and returns (Located facts).
import type { Fact, FactKind } from './fact-sheet';

export type Lang = 'de' | 'en';

export interface TextBlock {
  /** Plain text of one block (paragraph, heading, list item, cell), exactly as on the page. */
  text: string;
  /** Headings, headlines and teaser titles: some kinds treat them differently (implied currency). */
  heading?: boolean;
  /** Inside a block the page layer flagged as promotion: only kinds that read ads look at it. */
  advert?: boolean;
}

export interface Article {
  lang: Lang;
  title?: string;
  url?: string;
  /** ISO 8601 publication date (JSON-LD datePublished, meta tags or the dateline); dates resolve against it. */
  published?: string;
  blocks: TextBlock[];
}

/** A fact with where it was found: offsets into `article.blocks[block].text`. */
export interface Located<F extends Fact = Fact> {
  fact: F;
  block: number;
  start: number;
  end: number;
}

export interface BlockContext {
  article: Article;
  /** Index of the block in `article.blocks`. */
  index: number;
  text: string;
  /** Facts that extractors earlier in the list found in this block (ratings reuse money targets). */
  found: readonly Located[];
}

/** One fact kind's recogniser + resolver over a single block. */
export interface Extractor {
  kind: FactKind;
  /**
   * Also reads blocks flagged as ads. An ad's figures and ratings are the advertiser's ("Should You
   * Invest $1,000 …", "4 Prozent Zinsen", a subscription price), not the article's; the companies and
   * dates it names are still named on the page (the conventions' gold counts both).
   */
  readsAdverts?: boolean;
  extract(context: BlockContext): Located[];
}

/** Article-level pass over everything found, in a listed order (see refine/index.ts). */
export type Refiner = (facts: Located[], article: Article) => Located[];
