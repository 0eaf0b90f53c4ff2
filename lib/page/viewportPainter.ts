/**
 * Paints only the spans of blocks near the viewport. Chromium re-validates every range of the
 * highlight registry when it changes, so 15,000 registered ranges made frames of 100–300 ms on a
 * 2 MB page; a few hundred near the viewport cost nothing. An IntersectionObserver (no scroll
 * listener) tells which blocks are within a screen of the viewport; their spans are painted, the
 * others kept in the store unpainted (still counted for the badge).
 */
import { guard } from './guard';
import type { Painter } from './painter';
import { afterPageTask, SLICE_MS } from './slicing';
import type { Span } from './spans';

/** How the scanner paints: add and remove spans, and re-register after the page cleared ours. */
export interface SpanPainter {
  add(spans: Iterable<Span>): void;
  remove(spans: Iterable<Span>): void;
  ensureRegistered(): void;
  /** Applies queued changes to the highlight registry now instead of at the next frame. */
  flush(): void;
  /** Holds queued changes back while new spans are on their way, and lets them go. */
  hold(): void;
  release(): void;
}

/**
 * Spans of a block not yet measured are painted at once while fewer than this many are painted
 * (new text on a dynamic page shows without waiting a frame); the observer unpaints far ones.
 */
const OPTIMISTIC_BUDGET = 600;

/**
 * Up to this many spans are painted without watching their blocks at all: an ordinary article has
 * about a hundred names, and an IntersectionObserver entry per block was most of its first pass.
 * Only a page with more names pays for watching (the registry stays small either way).
 */
const UNWATCHED_BUDGET = 200;

export class ViewportPainter implements SpanPainter {
  /**
   * Made when the first block is to be watched (past {@link UNWATCHED_BUDGET} spans): most frames
   * never need one, and making it was a cost of every frame's start.
   */
  private observer: IntersectionObserver | null = null;
  private readonly canObserve = typeof IntersectionObserver === 'function';
  /** Blocks being watched and whether each is near the viewport now ('unknown' until measured). */
  private readonly near = new Map<Element, boolean | 'unknown'>();
  /** Spans per watched block (the painter's own view; the scanner's store owns the truth). */
  private readonly spansByBlock = new Map<Element, Set<Span>>();
  /** Spans painted without a watch on their block (see {@link UNWATCHED_BUDGET}). */
  private readonly unwatched = new Set<Span>();
  /** Blocks the observer reported and whether each is near now, not handled yet. */
  private readonly changedBlocks = new Map<Element, boolean>();
  /** Ends the slices still to come when the painter is disconnected. */
  private readonly abort = new AbortController();

  constructor(private readonly painter: Painter) {}

  private watch(element: Element): void {
    this.observer ??= new IntersectionObserver((entries) => guard(() => this.onIntersect(entries)), {
      rootMargin: '100% 0px 100% 0px',
    });
    this.observer.observe(element);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (this.near.has(entry.target)) this.changedBlocks.set(entry.target, entry.isIntersecting);
    }
    this.applyNearness();
  }

  /**
   * Paints and unpaints the blocks the observer reported, for at most a slice: the first report on
   * a long page names thousands of blocks, and handling them in one go was a long task.
   */
  private applyNearness(): void {
    const deadline = performance.now() + SLICE_MS;
    for (const [block, near] of this.changedBlocks) {
      this.changedBlocks.delete(block);
      if (!this.near.has(block)) continue;
      this.near.set(block, near);
      const spans = this.spansByBlock.get(block);
      if (spans) {
        if (near) this.painter.add([...spans].filter((s) => !s.range));
        else this.painter.remove(spans);
      }
      if (this.changedBlocks.size > 0 && performance.now() >= deadline) {
        afterPageTask(this.abort.signal, () => this.applyNearness());
        return;
      }
    }
  }

  add(spans: Iterable<Span>): void {
    const now: Span[] = [];
    // Spans come a run at a time, so consecutive spans share their block: looked up once.
    let block: Node | null = null;
    let set: Set<Span> | undefined;
    let near: boolean | 'unknown' | undefined;
    for (const span of spans) {
      // Text directly in a document or shadow root: no element to watch, paint it.
      if (span.block.nodeType !== 1 || !this.canObserve) {
        now.push(span);
        continue;
      }
      const element = span.block as Element;
      if (element !== block) {
        block = element;
        set = this.spansByBlock.get(element);
        near = this.near.get(element);
      }
      if (!set && this.unwatched.size < UNWATCHED_BUDGET) {
        this.unwatched.add(span);
        now.push(span);
        continue;
      }
      if (!set) {
        this.spansByBlock.set(element, (set = new Set()));
        if (near === undefined) {
          this.near.set(element, (near = 'unknown'));
          this.watch(element);
        }
      }
      set.add(span);
      if (near === true || (near === 'unknown' && this.painter.size + now.length < OPTIMISTIC_BUDGET)) now.push(span);
    }
    if (now.length > 0) this.painter.add(now);
  }

  remove(spans: Iterable<Span>): void {
    const list = [...spans];
    this.painter.remove(list);
    for (const span of list) {
      if (this.unwatched.delete(span) || span.block.nodeType !== 1) continue;
      const element = span.block as Element;
      const set = this.spansByBlock.get(element);
      if (!set) continue;
      set.delete(span);
      if (set.size === 0) {
        this.spansByBlock.delete(element);
        this.near.delete(element);
        this.observer?.unobserve(element);
      }
    }
  }

  ensureRegistered(): void {
    this.painter.ensureRegistered();
  }

  flush(): void {
    this.painter.flush();
  }

  hold(): void {
    this.painter.hold();
  }

  release(): void {
    this.painter.release();
  }

  /** Stops watching; the caller clears the painter. */
  disconnect(): void {
    this.abort.abort();
    this.changedBlocks.clear();
    this.observer?.disconnect();
    this.near.clear();
    this.spansByBlock.clear();
    this.unwatched.clear();
  }
}
