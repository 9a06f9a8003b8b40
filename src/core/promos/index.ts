// PLACEHOLDER until promo scoring lands: flags nothing.
import type { PromoCandidate, PromoReason, ScoredPromo } from './types';

export function scorePromos(_candidates: readonly PromoCandidate[]): ScoredPromo[] {
  return [];
}

/** Reason code + args → text in the UI language ("de" or "en"). */
export function describeReason(reason: PromoReason, _uiLang: string): string {
  return reason.code;
}

export type { PromoCandidate, PromoReason, ScoredPromo, PromoLink } from './types';
