// The benchmark's input: article bodies of the real pages and the seed, found by the same DOM layer
// the extension runs, cut into articles of realistic size and repeated up to the requested volume.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, TextBlock } from '../../src/core';
import { documentFromFile } from '../../src/cli/load-document';
import { collectArticleBlocks } from '../../src/dom/article/article-blocks';
import { findArticleRoot } from '../../src/dom/article/find-article';
import { pageLanguage, publicationDate } from '../../src/dom/article/page-meta';

const CORPUS_DIRS = ['test/corpus/shared/pages', '/work/shared/corpus/pages'];
const SEED_DIRS = ['test/corpus/shared/seeds', '/work/shared/seeds'];
/** Long pages are cut at about this many characters, short ones of one language joined up to half of it: news bodies run 5–20 KB. */
const ARTICLE_CHARS = 12_000;

export interface BenchCorpus {
  articles: Article[];
  /** UTF-8 bytes over all articles: what "MB/s" refers to. */
  bytes: number;
}

let parsed: Promise<Article[]> | undefined;

/** One pass over every page's article body; the pages are parsed once per process. */
export function sourceArticles(): Promise<Article[]> {
  parsed ??= parseSources();
  return parsed;
}

async function parseSources(): Promise<Article[]> {
  const pages = firstExisting(CORPUS_DIRS);
  const seeds = firstExisting(SEED_DIRS);
  const files = [
    ...readdirSync(pages).filter(name => name.endsWith('.html')).sort().map(name => join(pages, name)),
    ...readdirSync(seeds).filter(name => name.endsWith('.txt')).sort().map(name => join(seeds, name)),
  ];
  const articles: Article[] = [];
  for (const file of files) articles.push(...(await articlesOf(readFileSync(file, 'utf8'), file)));
  return joinShort(articles);
}

/** Consecutive short articles of one language become one; the first one's date stands for all. */
function joinShort(articles: readonly Article[]): Article[] {
  const joined: Article[] = [];
  for (const article of articles) {
    const last = joined[joined.length - 1];
    if (last && last.lang === article.lang && charsOf(last) < ARTICLE_CHARS / 2) joined[joined.length - 1] = { ...last, blocks: [...last.blocks, ...article.blocks] };
    else joined.push(article);
  }
  return joined;
}

function charsOf(article: Article): number {
  return article.blocks.reduce((sum, block) => sum + block.text.length, 0);
}

export function articleBytes(articles: readonly Article[]): number {
  let bytes = 0;
  for (const article of articles) for (const block of article.blocks) bytes += Buffer.byteLength(block.text) + 1;
  return bytes;
}

/** The source articles repeated until at least `minBytes` of UTF-8 text. */
export async function benchCorpus(minBytes: number): Promise<BenchCorpus> {
  const source = await sourceArticles();
  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const article of source) {
      articles.push(article);
      bytes += articleBytes([article]);
      if (bytes >= minBytes) break;
    }
  }
  return { articles, bytes };
}

async function articlesOf(contents: string, path: string): Promise<Article[]> {
  const doc = documentFromFile(contents, path);
  try {
    const root = findArticleRoot(doc);
    if (!root) return [];
    const blocks: TextBlock[] = collectArticleBlocks(doc, root).map(({ text, heading }) => (heading ? { text: ownCopy(text), heading } : { text: ownCopy(text) }));
    const lang = pageLanguage(doc, blocks.map(block => block.text).join('\n'));
    const published = publicationDate(doc, root);
    return splitIntoArticles(blocks).map(part => (published ? { lang, published, blocks: part } : { lang, blocks: part }));
  } finally {
    // A happy-dom window stays reachable until closed; 45 of them would weigh on every GC timed later.
    await (doc.defaultView as unknown as { happyDOM: { close(): Promise<void> } }).happyDOM.close();
  }
}

/**
 * A flat string of its own: happy-dom's text is sliced from the page's source, which the slice keeps
 * alive (megabytes of HTML on every GC timed later). A browser hands the content script fresh strings.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function splitIntoArticles(blocks: TextBlock[]): TextBlock[][] {
  const parts: TextBlock[][] = [];
  let current: TextBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    current.push(block);
    size += block.text.length;
    if (size >= ARTICLE_CHARS) {
      parts.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function firstExisting(dirs: readonly string[]): string {
  const found = dirs.find(dir => existsSync(dir));
  if (!found) throw new Error(`none of ${dirs.join(', ')} exists`);
  return found;
}
