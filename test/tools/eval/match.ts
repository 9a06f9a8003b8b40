// The matching rules of shared/CONTRACT.md, one function per kind: each returns what matched,
// what was missed and what was extra, as printable labels.
import type { DateFact, Fact, FactSheet, InstrumentFact, MoneyFact, PercentFact, RatingFact } from '../../../src/core/fact-sheet';
import type { Gold } from './gold';

export type EvalKind = 'money' | 'percent' | 'instrument' | 'rating' | 'promo' | 'date';
export const EVAL_KINDS: readonly EvalKind[] = ['money', 'percent', 'instrument', 'rating', 'promo', 'date'];

export interface KindResult {
  tp: number;
  missed: string[];
  extra: string[];
}

export function matchKind(kind: EvalKind, gold: Gold, sheet: FactSheet): KindResult {
  switch (kind) {
    case 'money': return matchMoney(gold, factsOf<MoneyFact>(sheet, 'money'));
    case 'percent': return matchPercent(gold, factsOf<PercentFact>(sheet, 'percent'));
    case 'instrument': return matchInstruments(gold, factsOf<InstrumentFact>(sheet, 'instrument'));
    case 'rating': return matchRatings(gold, factsOf<RatingFact>(sheet, 'rating'));
    case 'promo': return matchPromos(gold, sheet);
    case 'date': return matchDates(gold, factsOf<DateFact>(sheet, 'date'));
  }
}

function factsOf<F extends Fact>(sheet: FactSheet, kind: F['kind']): F[] {
  return sheet.facts.filter((fact): fact is F => fact.kind === kind);
}

/** One-to-one greedy matching of unique gold items against unique predicted items. */
function pair<G, P>(gold: G[], predicted: P[], same: (g: G, p: P) => boolean, label: (x: G | P) => string): KindResult {
  const free = [...predicted];
  const missed: string[] = [];
  let tp = 0;
  for (const item of gold) {
    const index = free.findIndex(candidate => same(item, candidate));
    if (index >= 0) {
      tp++;
      free.splice(index, 1);
    } else missed.push(label(item));
  }
  return { tp, missed, extra: free.map(label) };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 0.005 + 1e-9;

function matchMoney(gold: Gold, facts: MoneyFact[]): KindResult {
  type Amount = { value: number; currency: string; text: string };
  const predicted: Amount[] = facts.flatMap(fact => [
    { value: fact.value, currency: fact.currency, text: fact.text },
    ...(fact.max !== undefined ? [{ value: fact.max, currency: fact.currency, text: fact.text }] : []),
  ]);
  const key = (amount: { value: number; currency: string }): string => `${amount.currency}:${+amount.value.toPrecision(6)}`;
  return pair(
    unique((gold.money ?? []).map(m => ({ value: m.value, currency: m.currency, text: m.text ?? '' })), key),
    unique(predicted, key),
    (g, p) => g.currency === p.currency && close(p.value, g.value),
    amount => `${amount.value} ${amount.currency} "${amount.text}"`,
  );
}

function matchPercent(gold: Gold, facts: PercentFact[]): KindResult {
  const key = (p: { value: number }): string => String(+Math.abs(p.value).toPrecision(8));
  return pair(
    unique((gold.percent ?? []).map(p => ({ value: p.value, text: p.text ?? '' })), key),
    unique(facts.map(f => ({ value: f.value, text: f.text })), key),
    (g, p) => close(Math.abs(p.value), Math.abs(g.value)),
    p => `${p.value} "${p.text}"`,
  );
}

/** Legal suffixes and punctuation do not make two names different ("Amazon.com Inc." = "Amazon.com"). */
export function normaliseName(name: string): string {
  return name.toLowerCase()
    .replace(/[.,'’()&-]/g, ' ')
    .replace(/\b(?:inc|corp|corporation|co|company|ag|se|plc|nv|n v|sa|s a|ltd|limited|holdings?|group|kgaa|gmbh|the|class [a-c])\b/g, ' ')
    .replace(/\s+/g, ' ').trim();
}

function matchInstruments(gold: Gold, facts: InstrumentFact[]): KindResult {
  const key = (i: InstrumentFact): string => i.symbol?.toUpperCase() ?? i.isin ?? normaliseName(i.name);
  return pair(
    gold.instruments ?? [],
    unique(facts, key),
    (g, p) => {
      if (g.symbol && p.symbol && g.symbol.toUpperCase() === p.symbol.toUpperCase()) return true;
      if (g.isin && p.isin && g.isin === p.isin) return true;
      const names = [g.name, g.text].filter((n): n is string => Boolean(n)).map(normaliseName);
      const mine = normaliseName(p.name);
      return mine.length > 0 && names.some(n => n === mine);
    },
    i => 'kind' in i ? `${i.name} ${i.symbol ?? ''} "${i.text}"` : `${i.name ?? ''} ${i.symbol ?? ''} "${i.text ?? ''}"`,
  );
}

function normaliseFirm(firm: string): string {
  return firm.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function matchRatings(gold: Gold, facts: RatingFact[]): KindResult {
  return pair(
    gold.ratings ?? [],
    unique(facts, r => `${normaliseFirm(r.firm)}|${r.rating ?? ''}|${r.target?.value ?? ''}|${r.instrument ?? ''}`),
    (g, p) => {
      const firmsMatch = normaliseFirm(p.firm).includes(normaliseFirm(g.firm)) || normaliseFirm(g.firm).includes(normaliseFirm(p.firm));
      const classMatch = (g.rating ?? undefined) === (p.rating ?? undefined);
      const targetMatch = g.target ? Boolean(p.target && p.target.currency === g.target.currency && close(p.target.value, g.target.value)) : !p.target;
      return firmsMatch && classMatch && targetMatch;
    },
    r => `${r.firm} ${r.rating ?? '-'} ${r.target ? `${r.target.value} ${r.target.currency}` : '-'}`,
  );
}

const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

function matchPromos(gold: Gold, sheet: FactSheet): KindResult {
  const snippets = (gold.promo ?? []).map(p => collapse(p.snippet));
  const promos = sheet.promos.map(p => collapse(p.text));
  const missed = snippets.filter(snippet => !promos.some(text => text.includes(snippet)));
  const extra = sheet.promos.filter((_, i) => !snippets.some(snippet => promos[i]!.includes(snippet))).map(p => `"${p.text.slice(0, 90)}" (${p.score.toFixed(2)})`);
  return { tp: snippets.length - missed.length, missed: missed.map(s => `"${s}"`), extra };
}

function matchDates(gold: Gold, facts: DateFact[]): KindResult {
  return pair(
    unique(gold.dates ?? [], d => d.date),
    unique(facts, d => d.date),
    (g, p) => g.date === p.date,
    d => `${d.date} "${d.text ?? ''}"`,
  );
}
