import { readFileSync } from 'node:fs';
import { decodeDataset, type RawData } from './src/core/facts/instrument/data';
import { buildAliasTrie, findNames, fold } from './src/core/facts/instrument/matcher';
const text = readFileSync('src/core/data/instruments.json', 'utf8');
for (let r = 0; r < 4; r++) {
  let t = performance.now(); const raw = JSON.parse(text) as RawData; const a = performance.now() - t;
  t = performance.now(); const d = decodeDataset(raw); const b = performance.now() - t;
  t = performance.now(); const trie = buildAliasTrie(d.instruments); const c = performance.now() - t;
  t = performance.now(); for (const i of d.instruments) for (const al of i.aliases) fold(al.text); const e = performance.now() - t;
  console.log({ parse: a.toFixed(1), decode: b.toFixed(1), trie: c.toFixed(1), foldOnly: e.toFixed(1), aliases: d.instruments.reduce((s, i) => s + i.aliases.length, 0) });
}
const sample = readFileSync('/tmp/instr/articles/en-reuters-asian-shares.txt', 'utf8').repeat(50);
const d = decodeDataset(JSON.parse(text)); const trie = buildAliasTrie(d.instruments);
let t = performance.now(); for (let i = 0; i < 5; i++) fold(sample); console.log('fold MB/s', (sample.length * 5 / 1e6) / ((performance.now() - t) / 1000));
t = performance.now(); for (let i = 0; i < 5; i++) findNames(sample, trie); console.log('find MB/s', (sample.length * 5 / 1e6) / ((performance.now() - t) / 1000));
