// The named signals of a promotional block and their weights, all in this one file.
// A block's score is the noisy-or of the weights that fire, damped for editorial link lists.
import { findLabel } from './labels';
import type { PromoVocabulary } from './locales/vocabulary';
import { asWritten, firstMatch, forMatching, LOCALES } from './match';
import type { PromoCandidate, PromoReason } from './types';

/** Blocks at or above this score are reported. */
export const PROMO_THRESHOLD = 0.6;

export const WEIGHTS = {
  /** Labelled block with a link or a title of its own. */
  'ad-label': 0.7,
  /** Labelled block whose only other text is not a link or title ("Advertisement · Continue reading"). */
  'ad-label-bare': 0.4,
  /** A slot that carries only the label (filled by scripts later); reported once per page, see scorePromos. */
  'empty-ad-slot': PROMO_THRESHOLD,
  /** The label was hidden with invisible characters, look-alike letters or spacing. */
  'disguised-label': 0.5,
  'buy-or-sell-teaser': 0.5,
  'free-offer': 0.45,
  'sales-product': 0.45,
  'sign-up-offer': 0.3,
  discount: 0.3,
  'rate-offer': 0.45,
  /** A dated event with a registration button: a conference or webinar ad. */
  'event-ad': 0.45,
  urgency: 0.2,
  'call-to-action': 0.2,
  'investor-address': 0.15,
  'teaser-heading': 0.25,
  'promo-link': 0.25,
  'sponsored-link': 0.5,
  'external-link': 0.1,
  'company-template': 0.2,
  'promo-markup': 0.15,
  'inline-interjection': 0.1,
} as const;

export type SignalCode = keyof typeof WEIGHTS;

/** Multiplier for blocks headed like an editorial list ("Meistgelesen", "Related articles"). */
export const EDITORIAL_LIST_DAMPING = 0.5;

/** Inline teasers are short: longer in-article blocks are paragraphs, not interjections. */
const INTERJECTION_MAX_LENGTH = 260;
/** A company name in this many distinct template compounds ("Amazon-Aktie/-Analyse/-Zahlen"). */
const TEMPLATE_MIN_COMPOUNDS = 3;

const PROMO_HREF = /\/(?:analyse|analysis|reports?|sonderreport|special-report|landing|lp|aff|affiliate|angebot|offer|promo|newsletter|subscribe)(?:[/?#._-]|$)|[?&](?:src|utm_[a-z]+|aff|affid|partner|campaign|cid)=/i;
const PROMO_TOKEN = /promo|sponsor|advertorial|anzeige|werbung|commercial|paid-?(?:post|content)/;
const TEMPLATE_COMPOUND = /(?<![\p{L}\d-])(\p{Lu}[\p{L}&.]{1,30})-(\p{L}+)/gu;

export interface Signal extends PromoReason {
  code: SignalCode;
}

/** Which vocabulary group feeds which signal; each group fires at most once per block. */
const PHRASE_GROUPS: readonly [SignalCode, readonly RegExp[]][] = ([
  ['buy-or-sell-teaser', v => v.buyOrSell],
  ['free-offer', v => v.freeOffer],
  ['sales-product', v => v.salesProduct],
  ['sign-up-offer', v => v.signUpOffer],
  ['discount', v => v.discount],
  ['rate-offer', v => v.rateOffer],
  ['urgency', v => v.urgency],
  ['call-to-action', v => v.callToAction],
  ['investor-address', v => v.investorAddress],
] as const satisfies readonly [SignalCode, (v: PromoVocabulary) => readonly RegExp[]][]).map(([code, pick]) => [code, LOCALES.flatMap(pick)]);

const EVENT_SIGN_UP = LOCALES.flatMap(v => v.eventSignUp);
const EVENT_DATES = LOCALES.flatMap(v => v.eventDates);

/** Every positive signal that fires on the candidate, with the words that made it fire. */
export function detectSignals(candidate: PromoCandidate): Signal[] {
  const text = forMatching(candidate.text);
  const signals: Signal[] = [];
  const add = (code: SignalCode, arg?: string): void => {
    signals.push(arg === undefined ? { code } : { code, args: [arg] });
  };
  labelSignals(candidate, add);
  for (const [code, patterns] of PHRASE_GROUPS) {
    const found = firstMatch(text, patterns);
    if (found) add(code, asWritten(candidate.text, found));
  }
  const signUp = firstMatch(text, EVENT_SIGN_UP);
  if (signUp && firstMatch(text, EVENT_DATES)) add('event-ad', asWritten(candidate.text, signUp));
  if (/\?!|!\?/.test(candidate.text)) add('teaser-heading');
  linkSignals(candidate, add);
  const company = templateCompany(candidate.text);
  if (company) add('company-template', company);
  const token = candidate.tokens.find(t => PROMO_TOKEN.test(t));
  if (token) add('promo-markup', token);
  if (candidate.inArticle && candidate.text.length <= INTERJECTION_MAX_LENGTH && realLinks(candidate).length > 0 && signals.length > 0) {
    add('inline-interjection');
  }
  return signals;
}

/** Noisy-or of the fired weights, damped when the block reads like an editorial link list. */
export function combine(signals: readonly Signal[], candidate: PromoCandidate): number {
  const miss = signals.reduce((product, signal) => product * (1 - WEIGHTS[signal.code]), 1);
  const labelled = signals.some(signal => signal.code === 'ad-label' || signal.code === 'disguised-label');
  const damping = !labelled && isEditorialList(candidate) ? EDITORIAL_LIST_DAMPING : 1;
  return Math.round((1 - miss) * damping * 1000) / 1000;
}

/** The label of a block that carries nothing but its label (an ad slot scripts fill later), else undefined. */
export function emptySlotLabel(candidate: PromoCandidate): string | undefined {
  const found = candidate.label === undefined ? undefined : findLabel(candidate.label);
  return found && contentBesides(found.label, candidate).length < 3 ? found.label : undefined;
}

/** Whether an empty slot with this label is reported at all (see PromoVocabulary.slotLabels). */
export function isReportedSlotLabel(label: string): boolean {
  return LOCALES.some(v => v.slotLabels.includes(label));
}

function contentBesides(label: string, candidate: PromoCandidate): string {
  return forMatching(candidate.text).replace(label, ' ').replace(/[\s()[\]|:·•–-]+/g, ' ').trim();
}

function labelSignals(candidate: PromoCandidate, add: (code: SignalCode, arg?: string) => void): void {
  const found = candidate.label === undefined ? undefined : findLabel(candidate.label);
  // A bare slot is no block of its own: scorePromos reports the page's empty slots once.
  if (!found || emptySlotLabel(candidate) !== undefined) return;
  const titled = realLinks(candidate).length > 0 || found.rest.length > 0
    || candidate.headings.some(heading => findLabel(heading)?.rest !== '');
  add(titled ? 'ad-label' : 'ad-label-bare', found.label);
  if (found.disguised) add('disguised-label', candidate.label);
}

function linkSignals(candidate: PromoCandidate, add: (code: SignalCode, arg?: string) => void): void {
  const links = realLinks(candidate);
  if (links.some(link => /\bsponsored\b/.test(link.rel ?? ''))) add('sponsored-link');
  const promo = links.find(link => PROMO_HREF.test(link.href));
  if (promo) add('promo-link', shortUrl(promo.href));
  if (!candidate.pageHost || links.length === 0 || links.length > 2) return;
  const foreign = links.find(link => hostOf(link.href) !== '' && !sameSite(hostOf(link.href), candidate.pageHost ?? ''));
  if (foreign) add('external-link', hostOf(foreign.href));
}

function templateCompany(text: string): string | undefined {
  const suffixes = new Set(LOCALES.flatMap(v => v.templateSuffixes));
  const compounds = new Map<string, Set<string>>();
  for (const match of text.matchAll(TEMPLATE_COMPOUND)) {
    const [, name = '', suffix = ''] = match;
    if (!suffixes.has(suffix.toLowerCase())) continue;
    const seen = compounds.get(name) ?? new Set<string>();
    seen.add(suffix.toLowerCase());
    compounds.set(name, seen);
  }
  for (const [name, seen] of compounds) if (seen.size >= TEMPLATE_MIN_COMPOUNDS) return name;
  return undefined;
}

/** The block heads an editorial list, or is one item of a list captioned like one. */
function isEditorialList(candidate: PromoCandidate): boolean {
  const captions = [candidate.headings[0] ?? candidate.text.slice(0, 60), candidate.listCaption ?? ''].map(forMatching);
  return LOCALES.some(v => v.editorialLists.some(pattern => captions.some(caption => pattern.test(caption))));
}

function realLinks(candidate: PromoCandidate): PromoCandidate['links'] {
  return candidate.links.filter(link => !/^(?:#|javascript:|mailto:|tel:)/i.test(link.href));
}

function hostOf(href: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(href);
  return match?.[1]?.toLowerCase() ?? '';
}

function sameSite(a: string, b: string): boolean {
  const site = (host: string) => host.split('.').slice(-2).join('.');
  return site(a) === site(b);
}

function shortUrl(href: string): string {
  return href.replace(/^[a-z]+:\/\/(?:www\.)?/i, '').slice(0, 60);
}
