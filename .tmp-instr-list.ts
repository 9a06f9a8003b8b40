import { readFileSync, readdirSync } from 'node:fs';
import { extractFacts } from './src/core';
const dir = '/tmp/instr/articles';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (only && !f.includes(only)) continue;
  const lines = readFileSync(`${dir}/${f}`, 'utf8').split('\n');
  const lang = f.startsWith('de') || f.startsWith('amazon') ? 'de' : 'en';
  const article = { lang, blocks: lines.map(l => l.startsWith('# ') ? { text: l.slice(2), heading: true } : { text: l }) } as const;
  const facts = extractFacts(article as any).filter(l => l.fact.kind === 'instrument');
  const seen = new Map<string, string[]>();
  for (const l of facts) { const f2 = l.fact as any; const k = `${f2.name} [${f2.symbol ?? ''}]`; seen.set(k, [...(seen.get(k) ?? []), f2.text]); }
  console.log(`== ${f}: ` + [...seen].map(([k, v]) => `${k} ${JSON.stringify([...new Set(v)])}`).join('; '));
}
