// Promo scoring: named signals per candidate block → score 0..1 and reasons; only flagged blocks come back.
import { REASON_TEXTS } from './reasons';
import { combine, detectSignals, emptySlotLabel, isReportedSlotLabel, PROMO_THRESHOLD, WEIGHTS, type SignalCode } from './signals';
import type { PromoCandidate, PromoReason, ScoredPromo } from './types';

export function scorePromos(candidates: readonly PromoCandidate[]): ScoredPromo[] {
  const flagged: ScoredPromo[] = [];
  candidates.forEach((candidate, index) => {
    const signals = detectSignals(candidate);
    const score = combine(signals, candidate);
    if (score < PROMO_THRESHOLD) return;
    const reasons = [...signals].sort((a, b) => WEIGHTS[b.code] - WEIGHTS[a.code]);
    flagged.push({ index, score, reasons });
  });
  const slot = representativeSlot(candidates, flagged);
  return slot ? [...flagged, slot].sort((a, b) => a.index - b.index) : flagged;
}

/**
 * Empty ad slots that carry only their label count once per page (GOLD-CONVENTIONS), only with a
 * slot label (slotLabels: "Anzeige", a visible "Advertisement") and only where nothing else is flagged: next to real
 * promo blocks they add nothing to warn about (the seed's and WELT's empty slots are not in the gold).
 */
function representativeSlot(candidates: readonly PromoCandidate[], flagged: readonly ScoredPromo[]): ScoredPromo | undefined {
  if (flagged.length > 0) return undefined;
  for (const [index, candidate] of candidates.entries()) {
    const label = emptySlotLabel(candidate);
    if (label !== undefined && isReportedSlotLabel(label)) return { index, score: WEIGHTS['empty-ad-slot'], reasons: [{ code: 'empty-ad-slot', args: [label] }] };
  }
  return undefined;
}

/** Reason code + args → text in the UI language ("de" or "en", anything else falls back to English). */
export function describeReason(reason: PromoReason, uiLang: string): string {
  const texts = isSignalCode(reason.code) ? REASON_TEXTS[reason.code] : undefined;
  if (!texts) return reason.code;
  const template = uiLang.toLowerCase().startsWith('de') ? texts.de : texts.en;
  return template.replace(/\{(\d)\}/g, (_, digit: string) => reason.args?.[Number(digit)] ?? '');
}

function isSignalCode(code: string): code is SignalCode {
  return Object.hasOwn(WEIGHTS, code);
}

export { PROMO_THRESHOLD } from './signals';
export { findLabel, normaliseLabelText, MAX_LABEL_LENGTH } from './labels';
export { looksPromotional } from './match';
export type { PromoCandidate, PromoReason, ScoredPromo, PromoLink } from './types';
