// Runs the `facts` pipeline over every gold case and tallies matches per scope and kind.
import { factSheetOfFile } from '../../../src/cli/facts';
import { goldCases, type Gold, type GoldCase } from './gold';
import { matchKind, type EvalKind } from './match';
import { f1, type Scores, type Tally } from './report';

const GOLD_KEY: Record<EvalKind, keyof Gold> = {
  money: 'money', percent: 'percent', instrument: 'instruments', rating: 'ratings', promo: 'promo', date: 'dates',
};

export interface ScoreRow extends Tally, Scores {
  scope: string;
  kind: EvalKind;
}

export interface PageReport {
  goldCase: GoldCase;
  /** "- kind: missed" and "+ kind: extra" lines. */
  lines: string[];
}

export interface Evaluation {
  rows: ScoreRow[];
  pages: PageReport[];
  /** Gold pages without any promotion, and how many of them got a block flagged. */
  promoFreePages: number;
  promoFreeFlagged: number;
  /** Gold pages that name no instrument (the negative controls among them), and instruments found there. */
  instrumentFreePages: number;
  instrumentsOnInstrumentFreePages: number;
}

export async function evaluate(kinds: readonly EvalKind[]): Promise<Evaluation> {
  const tallies = new Map<string, Tally & { scope: string; kind: EvalKind }>();
  const add = (scope: string, kind: EvalKind, tp: number, fp: number, fn: number): void => {
    const key = `${scope}|${kind}`;
    const tally = tallies.get(key) ?? { scope, kind, tp: 0, fp: 0, fn: 0 };
    tally.tp += tp;
    tally.fp += fp;
    tally.fn += fn;
    tallies.set(key, tally);
  };
  const pages: PageReport[] = [];
  let promoFreePages = 0;
  let promoFreeFlagged = 0;
  let instrumentFreePages = 0;
  let instrumentsOnInstrumentFreePages = 0;

  for (const goldCase of goldCases()) {
    const sheet = await factSheetOfFile(goldCase.page);
    const lines: string[] = [];
    for (const kind of kinds) {
      if (goldCase.gold[GOLD_KEY[kind]] === undefined) continue;
      const result = matchKind(kind, goldCase.gold, sheet);
      for (const scope of [goldCase.scope, 'all']) add(scope, kind, result.tp, result.extra.length, result.missed.length);
      lines.push(...result.missed.map(m => `  - ${kind}: ${m}`), ...result.extra.map(e => `  + ${kind}: ${e}`));
    }
    if (kinds.includes('promo') && goldCase.gold.promo !== undefined && goldCase.gold.promo.length === 0) {
      promoFreePages++;
      if (sheet.promos.length > 0) promoFreeFlagged++;
    }
    if (kinds.includes('instrument') && goldCase.gold.instruments?.length === 0) {
      instrumentFreePages++;
      instrumentsOnInstrumentFreePages += sheet.facts.filter(fact => fact.kind === 'instrument').length;
    }
    pages.push({ goldCase, lines });
  }
  const rows = [...tallies.values()].map(tally => ({ ...tally, ...f1(tally) }));
  return { rows, pages, promoFreePages, promoFreeFlagged, instrumentFreePages, instrumentsOnInstrumentFreePages };
}
