// Maps [start, end) offsets of a block's text back to a live DOM Range (Hypothesis' TextPosition idea).
import type { DomBlock, TextSegment } from './collect-blocks';

export function rangeFor(block: DomBlock, start: number, end: number): Range | undefined {
  const first = segmentAt(block.segments, start);
  const last = segmentAt(block.segments, Math.max(start, end - 1));
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.min(start - first.start, first.node.length));
  range.setEnd(last.node, Math.min(end - last.start, last.node.length));
  return range;
}

/** Binary search for the segment that holds the character at `offset`. */
function segmentAt(segments: readonly TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.start + segment.node.length) low = middle + 1;
    else return segment;
  }
  return undefined;
}
