// Which elements never contribute text: code, form controls, editors, embedded documents and our own UI.
// Shared by block collection (facts) and anything else that walks page text.

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'TITLE', 'HEAD', 'LINK', 'META',
  // Inside SVG: the accessible description is not shown. An in-body chart's <text> labels are (and count).
  'DESC',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The id of the one overlay host the extension owns on a page. */
export const OVERLAY_HOST_ID = 'stock-news-lens-overlay';

export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.id === OVERLAY_HOST_ID) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Inline styles only: computed styles would cost a layout read per element.
  if (HIDDEN_STYLE.test(element.getAttribute('style') ?? '')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.getAttribute('role') === 'textbox';
}
