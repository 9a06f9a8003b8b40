import { extractFacts } from './src/core';
const texts = process.argv.slice(2);
for (const t of texts) {
  const facts = extractFacts({ lang: 'de', blocks: [{ text: t }] }).filter(l => l.fact.kind === 'instrument');
  console.log(JSON.stringify(t), '=>', facts.map(l => `${(l.fact as any).name} [${(l.fact as any).symbol ?? ''}] "${(l.fact as any).text}"`).join('; '));
}
