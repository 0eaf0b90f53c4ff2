/**
 * Paints spans with the CSS Custom Highlight API: one `Highlight` per entity type holding
 * `StaticRange`s (live `Range`s would slow the page's own DOM edits). The registry is visible to
 * the page, so its entries carry neutral names and reveal only which words are marked. Where the
 * API is missing, nothing is painted (the page is never wrapped in elements).
 */
import type { EntityType } from '../bundle/schema';
import { guard } from './guard';
import type { Span } from './spans';
import { canPaint } from './paintSupport';

/** Registry names, per type, plus the transient ones for "reveal" flashes and keyboard focus. */
export const HIGHLIGHT_NAMES: Record<EntityType | 'flash' | 'focus', string> = {
  person: 'factlight-1',
  place: 'factlight-2',
  organisation: 'factlight-3',
  flash: 'factlight-4',
  focus: 'factlight-5',
};

function staticRangeOf(span: Span): StaticRange {
  return new StaticRange({
    startContainer: span.startNode,
    startOffset: span.startOffset,
    endContainer: span.endNode,
    endOffset: span.endOffset,
  });
}

/**
 * Paints spans. Changes are queued and handed to the highlight registry once per animation frame:
 * Chromium re-validates its highlights whenever the registry changes, so a page that inserts and
 * removes paragraphs many times a frame would otherwise pay for every one of them, while a span
 * added and removed within a frame never reaches the registry at all.
 */
/** Longest time queued changes are held back for spans on their way. */
const MAX_HOLD_MS = 150;

export class Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly enabled = canPaint();
  /** Spans painted, or queued to be. */
  private readonly painted = new Set<Span>();
  /** Queued: spans to paint, and ranges to take out (per registry name). */
  private readonly toAdd = new Set<Span>();
  private readonly toRemove: { name: string; range: AbstractRange }[] = [];
  private frameRequested = false;
  /** While above zero, queued changes wait (see {@link Painter.hold}). */
  private holds = 0;
  private heldSince = 0;

  /** Number of spans painted now (queued ones included). */
  get size(): number {
    return this.painted.size;
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

  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const run = () =>
      guard(() => {
        this.frameRequested = false;
        // New spans are on their way: keep the old ones one more frame (up to a limit).
        if (this.holds > 0 && performance.now() - this.heldSince < MAX_HOLD_MS) this.requestFrame();
        else this.flush();
      });
    // Hidden tabs render no frames: their highlights wait, as nobody sees them.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
    else setTimeout(run, 16);
  }

  /** Paints spans (at the next frame). */
  add(spans: Iterable<Span>): void {
    if (!this.enabled) return;
    for (const span of spans) {
      if (this.painted.has(span)) continue;
      this.painted.add(span);
      this.toAdd.add(span);
    }
    if (this.toAdd.size > 0) this.requestFrame();
  }

  /** Unpaints spans (at the next frame; a span still queued is simply dropped). */
  remove(spans: Iterable<Span>): void {
    for (const span of spans) {
      if (!this.painted.delete(span)) continue;
      if (this.toAdd.delete(span)) continue;
      if (span.range) this.toRemove.push({ name: HIGHLIGHT_NAMES[span.type], range: span.range });
      span.range = undefined;
    }
    if (this.toRemove.length > 0) this.requestFrame();
  }

  /**
   * Keeps queued changes back until {@link Painter.release}: the scanner holds while the names of
   * re-rendered text are on their way, so that removing the old ranges and adding the new ones land
   * in the same frame and a re-render never shows a frame without its names.
   */
  hold(): void {
    if (this.holds++ === 0) this.heldSince = performance.now();
  }

  release(): void {
    if (this.holds > 0) this.holds--;
  }

  /** Hands the queued changes to the registry now. Offsets past the end of their node are skipped. */
  flush(): void {
    this.frameRequested = false;
    if (!this.enabled) return;
    for (const { name, range } of this.toRemove) this.highlights.get(name)?.delete(range);
    this.toRemove.length = 0;
    // One registry check per type per flush, not per span (a first scan adds hundreds at once).
    const byType = new Map<EntityType, Highlight>();
    for (const span of this.toAdd) {
      if (span.startOffset > span.startNode.length || span.endOffset > span.endNode.length) {
        this.painted.delete(span);
        continue;
      }
      let highlight = byType.get(span.type);
      if (!highlight) byType.set(span.type, (highlight = this.highlight(span.type)!));
      span.range = staticRangeOf(span);
      highlight.add(span.range);
    }
    this.toAdd.clear();
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
    this.toAdd.clear();
    this.toRemove.length = 0;
    this.painted.clear();
    if (!this.enabled) return;
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
