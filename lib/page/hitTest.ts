/**
 * Which highlighted name is under the pointer. Highlights take no pointer events, so the caret
 * position under the point gives the text node, the span index gives the candidates, and the
 * candidates' client rectangles decide (the caret snaps to the nearest character even beside text).
 */
import type { Span, SpanStore } from './spans';

/** A live Range over a span (short-lived: for measuring and for anchoring the open card). */
export function liveRange(span: Span): Range | null {
  try {
    const range = span.startNode.ownerDocument.createRange();
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
    return range;
  } catch {
    return null; // offsets no longer valid (text changed before the rescan)
  }
}

/** True when (x, y) is inside one of the span's line boxes (with a pixel of slack). */
export function spanContainsPoint(span: Span, x: number, y: number): boolean {
  const range = liveRange(span);
  if (!range) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The span under the point (viewport coordinates), or null. */
export function spanAtPoint(
  doc: Document,
  store: SpanStore,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): Span | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret?.node.nodeType !== 3) return null;
  for (const span of store.touching(caret.node as Text)) {
    if (spanContainsPoint(span, x, y)) return span;
  }
  return null;
}
