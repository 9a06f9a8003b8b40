// Gold files (shared/CONTRACT.md's simpler shape) and where their pages are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldMoney { text?: string; value: number; currency: string }
export interface GoldPercent { text?: string; value: number }
export interface GoldInstrument { text?: string; name?: string | null; symbol?: string | null; isin?: string | null }
export interface GoldRating {
  firm: string;
  raw?: string | null;
  rating?: string | null;
  target?: { value: number; currency: string } | null;
  instrument?: string | null;
}
export interface GoldDate { text?: string; date: string; event?: string | null }

export interface Gold {
  id: string;
  lang?: string;
  money?: GoldMoney[];
  percent?: GoldPercent[];
  instruments?: GoldInstrument[];
  ratings?: GoldRating[];
  promo?: { snippet: string }[];
  dates?: GoldDate[];
  notes?: string;
}

export interface GoldCase {
  gold: Gold;
  page: string;
  /** "shared" = the seed and ../shared/corpus gold; "own" = gold written for this project. */
  scope: 'shared' | 'own';
}

const CORPUS = join(process.cwd(), 'test/corpus');

export function goldCases(): GoldCase[] {
  const cases: GoldCase[] = [];
  const seed = join(CORPUS, 'shared/seeds/amazon-aktie');
  cases.push({ gold: readJson(`${seed}.gold.json`), page: `${seed}.html`, scope: 'shared' });
  for (const file of jsonFiles(join(CORPUS, 'shared/gold'))) {
    const gold = readJson(join(CORPUS, 'shared/gold', file));
    cases.push({ gold, page: join(CORPUS, 'shared/pages', `${gold.id}.html`), scope: 'shared' });
  }
  for (const file of jsonFiles(join(CORPUS, 'gold'))) {
    const gold = readJson(join(CORPUS, 'gold', file));
    const own = join(CORPUS, 'pages', `${gold.id}.html`);
    cases.push({ gold, page: existsSync(own) ? own : join(CORPUS, 'shared/pages', `${gold.id}.html`), scope: 'own' });
  }
  return cases;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(file => file.endsWith('.json')).sort() : [];
}

function readJson(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}
