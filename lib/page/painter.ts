/**
 * Paints spans with the CSS Custom Highlight API: one `Highlight` per entity type holding
 * `StaticRange`s (live `Range`s would slow the page's own DOM edits). The registry is visible to
 * the page, so its entries carry neutral names and reveal only which words are marked. Where the
 * API is missing, nothing is painted (the page is never wrapped in elements).
 */
import type { EntityType } from '../bundle/schema';
import type { Span } from './spans';

/** Registry names, per type, plus the transient ones for "reveal" flashes and keyboard focus. */
export const HIGHLIGHT_NAMES: Record<EntityType | 'flash' | 'focus', string> = {
  person: 'factlight-1',
  place: 'factlight-2',
  organisation: 'factlight-3',
  flash: 'factlight-4',
  focus: 'factlight-5',
};

/** True when this browser can paint highlights. */
export function canPaint(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof StaticRange === 'function'
  );
}

function staticRangeOf(span: Span): StaticRange {
  return new StaticRange({
    startContainer: span.startNode,
    startOffset: span.startOffset,
    endContainer: span.endNode,
    endOffset: span.endOffset,
  });
}

export class Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly enabled = canPaint();
  private painted = 0;

  /** Number of spans painted now. */
  get size(): number {
    return this.painted;
  }

  private highlight(key: keyof typeof HIGHLIGHT_NAMES): Highlight | undefined {
    if (!this.enabled) return undefined;
    const name = HIGHLIGHT_NAMES[key];
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      // Transient highlights paint above the type colours.
      highlight.priority = key === 'flash' || key === 'focus' ? 1 : 0;
      this.highlights.set(name, highlight);
    }
    // The page may have cleared or replaced the registry: put ours back.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    return highlight;
  }

  /** Paints spans. Offsets past the end of their node (text changed meanwhile) are skipped. */
  add(spans: Iterable<Span>): void {
    if (!this.enabled) return;
    // One registry check per type per call, not per span (a first scan adds hundreds at once).
    const byType = new Map<EntityType, Highlight>();
    for (const span of spans) {
      if (span.startOffset > span.startNode.length || span.endOffset > span.endNode.length) continue;
      let highlight = byType.get(span.type);
      if (!highlight) byType.set(span.type, (highlight = this.highlight(span.type)!));
      if (span.range) continue;
      span.range = staticRangeOf(span);
      highlight.add(span.range);
      this.painted++;
    }
  }

  /** Unpaints spans. */
  remove(spans: Iterable<Span>): void {
    for (const span of spans) {
      if (!span.range) continue;
      this.highlights.get(HIGHLIGHT_NAMES[span.type])?.delete(span.range);
      span.range = undefined;
      this.painted--;
    }
  }

  /** Re-registers our highlights if the page removed them from `CSS.highlights`. */
  ensureRegistered(): void {
    if (!this.enabled) return;
    for (const [name, highlight] of this.highlights) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /** Shows a transient mark (flash or keyboard focus) on one span, replacing the previous one. */
  mark(kind: 'flash' | 'focus', span: Span | null): void {
    const highlight = this.highlight(kind);
    if (!highlight) return;
    highlight.clear();
    if (span) highlight.add(staticRangeOf(span));
  }

  /** Removes every highlight of Factlight from the registry. */
  clear(): void {
    if (!this.enabled) return;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.painted = 0;
  }
}
