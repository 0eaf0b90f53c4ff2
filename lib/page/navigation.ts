/**
 * Moving through the page's highlights: the keyboard command "next highlight" (focus it and open
 * its card) and the side panel's "On this page" (scroll to the next occurrence of an entity and
 * flash it).
 */
import type { Painter } from './painter';
import { blockShown } from './reporting';
import { compareSpans, type Span, type SpanStore } from './spans';
import { nextFrame, SessionTimer } from './timers';

const FLASH_MS = 1_500;

export interface NavigatorOptions {
  signal: AbortSignal;
  store: SpanStore;
  painter: Painter;
  /** Opens the card for a span, pinned and focused. */
  openPinnedCard: (span: Span) => void;
  closeCard: () => void;
}

/**
 * The first span in document order after `previous` (or the first of all, wrapping around), in
 * one linear pass: sorting every span of a big page on each key press would be a long task.
 */
export function nextSpan(
  spans: Iterable<Span>,
  previous: Span | null,
  filter?: (span: Span) => boolean,
): Span | undefined {
  let after: Span | undefined;
  let first: Span | undefined;
  const from = previous?.startNode.isConnected ? previous : null;
  const shown = new Map<Node, boolean>();
  for (const span of spans) {
    if (!span.startNode.isConnected || (filter && !filter(span))) continue;
    let isShown = shown.get(span.block);
    if (isShown === undefined) {
      isShown = blockShown(span.block);
      shown.set(span.block, isShown);
    }
    if (!isShown) continue;
    if (!first || compareSpans(span, first) < 0) first = span;
    if (from && compareSpans(from, span) < 0 && (!after || compareSpans(span, after) < 0)) after = span;
  }
  return after ?? first;
}

function scrollTo(span: Span): void {
  span.startNode.parentElement?.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: 'instant' as ScrollBehavior,
  });
}

export class Navigator {
  private focused: Span | null = null;
  private revealed: Span | null = null;
  private readonly flashTimer: SessionTimer;

  constructor(private readonly options: NavigatorOptions) {
    this.flashTimer = new SessionTimer(options.signal);
  }

  /** Keyboard command: focus the next highlight and open its card. False when there is none. */
  nextHighlight(): boolean {
    const { store, painter, signal } = this.options;
    const span = nextSpan(store.all(), this.focused);
    if (!span) return false;
    this.focused = span;
    this.options.closeCard();
    scrollTo(span);
    painter.mark('focus', span);
    // Let the scroll settle before placing the card.
    nextFrame(signal, () => this.options.openPinnedCard(span));
    return true;
  }

  /** Scrolls to the next occurrence of an entity and flashes it. False when it is not on the page. */
  reveal(entityId: string): boolean {
    const { store, painter } = this.options;
    const previous = this.revealed?.entityId === entityId ? this.revealed : null;
    const span = nextSpan(store.all(), previous, (s) => s.entityId === entityId);
    if (!span) return false;
    this.revealed = span;
    scrollTo(span);
    painter.mark('flash', span);
    this.flashTimer.restart(FLASH_MS, () => painter.mark('flash', null));
    return true;
  }
}
