// `npm run eval`: scores the `facts` pipeline against every gold file (CONTRACT.md matching rules)
// and prints precision, recall and F1 per kind, for the shared gold and for the project's own.
//   --kind money|percent|instrument|rating|promo|date   only that kind
//   --verbose                                          misses (-) and extras (+) per page
//   --json FILE                                        also write the figures as JSON
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { factSheetOfFile } from '../../src/cli/facts';
import { goldCases, type Gold, type GoldCase } from './eval/gold';
import { EVAL_KINDS, matchKind, type EvalKind } from './eval/match';
import { f1, scoreTable, type Tally } from './eval/report';

const GOLD_KEY: Record<EvalKind, keyof Gold> = {
  money: 'money', percent: 'percent', instrument: 'instruments', rating: 'ratings', promo: 'promo', date: 'dates',
};

async function main(argv: string[]): Promise<void> {
  const kindArg = argv[argv.indexOf('--kind') + 1] as EvalKind | undefined;
  const kinds = argv.includes('--kind') && kindArg ? [kindArg] : EVAL_KINDS;
  const verbose = argv.includes('--verbose');
  const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;

  const tallies = new Map<string, Tally>();
  const tally = (scope: string, kind: EvalKind): Tally => {
    const key = `${scope}|${kind}`;
    if (!tallies.has(key)) tallies.set(key, { tp: 0, fp: 0, fn: 0 });
    return tallies.get(key)!;
  };
  let promoFreePages = 0;
  let promoFreeFlagged = 0;

  for (const goldCase of goldCases()) {
    const sheet = await factSheetOfFile(goldCase.page);
    const lines: string[] = [];
    for (const kind of kinds) {
      if (goldCase.gold[GOLD_KEY[kind]] === undefined) continue;
      const result = matchKind(kind, goldCase.gold, sheet);
      for (const scope of [goldCase.scope, 'all']) {
        const t = tally(scope, kind);
        t.tp += result.tp;
        t.fn += result.missed.length;
        t.fp += result.extra.length;
      }
      lines.push(...result.missed.map(m => `  - ${kind}: ${m}`), ...result.extra.map(e => `  + ${kind}: ${e}`));
    }
    if (kinds.includes('promo') && (goldCase.gold.promo ?? []).length === 0) {
      promoFreePages++;
      if (sheet.promos.length > 0) promoFreeFlagged++;
    }
    if (verbose && lines.length > 0) console.log(`${label(goldCase)}\n${lines.join('\n')}`);
  }

  const rows = [...tallies.entries()].map(([key, t]) => {
    const [scope = '', kind = ''] = key.split('|');
    return { scope, kind, ...t, ...f1(t) };
  });
  console.log(scoreTable(rows));
  if (kinds.includes('promo')) console.log(`pages without promotion: ${promoFreePages}, with a block flagged: ${promoFreeFlagged}`);
  if (jsonOut) {
    mkdirSync(dirname(jsonOut), { recursive: true });
    writeFileSync(jsonOut, JSON.stringify({ rows, promoFreePages, promoFreeFlagged }, null, 1));
  }
}

function label(goldCase: GoldCase): string {
  return `[${goldCase.scope}] ${goldCase.gold.id} (${basename(goldCase.page)})`;
}

main(process.argv.slice(2)).catch(error => {
  console.error(error);
  process.exitCode = 1;
});
