// The message protocol, one union per receiving context, with validators that accept only the
// exact shapes below (anything else is ignored: pages and other extensions can reach these ports).
import browser from 'webextension-polyfill';
import { FACT_KINDS, type FactKind, type FactSheet } from '../core/fact-sheet';

/** Popup (and tests) → content script of a tab. */
export type ContentMessage =
  | { type: 'get-fact-sheet' }
  | { type: 'reveal-promo'; index: number }
  | { type: 'reveal-fact'; index: number };

/** Content script → background. */
export type BackgroundMessage = { type: 'page-status'; promoCount: number; factCount: number };

/** Why a tab has or has no analysis: the popup shows "unavailable" unless it is "analysed". */
export type PageState = 'analysed' | 'off' | 'not-article';

export interface FactSheetReply {
  url: string;
  sheet: FactSheet;
  counts: Record<FactKind, number>;
  promoCount: number;
  enabled: { highlights: boolean; promos: boolean };
  /** Extension of the contract: what the content script did on this page. */
  state: PageState;
  /** Extension of the contract: the sentence around each fact of `sheet.facts` (same index). */
  contexts: (string | null)[];
}

export interface RevealReply {
  ok: boolean;
}

export interface ContentReplies {
  'get-fact-sheet': FactSheetReply;
  'reveal-promo': RevealReply;
  'reveal-fact': RevealReply;
}

const MAX_COUNT = 1_000_000;

export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  if (!hasOnlyKeys(raw, ['type', 'index'])) return undefined;
  if (raw.type === 'get-fact-sheet') return hasOnlyKeys(raw, ['type']) ? { type: raw.type } : undefined;
  if ((raw.type === 'reveal-promo' || raw.type === 'reveal-fact') && isCount(raw.index)) {
    return { type: raw.type, index: raw.index };
  }
  return undefined;
}

export function parseBackgroundMessage(raw: unknown): BackgroundMessage | undefined {
  if (!hasOnlyKeys(raw, ['type', 'promoCount', 'factCount']) || raw.type !== 'page-status') return undefined;
  if (!isCount(raw.promoCount) || !isCount(raw.factCount)) return undefined;
  return { type: 'page-status', promoCount: raw.promoCount, factCount: raw.factCount };
}

function hasOnlyKeys(raw: unknown, allowed: readonly string[]): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  return Object.keys(raw).every(key => allowed.includes(key));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/**
 * Asks a tab's content script. Resolves `undefined` when nobody answers: no content script on
 * the page (browser pages, tabs opened before install) or a dead one ("Receiving end does not exist").
 */
export async function askContentScript<M extends ContentMessage>(
  tabId: number,
  message: M,
): Promise<ContentReplies[M['type']] | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    return (reply ?? undefined) as ContentReplies[M['type']] | undefined;
  } catch {
    return undefined;
  }
}

export function countByKind(sheet: FactSheet): Record<FactKind, number> {
  const counts = Object.fromEntries(FACT_KINDS.map(kind => [kind, 0])) as Record<FactKind, number>;
  for (const fact of sheet.facts) counts[fact.kind] += 1;
  return counts;
}
