// `npm run bench`: runs every section listed in sections/index.ts on this machine, prints one
// table and writes test-results/bench.json. Nothing is asserted; the numbers are for reading.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sections } from './sections';
import type { BenchRow } from './types';

interface Result extends BenchRow {
  section: string;
}

async function main(): Promise<void> {
  const results: Result[] = [];
  // `npm run bench -- kinds core`: only the named sections.
  const only = process.argv.slice(2);
  for (const [section, load] of sections.filter(([name]) => only.length === 0 || only.includes(name))) {
    const started = performance.now();
    process.stderr.write(`bench: ${section} …`);
    const rows = await (await load()).run();
    process.stderr.write(` ${Math.round(performance.now() - started)} ms\n`);
    results.push(...rows.map(row => ({ section, ...row })));
  }
  // The load average says how much other work shared the machine; times are CPU time regardless.
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`;
  process.stdout.write(`${formatTable(results)}\n\n${machine}\n`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
}

/** A Markdown table, so the output can go into the README as printed. */
function formatTable(results: readonly Result[]): string {
  const rows = results.map(row => [row.section, row.name, row.value.toLocaleString('en-US'), row.unit, row.note ?? '']);
  const header = ['section', 'measure', 'value', 'unit', 'note'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, i) => (i === 2 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}

main().catch(error => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
