// Turns a subtree into plain-text blocks (paragraphs, headings, list items, cells) and remembers
// which Text node each stretch of a block came from, so core offsets map back to DOM ranges.
import type { TextBlock } from '../../core/types';
import { isSkippedElement } from './skip-rules';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
}

export interface DomBlock extends TextBlock {
  segments: TextSegment[];
  /** The nearest block-level element that holds this text. */
  owner: Element;
}

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'TD', 'TH', 'BLOCKQUOTE', 'FIGCAPTION',
  'CAPTION', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'UL', 'OL', 'DL',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'FORM', 'ADDRESS', 'DETAILS', 'SUMMARY', 'BODY', 'HR',
  // Each label of an in-body SVG chart stands alone.
  'SVG', 'TEXT',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Caps keep a pathological page (millions of nodes) from stalling the tab. */
const MAX_TEXT_NODES = 60_000;
const MAX_BLOCK_CHARS = 200_000;

export interface CollectOptions {
  /** Extra subtrees to leave out (page chrome inside the article). */
  exclude?: (element: Element) => boolean;
}

export function collectBlocks(root: Element, options: CollectOptions = {}): DomBlock[] {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const nodeFilter = view?.NodeFilter ?? { SHOW_ELEMENT: 1, SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3 };
  const walker = doc.createTreeWalker(root, nodeFilter.SHOW_ELEMENT | nodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return nodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element) || options.exclude?.(element)) return nodeFilter.FILTER_REJECT;
      return nodeFilter.FILTER_ACCEPT;
    },
  });

  const blocks: DomBlock[] = [];
  let current: DomBlock | undefined;
  let currentOwner: Element | undefined;
  let textNodes = 0;

  const close = (): void => {
    if (current && current.text.trim().length > 0) blocks.push(current);
    current = undefined;
    currentOwner = undefined;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) close();
      continue;
    }
    if (++textNodes > MAX_TEXT_NODES) break;
    const text = node as Text;
    const owner = blockOwner(text, root);
    if (owner !== currentOwner) close();
    if (!current) {
      if (text.data.trim().length === 0) continue;
      current = { text: '', segments: [], owner, ...(isHeading(owner) ? { heading: true } : {}) };
      currentOwner = owner;
    }
    if (current.text.length + text.data.length > MAX_BLOCK_CHARS) continue;
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  close();
  return blocks;
}

function blockOwner(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

function isHeading(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';
}
