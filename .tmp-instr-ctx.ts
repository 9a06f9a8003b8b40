import { readFileSync } from 'node:fs';
import { documentFromFile } from './src/cli/load-document';
import { collectArticleBlocks } from './src/dom/article/article-blocks';
import { findArticleRoot } from './src/dom/article/find-article';
import { pageLanguage } from './src/dom/article/page-meta';
import { extractFacts } from './src/core';
const [file, ...names] = process.argv.slice(2);
const doc = documentFromFile(readFileSync(file!, 'utf8'), file!);
const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
let host = ''; try { host = new URL(url).hostname; } catch { /* none */ }
const root = findArticleRoot(doc, host);
const blocks = root ? collectArticleBlocks(doc, root) : [];
const article = { lang: pageLanguage(doc, blocks.map(b => b.text).join('\n')), blocks: blocks.map(b => ({ text: b.text })) };
if (names[0] === '--text') { console.log(blocks.map(b => b.text).join('\n')); process.exit(0); }
for (const l of extractFacts(article)) {
  if (l.fact.kind !== 'instrument') continue;
  const f = l.fact as any;
  if (names.length && !names.some(n => f.text.includes(n) || f.name.includes(n))) continue;
  const t = blocks[l.block]!.text;
  console.log(`${f.name} [${f.symbol ?? ''}] :: ${t.slice(Math.max(0, l.start - 90), l.end + 70).replace(/\s+/g, ' ')}`);
}
