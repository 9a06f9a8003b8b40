// The sentence around a painted fact, for the popup's "Figures with context": text of the
// nearest block element, cut to a window around the fact's range.
const BLOCK_SELECTOR = 'p, li, td, th, dd, blockquote, h1, h2, h3, h4, h5, h6, figcaption, div, section, article';
const RADIUS = 60;

export function contextOf(range: Range): string | null {
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  const block = element?.closest(BLOCK_SELECTOR);
  if (!block) return null;
  const before = block.ownerDocument.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const text = block.textContent ?? '';
  const from = before.toString().length;
  const to = from + range.toString().length;
  const head = Math.max(0, text.lastIndexOf(' ', Math.max(0, from - RADIUS)));
  const tailSpace = text.indexOf(' ', Math.min(text.length, to + RADIUS));
  const tail = tailSpace < 0 ? text.length : tailSpace;
  const snippet = text.slice(head, tail).replace(/\s+/g, ' ').trim();
  return (head > 0 ? '… ' : '') + snippet + (tail < text.length ? ' …' : '');
}
