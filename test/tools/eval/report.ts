// Precision / recall / F1 and the printed table of `npm run eval`.
export interface Tally { tp: number; fp: number; fn: number }
export interface Scores { precision: number; recall: number; f1: number }

export function f1({ tp, fp, fn }: Tally): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function scoreTable(rows: readonly (Tally & Scores & { scope: string; kind: string })[]): string {
  const order = ['shared', 'own', 'all'];
  const sorted = [...rows].sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope) || a.kind.localeCompare(b.kind));
  const head = 'scope   kind        precision  recall     F1     tp   fp   fn';
  const lines = sorted.map(r => [
    r.scope.padEnd(7), r.kind.padEnd(10), r.precision.toFixed(3).padStart(10), r.recall.toFixed(3).padStart(8),
    r.f1.toFixed(3).padStart(7), String(r.tp).padStart(5), String(r.fp).padStart(4), String(r.fn).padStart(4),
  ].join(' '));
  return [head, ...lines].join('\n');
}
