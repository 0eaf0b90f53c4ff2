/**
 * Reports this frame's names to the background (the tab's badge and the side panel's "On this
 * page"): mentions per entity in text the page shows. Throttled, not debounced, so a page that
 * changes all the time still gets its badge; a report equal to the last one is not sent again.
 */
import { ask } from '../protocol';
import { logQuietly } from './guard';
import type { SpanStore } from './spans';
import { SessionTimer } from './timers';

const REPORT_DELAY_MS = 300;
const HIDDEN_RECHECK_MS = 5_000;
/** Most time one report spends asking which blocks are rendered. */
const VISIBILITY_BUDGET_MS = 4;

/** Is a block rendered (no display:none or visibility:hidden on it or above)? */
export function blockShown(block: Node): boolean {
  const element = block.nodeType === 1 ? (block as Element) : block.nodeType === 11 ? (block as ShadowRoot).host : null;
  if (!element || typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true });
}

/** Tells the background this frame has no names (switched off, frame gone, nothing to show). */
export function reportNothing(): void {
  void ask({ type: 'pageEntities', counts: {} }).catch(logQuietly);
}

export class Reporter {
  private lastReport = '';
  /** Whether each block with names is rendered, as last checked. */
  private readonly shownBlocks = new WeakMap<Node, boolean>();
  private readonly hiddenBlocks = new Set<Node>();
  private readonly reportTimer: SessionTimer;
  private readonly recheckTimer: SessionTimer;

  constructor(
    signal: AbortSignal,
    private readonly store: SpanStore,
  ) {
    this.reportTimer = new SessionTimer(signal);
    this.recheckTimer = new SessionTimer(signal);
  }

  /** A report soon (the spans changed). */
  schedule(): void {
    this.reportTimer.schedule(REPORT_DELAY_MS, () => this.report(false));
  }

  /** Sends the counts now; `force` sends them even when unchanged (the background may have lost them). */
  report(force = true): void {
    const counts = this.visibleCounts();
    const key = JSON.stringify(Object.entries(counts).sort());
    if (!force && key === this.lastReport) return;
    this.lastReport = key;
    void ask({ type: 'pageEntities', counts }).catch(logQuietly);
  }

  /** The frame is going away: its names leave the tab's badge. */
  retract(): void {
    this.lastReport = '';
    reportNothing();
  }

  /**
   * Mentions per entity in text the page shows (a closed menu or a hidden tab does not count).
   * Each block is checked once (within a small time budget per report); hidden ones are checked
   * again every few seconds, as a page reveals text by classes and styles, which are not watched
   * (animations would flood the observer).
   */
  private visibleCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    const deadline = performance.now() + VISIBILITY_BUDGET_MS;
    let unchecked = false;
    for (const [block, spans] of this.store.blocks()) {
      let isShown = this.shownBlocks.get(block);
      if (isShown === undefined) {
        if (performance.now() < deadline) {
          isShown = blockShown(block);
          this.shownBlocks.set(block, isShown);
          if (!isShown) this.hiddenBlocks.add(block);
        } else {
          // Out of time for this report: counted as shown, checked in the next one.
          isShown = true;
          unchecked = true;
        }
      }
      if (!isShown) continue;
      for (const span of spans) counts[span.entityId] = (counts[span.entityId] ?? 0) + 1;
    }
    if (unchecked || this.hiddenBlocks.size > 0) {
      this.recheckTimer.restart(unchecked ? REPORT_DELAY_MS : HIDDEN_RECHECK_MS, () => {
        // Hidden blocks may have been revealed (by a class or a style): ask again.
        for (const block of this.hiddenBlocks) this.shownBlocks.delete(block);
        this.hiddenBlocks.clear();
        this.report(false);
      });
    } else {
      this.recheckTimer.cancel();
    }
    return counts;
  }
}
