// Article metadata the core needs: language, headline and publication date (dates resolve against it).
import type { Lang } from '../../core/types';
import { articleHeadline, metadataTitles, textOf } from './headline';

export function pageLanguage(doc: Document, sampleText: string): Lang {
  const guessed = guessLanguage(sampleText);
  if (guessed) return guessed;
  const declared = (doc.documentElement.getAttribute('lang') ?? doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? '').toLowerCase();
  return declared.startsWith('de') ? 'de' : 'en';
}

const GERMAN_WORDS = /\b(?:der|die|das|und|ist|nicht|mit|für|auf|den|dem|sich|eine?|auch|wird|werden|nach|bei|über)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|is|not|with|for|on|that|this|are|was|from|by|have|has|will|its|of)\b/gi;

/** Stop-word vote over the article text; undefined when too little text to tell. */
export function guessLanguage(text: string): Lang | undefined {
  const sample = text.slice(0, 20_000);
  const german = sample.match(GERMAN_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (german + english < 8) return undefined;
  if (german > english * 1.5) return 'de';
  if (english > german * 1.5) return 'en';
  return undefined;
}

/** The headline's text, else the title the page's metadata gives. */
export function pageTitle(doc: Document, articleRoot: Element | null): string | undefined {
  const heading = articleHeadline(doc, articleRoot);
  const headline = heading ? textOf(heading) : '';
  return headline || metadataTitles(doc)[0];
}

const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
];

/** ISO date of publication: JSON-LD datePublished, meta tags, <time>, or a dd.mm.yyyy dateline. */
export function publicationDate(doc: Document, articleRoot: Element | null): string | undefined {
  const fromJsonLd = jsonLdDatePublished(doc);
  if (fromJsonLd) return fromJsonLd;
  for (const selector of DATE_META_SELECTORS) {
    const value = normaliseDate(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  const time = (articleRoot ?? doc).querySelector('time[datetime]');
  const fromTime = normaliseDate(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  const dateline = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(articleRoot?.textContent?.slice(0, 3000) ?? '');
  if (dateline) return `${dateline[3]}-${dateline[2]!.padStart(2, '0')}-${dateline[1]!.padStart(2, '0')}`;
  return undefined;
}

function jsonLdDatePublished(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished', 0);
      const value = normaliseDate(typeof found === 'string' ? found : undefined);
      if (value) return value;
    } catch {
      // A page's broken JSON-LD is its own problem; try the next source.
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string, depth: number): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (key in record) return record[key];
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function normaliseDate(value: string | null | undefined): string | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim()) : null;
  return match ? match[0] : undefined;
}
