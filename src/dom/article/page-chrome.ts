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
  'cookie', 'consent', 'subscribe', 'byline', 'tags', 'taglist', 'topics',
  'pagination', 'toolbar', 'outbrain', 'taboola', 'disclaimer', 'copyright', 'masthead', 'dsgvo', 'gdpr',
  'cmp', 'privacy', 'modal', 'modalwindow', 'popup', 'overlay', 'lightbox', 'community', 'commentlinks',
  'kommentare', 'leserkommentare', 'discussion', 'forum', 'replies',
]);
/** Two-word chrome names: "most-read", "more-stories", "read-more". */
const CHROME_PAIRS = new Set(['most read', 'more stories', 'read more', 'see also', 'top stories', 'latest news', 'mehr zum', 'auch interessant']);

/**
 * "paywall" names both the subscription prompt and the wrapper holding the gated text
 * ("content-behind-paywall", seen on industriemagazin.net and barrons.com): only the prompt is chrome.
 */
const GATE_WORD = /paywall/i;
/** A subscription prompt is a heading, a line or two and a button, never several paragraphs of prose. */
const MIN_GATED_PARAGRAPHS = 3;
const MIN_GATED_CHARS = 600;

export function isPageChrome(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const classAndId = `${element.getAttribute('class') ?? ''} ${element.id}`;
  if (GATE_WORD.test(classAndId)) return !holdsGatedText(element);
  return namesChrome(classAndId) && !holdsArticle(element);
}

/** Class names lie on wrappers ("content without-sidebar", "ArticlePage-content paywall"):
 * an element that holds the headline or the article container is not chrome, whatever its class. */
function holdsArticle(element: Element): boolean {
  return element.querySelector('h1, article, main, [itemprop="articleBody"]') !== null;
}

function holdsGatedText(element: Element): boolean {
  return element.querySelectorAll('p').length >= MIN_GATED_PARAGRAPHS && (element.textContent ?? '').length >= MIN_GATED_CHARS;
}

/** True when the class/id string contains a chrome word as a whole token. */
export function namesChrome(classAndId: string): boolean {
  if (!classAndId.trim()) return false;
  // camelCase counts as two words: "relatedContent", "shareBar".
  const tokens = classAndId.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9äöü]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (CHROME_WORDS.has(token)) return true;
    const next = tokens[i + 1];
    if (next && CHROME_PAIRS.has(`${token} ${next}`)) return true;
  }
  return false;
}
