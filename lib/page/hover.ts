/**
 * Hover intent: which name the pointer rests on, and when its card opens and closes. The pointer's
 * position is hit-tested once per animation frame; a card opens after the user's hover delay on the
 * same name, and closes a grace period after the pointer left both the name and the card (unless
 * the card was opened by keyboard or selection, which pins it).
 */
import type { CardUi } from './lazyCard';
import { liveRange } from './hitTest';
import type { Span } from './spans';
import { nextFrame, SessionTimer } from './timers';

/** Grace period to move the pointer from the name onto its card. */
const CLOSE_GRACE_MS = 300;

/** What hover needs from the session. */
export interface HoverOptions {
  signal: AbortSignal;
  card: CardUi;
  /** The span under a viewport point. */
  spanAt: (x: number, y: number) => Span | null;
  /** A connected span of the entity whose box is within a few pixels of `rect` (after a re-render). */
  spanNear: (entityId: string, rect: DOMRect) => Span | null;
  /** Opens the card for a span (not pinned). */
  openCard: (span: Span) => void;
  /** The user's hover delay, read when an intent starts (it may change at any time). */
  delayMs: () => number;
  /** True while the open card was opened by keyboard or selection: pointer moves do not close it. */
  pinned: () => boolean;
}

interface Pointer {
  x: number;
  y: number;
  overCard: boolean;
}

interface Intent {
  entityId: string;
  span: Span;
  rect: DOMRect;
}

function insideRect(point: { x: number; y: number }, rect: DOMRect): boolean {
  return point.x >= rect.left - 2 && point.x <= rect.right + 2 && point.y >= rect.top - 2 && point.y <= rect.bottom + 2;
}

export class Hover {
  private pointer: Pointer | null = null;
  private frameRequested = false;
  private intent: Intent | null = null;
  /** After a card closed (Esc, scroll, leaving), none opens again until the pointer moves. */
  private quietUntilMove = false;
  private readonly intentTimer: SessionTimer;
  private readonly closeTimer: SessionTimer;

  constructor(private readonly options: HoverOptions) {
    this.intentTimer = new SessionTimer(options.signal);
    this.closeTimer = new SessionTimer(options.signal);
  }

  /** Follows a pointer move (from the session's window listener). */
  onPointerMove(event: PointerEvent): void {
    const host = this.options.card.host;
    const last = this.pointer;
    if (last && Math.abs(last.x - event.clientX) + Math.abs(last.y - event.clientY) > 2) this.quietUntilMove = false;
    this.pointer = { x: event.clientX, y: event.clientY, overCard: host !== null && event.target === host };
    this.recheck();
  }

  /** The pointer left the window or the window lost focus. */
  onPointerGone(): void {
    this.clearIntent();
    const { card, pinned } = this.options;
    if (card.openEntity && !pinned() && !card.pointerInside) this.scheduleClose();
  }

  /** A card closed: forget the intent and stay quiet until the pointer moves. */
  onCardClosed(): void {
    this.clearIntent();
    this.quietUntilMove = true;
  }

  /** A card opened: it stays while the pointer is on its way to it. */
  onCardOpened(): void {
    this.closeTimer.cancel();
  }

  /** Hit-tests the last pointer position at the next frame (at most once per frame). */
  recheck(): void {
    if (this.frameRequested || !this.pointer) return;
    this.frameRequested = true;
    nextFrame(this.options.signal, () => {
      this.frameRequested = false;
      this.check();
    });
  }

  private check(): void {
    const pointer = this.pointer;
    if (!pointer) return;
    const { card, pinned } = this.options;
    if (pointer.overCard || card.pointerInside) {
      this.closeTimer.cancel();
      this.clearIntent();
      return;
    }
    const span = this.options.spanAt(pointer.x, pointer.y);
    const open = card.openEntity;
    if (span && open && span.entityId === open.id) {
      this.closeTimer.cancel();
      this.clearIntent();
      return;
    }
    if (span && this.quietUntilMove) return;
    if (span) {
      // Same name under the pointer (perhaps re-rendered as new nodes): the intent keeps running.
      if (this.intent?.entityId === span.entityId) this.intent.span = span;
      else this.startIntent(span);
    } else if (this.intent && !insideRect(pointer, this.intent.rect)) {
      // Only leaving the name's place cancels: a framework may have replaced its text for a moment.
      this.clearIntent();
    }
    if (!span && open && !pinned()) this.scheduleClose();
  }

  private startIntent(span: Span): void {
    this.clearIntent();
    const rect = liveRange(span)?.getBoundingClientRect();
    if (!rect) return;
    this.intent = { entityId: span.entityId, span, rect };
    // The card's code loads during the delay, the first time.
    this.options.card.prefetch();
    this.intentTimer.restart(this.options.delayMs(), () => this.fireIntent());
  }

  private fireIntent(): void {
    const intent = this.intent;
    const pointer = this.pointer;
    this.intent = null;
    if (!intent || !pointer) return;
    let span: Span | null = intent.span.startNode.isConnected ? intent.span : null;
    if (!span) {
      // Re-rendered during the delay: the same name at the same place, if it is back.
      span = this.options.spanAt(pointer.x, pointer.y);
      if (span?.entityId !== intent.entityId) span = this.options.spanNear(intent.entityId, intent.rect);
    }
    if (span) {
      this.closeTimer.cancel();
      this.options.openCard(span);
    } else if (insideRect(pointer, intent.rect)) {
      // Not rescanned yet: try again shortly while the pointer rests there.
      this.intent = intent;
      this.intentTimer.restart(Math.max(this.options.delayMs() / 2, 50), () => this.fireIntent());
    }
  }

  private clearIntent(): void {
    this.intent = null;
    this.intentTimer.cancel();
  }

  private scheduleClose(): void {
    this.closeTimer.schedule(CLOSE_GRACE_MS, () => {
      if (!this.options.card.pointerInside) this.options.card.close();
    });
  }
}
