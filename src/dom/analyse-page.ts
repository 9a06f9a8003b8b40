// One page → fact sheet + what to paint. The content script, the welcome page and the `facts`
// command all call this, so the browser and Node run the same article finding and extraction.
//
//   Document ─ findArticleRoot ─ collectArticleBlocks ─┬─ withAdBlocks ─ Article ─ core extractFacts ─┬─ ranges (targets)
//            └ collectPromoCandidates ─ scorePromos ───┘  (in-body ads flagged)                        └─ FactSheet + promos
import { extractFacts, toFactSheet, type Article, type Lang, type TextBlock } from '../core';
import type { Fact, FactSheet, Promo } from '../core/fact-sheet';
import { describeReason, scorePromos } from '../core/promos';
import { withAdBlocks } from './article/ad-blocks';
import { collectArticleBlocks } from './article/article-blocks';
import { findArticleRoot } from './article/find-article';
import { pageLanguage, pageTitle, publicationDate } from './article/page-meta';
import { collectPromoCandidates } from './promos/collect-promo-candidates';
import type { DomBlock } from './text/collect-blocks';
import { rangeFor } from './text/text-map';

export interface HighlightTarget {
  fact: Fact;
  range: Range;
}

export interface PromoTarget {
  element: Element;
  promo: Promo;
}

export interface PageAnalysis {
  sheet: FactSheet;
  targets: HighlightTarget[];
  promoTargets: PromoTarget[];
}

export interface AnalyseOptions {
  url?: string;
  detectPromos: boolean;
  /** Language of the reader's UI, for promo reasons ("de" or "en"). */
  uiLang: string;
}

export function analysePage(doc: Document, options: AnalyseOptions): PageAnalysis {
  const url = options.url ?? doc.location?.href;
  const root = findArticleRoot(doc, hostnameOf(url));
  const found = root ? collectArticleBlocks(doc, root) : [];
  const lang = pageLanguage(doc, found.map(block => block.text).join('\n'));
  const promoTargets = options.detectPromos ? findPromos(doc, root, lang, options.uiLang) : [];
  // An ad set inside the body ("Should You Invest $1,000 in Apple Right Now?") is flagged for the core,
  // which reads only its names and dates (core/types.ts). With detection off, nothing is known to be an ad.
  const entries = withAdBlocks(found, root, promoTargets.map(target => target.element));
  const blocks = entries.map(entry => entry.block);
  const article: Article = { lang, blocks: entries.map(({ block, advert }) => textBlock(block, advert)) };
  const title = pageTitle(doc, root);
  const published = publicationDate(doc, root);
  if (title) article.title = title;
  if (published) article.published = published;
  if (url && /^https?:/.test(url)) article.url = url;

  const located = extractFacts(article);
  const targets: HighlightTarget[] = [];
  for (const entry of located) {
    const block = blocks[entry.block];
    const range = block && rangeFor(block, entry.start, entry.end);
    if (range) targets.push({ fact: entry.fact, range });
  }
  return { sheet: toFactSheet(article, located, promoTargets.map(target => target.promo)), targets, promoTargets };
}

function findPromos(doc: Document, root: Element | null, lang: Lang, uiLang: string): PromoTarget[] {
  const found = collectPromoCandidates(doc, root, lang);
  return scorePromos(found.map(entry => entry.candidate)).flatMap(scored => {
    const entry = found[scored.index];
    if (!entry) return [];
    const reasons = scored.reasons.map(reason => describeReason(reason, uiLang));
    return [{ element: entry.element, promo: { text: entry.candidate.text, score: scored.score, reasons } }];
  });
}

function textBlock({ text, heading }: DomBlock, advert: boolean): TextBlock {
  return { text, ...(heading ? { heading } : {}), ...(advert ? { advert } : {}) };
}

function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
