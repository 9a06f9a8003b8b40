// `npm run eval`: scores the `facts` pipeline against every gold file (CONTRACT.md matching rules)
// and prints precision, recall and F1 per kind, for the shared gold and for the project's own.
//   --kind money|percent|instrument|rating|promo|date   only that kind
//   --verbose                                          misses (-) and extras (+) per page
//   --json FILE                                        also write the figures as JSON
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { evaluate } from './eval/evaluate';
import { EVAL_KINDS, type EvalKind } from './eval/match';
import { scoreTable } from './eval/report';

async function main(argv: string[]): Promise<void> {
  const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const kind = option('--kind') as EvalKind | undefined;
  const kinds = kind ? [kind] : EVAL_KINDS;
  const jsonOut = option('--json');

  const evaluation = await evaluate(kinds);
  if (argv.includes('--verbose')) {
    for (const { goldCase, lines } of evaluation.pages) {
      if (lines.length > 0) console.log(`[${goldCase.scope}] ${goldCase.gold.id} (${basename(goldCase.page)})\n${lines.join('\n')}`);
    }
  }
  console.log(scoreTable(evaluation.rows));
  if (kinds.includes('promo')) {
    console.log(`gold pages without promotion: ${evaluation.promoFreePages}, with a block flagged: ${evaluation.promoFreeFlagged}`);
  }
  if (kinds.includes('instrument')) {
    console.log(`gold pages without instruments: ${evaluation.instrumentFreePages}, instruments found on them: ${evaluation.instrumentsOnInstrumentFreePages}`);
  }
  if (jsonOut) {
    mkdirSync(dirname(jsonOut), { recursive: true });
    const { pages: _pages, ...figures } = evaluation;
    writeFileSync(jsonOut, JSON.stringify(figures, null, 1));
  }
}

main(process.argv.slice(2)).catch(error => {
  console.error(error);
  process.exitCode = 1;
});
