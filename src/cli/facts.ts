// `npm run -s facts -- FILE...`: one line of fact-sheet JSON (CONTRACT.md) per HTML or text file, in
// order, from the same article finding and extraction the content script runs.
// Flags: --ui-lang de|en (language of promo reasons). Unreadable files: error on stderr, exit 1, others go on.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analysePage } from '../dom/analyse-page';
import { documentFromFile } from './load-document';

export async function factSheetOfFile(path: string, uiLang = 'en') {
  const contents = await readFile(path, 'utf8');
  const doc = documentFromFile(contents, path);
  return analysePage(doc, { detectPromos: true, uiLang, url: canonicalUrl(doc) }).sheet;
}

function canonicalUrl(doc: Document): string | undefined {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content')
    ?? undefined;
}

async function main(argv: string[]): Promise<number> {
  let uiLang = 'en';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--ui-lang') uiLang = argv[++i] ?? uiLang;
    else files.push(argv[i]!);
  }
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s facts -- [--ui-lang de|en] FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify(await factSheetOfFile(file, uiLang))}\n`);
    } catch (error) {
      failed++;
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stderr.write(`facts: ${basename(file)}: ${reason} (${file})\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
