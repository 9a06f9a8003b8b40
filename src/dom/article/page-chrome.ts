// Page chrome inside or around an article: navigation, quote boxes, ticker bars, share bars,
// "most read"/related lists, comments, footers. Facts never come from here (CONTRACT.md).

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alert', 'marquee', 'toolbar']);

/** Class/id words that name chrome. Matched on whole tokens split at - and _ (seen across the corpus). */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'ticker', 'tickerbar', 'marquee',
  'quotebox', 'kursbox', 'kurse', 'snapshot', 'watchlist',
  'share', 'sharing', 'social', 'sharebar', 'related', 'recommended', 'mostread',
  'meistgelesen', 'popular', 'trending', 'newsletter', 'comments', 'comment', 'footer', 'sidebar',
  'cookie', 'consent', 'paywall', 'subscribe', 'byline', 'tags', 'taglist', 'topics',
  'pagination', 'toolbar', 'outbrain', 'taboola', 'disclaimer', 'copyright', 'masthead', 'dsgvo', 'gdpr',
  'cmp', 'privacy', 'modal', 'modalwindow', 'popup', 'overlay', 'lightbox', 'community', 'commentlinks',
  'kommentare', 'leserkommentare', 'discussion', 'forum', 'replies',
]);
/** Two-word chrome names: "most-read", "more-stories", "read-more". */
const CHROME_PAIRS = new Set(['most read', 'more stories', 'read more', 'see also', 'top stories', 'latest news', 'mehr zum', 'auch interessant']);

interface ProseMinimum {
  paragraphs: number;
  chars: number;
}

/**
 * Words that name chrome and also wrappers of article text: a paywall wraps the text it gates
 * ("content-behind-paywall", seen on industriemagazin.net and barrons.com), a live ticker's entries
 * are the article ("ticker-entry"). Only the subscription prompt and the quote bar are chrome, and
 * neither holds paragraphs of prose: a prompt is a heading, a line or two and a button.
 */
const PROSE_WRAPPER_WORDS: ReadonlyMap<string, ProseMinimum> = new Map([
  ['paywall', { paragraphs: 3, chars: 600 }],
  ['ticker', { paragraphs: 1, chars: 120 }],
]);

export function isPageChrome(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const word = chromeWord(`${element.getAttribute('class') ?? ''} ${element.id}`);
  if (word === undefined) return false;
  const minimum = PROSE_WRAPPER_WORDS.get(word);
  return minimum ? !holdsProse(element, minimum) : !holdsArticle(element);
}

/** Class names lie on wrappers ("content without-sidebar", "ArticlePage-content paywall"):
 * an element that holds the headline or the article container is not chrome, whatever its class. */
function holdsArticle(element: Element): boolean {
  return element.querySelector('h1, article, main, [itemprop="articleBody"]') !== null;
}

function holdsProse(element: Element, minimum: ProseMinimum): boolean {
  return element.querySelectorAll('p').length >= minimum.paragraphs && (element.textContent ?? '').length >= minimum.chars;
}

/** The first chrome word (or pair) among the class/id string's whole tokens. */
function chromeWord(classAndId: string): string | undefined {
  if (!classAndId.trim()) return undefined;
  // camelCase counts as two words: "relatedContent", "shareBar".
  const tokens = classAndId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9äöü]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CHROME_WORDS.has(token)) return token;
    const pair = `${token} ${tokens[i + 1] ?? ''}`;
    if (CHROME_PAIRS.has(pair)) return pair;
  }
  return undefined;
}
