// Which painted range is under a point: the caret position narrows the candidates to ranges
// holding that text position, their client rects confirm the hit (the caret snaps to the nearest
// character even when the pointer is in the margin).
const TOLERANCE = 1;

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  // Both exist in Chromium ≥ 128 and Firefox; older Chromium has only caretRangeFromPoint.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

function holds(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // node from another document or a detached range
  }
}

export function rectAt(range: Range, x: number, y: number): DOMRect | undefined {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - TOLERANCE && x <= rect.right + TOLERANCE && y >= rect.top - TOLERANCE && y <= rect.bottom + TOLERANCE) {
      return rect;
    }
  }
  return undefined;
}

/** The first item whose range is under (x, y), with the rect that was hit. */
export function hitTest<T extends { range: Range }>(
  doc: Document, items: readonly T[], x: number, y: number,
): { item: T; rect: DOMRect } | undefined {
  const caret = caretAt(doc, x, y);
  const candidates = caret ? items.filter(item => holds(item.range, caret.node, caret.offset)) : items;
  for (const item of candidates) {
    const rect = rectAt(item.range, x, y);
    if (rect) return { item, rect };
  }
  return undefined;
}
