// One analysed page: runs the analysis, paints or unpaints highlights, dims promos, answers the
// popup from the last result, and restores the page exactly on destroy(). Loaded lazily with the
// extraction code (see page-engine.ts).
import type { FactSheet } from '../core/fact-sheet';
import { analysePage, type HighlightTarget, type PageAnalysis } from '../dom/analyse-page';
import { FACT_REVEAL, PROMO_REVEAL, adoptHighlightStyles } from '../dom/highlight/highlight-styles';
import { createHoverCard, type HoverCard } from '../dom/highlight/hover-card';
import { markRange, paintHighlights, supportsHighlights } from '../dom/highlight/paint';
import { factCardLines } from '../shared/format';
import type { UiLang } from '../shared/i18n';
import { countByKind, type FactSheetReply } from '../shared/messages';
import type { EffectiveSettings } from '../shared/settings';
import { contextOf } from './fact-context';

export type DimPromos = (elements: readonly Element[], mode: 'dim' | 'collapse') => () => void;

export interface PageSession {
  /** Re-analyses and applies the switches; true when the fact sheet differs from the last one. */
  apply(settings: EffectiveSettings): boolean;
  reply(url: string): FactSheetReply;
  revealFact(index: number): boolean;
  revealPromo(index: number): boolean;
  destroy(): void;
}

const noop = (): void => {};

export function createPageSession(doc: Document, uiLang: UiLang, dimPromos: DimPromos): PageSession {
  let analysis: PageAnalysis | undefined;
  let settings: EffectiveSettings = { highlights: false, promos: false, promoDisplay: 'off' };
  let signature = '';
  let card: HoverCard<HighlightTarget> | undefined;
  let unpaint = noop;
  let unstyle = noop;
  let undim = noop;
  let unreveal = noop;

  const clearHighlights = (): void => {
    unreveal();
    unpaint();
    unstyle();
    card?.destroy();
    card = undefined;
    unpaint = unstyle = unreveal = noop;
  };
  const restorePromos = (): void => {
    undim();
    undim = noop;
  };

  return {
    apply(next) {
      settings = next;
      // Dimmed blocks must not change what the analysis sees, so restore before re-reading.
      restorePromos();
      unreveal();
      analysis = analysePage(doc, { url: doc.location?.href, detectPromos: next.promos, uiLang });
      if (next.highlights && supportsHighlights(doc)) {
        if (unstyle === noop) unstyle = adoptHighlightStyles(doc);
        card ??= createHoverCard<HighlightTarget>(doc, target => factCardLines(target.fact, uiLang));
        unpaint = paintHighlights(doc, analysis.targets);
        card.setTargets(analysis.targets);
      } else {
        clearHighlights();
      }
      if (next.promos && next.promoDisplay !== 'off' && analysis.promoTargets.length > 0) {
        undim = dimPromos(analysis.promoTargets.map(target => target.element), next.promoDisplay);
      }
      const previous = signature;
      signature = JSON.stringify(analysis.sheet);
      return signature !== previous;
    },
    reply(url) {
      const sheet: FactSheet = analysis?.sheet ?? { lang: uiLang, facts: [], promos: [] };
      const rangeOf = new Map(analysis?.targets.map(target => [target.fact, target.range]));
      return {
        url,
        sheet,
        counts: countByKind(sheet),
        promoCount: sheet.promos.length,
        enabled: { highlights: settings.highlights, promos: settings.promos },
        state: 'analysed',
        contexts: sheet.facts.map(fact => {
          const range = rangeOf.get(fact);
          return range ? contextOf(range) : null;
        }),
      };
    },
    revealFact(index) {
      const fact = analysis?.sheet.facts[index];
      const target = analysis?.targets.find(entry => entry.fact === fact);
      if (!target) return false;
      reveal(target.range, FACT_REVEAL);
      if (card) card.showFor(target);
      return true;
    },
    revealPromo(index) {
      const target = analysis?.promoTargets[index];
      if (!target) return false;
      const range = doc.createRange();
      range.selectNodeContents(target.element);
      reveal(range, PROMO_REVEAL);
      return true;
    },
    destroy() {
      clearHighlights();
      restorePromos();
      analysis = undefined;
    },
  };

  function reveal(range: Range, name: string): void {
    unreveal();
    const start = range.startContainer;
    const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (unstyle === noop) unstyle = adoptHighlightStyles(doc);
    unreveal = markRange(doc, name, range);
  }
}
