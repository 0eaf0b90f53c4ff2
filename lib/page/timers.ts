/**
 * Timers owned by a session. Each part of the content script that waits (hover intent, the card's
 * close grace, badge reports, flashes, rescans) holds a {@link SessionTimer} made with the session's
 * `AbortSignal`: switching Factlight off or invalidating the script aborts the signal, which cancels
 * every pending timer, so no part keeps a timer id or clears one on the way out. Callbacks run
 * through {@link guard}.
 */
import { guard } from './guard';

/** One pending callback at most; restarting replaces it; the session's abort cancels it. */
export class SessionTimer {
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** Is a callback waiting? */
  get pending(): boolean {
    return this.handle !== undefined;
  }

  /** Runs `work` after `ms`, unless a callback is already waiting (throttling). */
  schedule(ms: number, work: () => void): void {
    if (this.handle === undefined) this.restart(ms, work);
  }

  /** Runs `work` after `ms`, replacing whatever was waiting (debouncing). */
  restart(ms: number, work: () => void): void {
    this.cancel();
    if (this.signal.aborted) return;
    this.handle = setTimeout(() => {
      this.handle = undefined;
      if (!this.signal.aborted) guard(work);
    }, ms);
  }

  /** Drops the waiting callback, if any. */
  cancel(): void {
    if (this.handle === undefined) return;
    clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/** Runs `work` at the next animation frame unless the session ended meanwhile. */
export function nextFrame(signal: AbortSignal, work: () => void): void {
  if (signal.aborted) return;
  requestAnimationFrame(() => {
    if (!signal.aborted) guard(work);
  });
}
