// Extraction quality on every gold page (the seed, the shared corpus gold and our own), held to
// thresholds that only ever move up: raise them in thresholds.json when the scores improve.
import { describe, expect, it } from 'vitest';
import thresholds from './thresholds.json';
import { evaluate, type Evaluation } from '../tools/eval/evaluate';
import { EVAL_KINDS } from '../tools/eval/match';

let evaluation: Evaluation | undefined;
async function scores(): Promise<Evaluation> {
  evaluation ??= await evaluate(EVAL_KINDS);
  return evaluation;
}

describe('extraction quality against gold', () => {
  for (const metric of ['f1', 'recall'] as const) {
    for (const [key, minimum] of Object.entries(thresholds[metric])) {
      const [scope, kind] = key.split('.');
      it(`${scope} ${kind}: ${metric} ≥ ${minimum}`, async () => {
        const row = (await scores()).rows.find(r => r.scope === scope && r.kind === kind);
        expect(row, `no gold for ${key}`).toBeDefined();
        expect(row![metric]).toBeGreaterThanOrEqual(minimum);
      }, 120_000);
    }
  }

  it(`flags promotion on at most ${thresholds.maxPromoFreePagesFlagged} gold pages without promotion`, async () => {
    const { promoFreePages, promoFreeFlagged } = await scores();
    expect(promoFreePages).toBeGreaterThanOrEqual(thresholds.minPromoFreePages);
    expect(promoFreeFlagged).toBeLessThanOrEqual(thresholds.maxPromoFreePagesFlagged);
  }, 120_000);

  it(`finds no instrument on the ${thresholds.minInstrumentFreePages}+ gold pages that name none (negative controls)`, async () => {
    const { instrumentFreePages, instrumentsOnInstrumentFreePages } = await scores();
    expect(instrumentFreePages).toBeGreaterThanOrEqual(thresholds.minInstrumentFreePages);
    expect(instrumentsOnInstrumentFreePages).toBe(0);
  }, 120_000);
});
