// Display text for fact values in the UI language, shared by the popup, the hover card,
// "copy as text" and the welcome page: "50 Mrd. USD = 50.000.000.000 USD".
import type { Fact, FactKind, PriceTarget, RatingFact } from '../core/fact-sheet';
import { t, type UiLang } from './i18n';

const COMPACT_FROM = 1_000_000;

export function formatNumber(value: number, lang: UiLang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(value);
}

export function formatAmount(value: number, currency: string, lang: UiLang): string {
  return `${formatNumber(value, lang)} ${currency}`;
}

function formatTarget(target: PriceTarget, lang: UiLang): string {
  return formatAmount(target.value, target.currency, lang);
}

/** Large sums read better with the scale word first: "50 Mrd. USD = 50.000.000.000 USD". */
function formatMoneyValue(value: number, currency: string, lang: UiLang): string {
  const full = formatAmount(value, currency, lang);
  if (Math.abs(value) < COMPACT_FROM) return full;
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
  return `${compact} ${currency} = ${full}`;
}

function formatSignedPercent(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value / 100);
}

/** The normalised value of a fact on one line. */
export function formatFactValue(fact: Fact, lang: UiLang): string {
  switch (fact.kind) {
    case 'money': {
      const approx = fact.approx ? '≈ ' : '';
      if (fact.max !== undefined) {
        return `${approx}${formatNumber(fact.value, lang)}–${formatAmount(fact.max, fact.currency, lang)}`;
      }
      return approx + formatMoneyValue(fact.value, fact.currency, lang);
    }
    case 'percent':
      return fact.points
        ? `${formatNumber(fact.value, lang)} ${t('unitPoints')}`
        : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 4 }).format(fact.value / 100);
    case 'instrument':
      return [fact.name, fact.symbol && (fact.exchange ? `${fact.symbol} (${fact.exchange})` : fact.symbol),
        fact.isin && `ISIN ${fact.isin}`, fact.wkn && `WKN ${fact.wkn}`].filter(Boolean).join(' · ');
    case 'rating':
      return formatRating(fact, lang).join(' · ');
    case 'date':
      return fact.event ? `${fact.date} · ${fact.event}` : fact.date;
  }
}

/** Firm, scale word (class), target (previous), action, and the upside or why there is none. */
export function formatRating(fact: RatingFact, lang: UiLang): string[] {
  const parts = [fact.firm];
  const scaleClass = fact.rating ? t(`rating_${fact.rating}`) : undefined;
  if (fact.raw && scaleClass) parts.push(`${fact.raw} (${scaleClass})`);
  else if (fact.raw ?? scaleClass) parts.push((fact.raw ?? scaleClass) as string);
  if (fact.target) {
    const previous = fact.previousTarget ? ` ${t('previousTarget', formatTarget(fact.previousTarget, lang))}` : '';
    parts.push(t('target', formatTarget(fact.target, lang)) + previous);
  }
  if (fact.action) parts.push(t(`action_${fact.action.replaceAll('-', '_')}`));
  if (fact.target) parts.push(formatUpside(fact, lang));
  return parts;
}

export function formatUpside(fact: RatingFact, lang: UiLang): string {
  if (fact.upside === undefined || !fact.quotedPrice) return t('noPriceToCompare');
  return t('upsideVsPrice', formatSignedPercent(fact.upside, lang), formatTarget(fact.quotedPrice, lang));
}

export function kindLabel(kind: FactKind): string {
  return t(`kind_${kind}`);
}

/** The hover card: "Money: 50 Milliarden Dollar", then the normalised value (ratings: one line per part). */
export function factCardLines(fact: Fact, lang: UiLang): string[] {
  const details = fact.kind === 'rating' ? formatRating(fact, lang) : [formatFactValue(fact, lang)];
  return [`${kindLabel(fact.kind)}: ${fact.text}`, ...details];
}
