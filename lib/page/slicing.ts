/**
 * Cutting Factlight's work into short tasks so the page stays responsive. Each slice runs right
 * after a frame was rendered: chaining slices with `scheduler.yield()` alone kept the renderer
 * waiting (frames of 100 ms on a 2 MB page) because continuations outrank rendering.
 */

/** Longest stretch of work before giving the page a turn, in milliseconds. */
export const SLICE_MS = 8;

/** Longest wait for a frame before working anyway (hidden or throttled frames never render). */
const FRAME_WAIT_MS = 100;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the page run (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const visible = typeof document !== 'undefined' && document.visibilityState === 'visible';
  if (visible && typeof requestAnimationFrame === 'function') {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(fallback);
        resolve();
      };
      const fallback = setTimeout(finish, FRAME_WAIT_MS);
      // The task after the frame's rendering.
      requestAnimationFrame(() => setTimeout(finish, 0));
    });
  }
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` in a task of its own right after the page's current task (and the tasks it already
 * queued), unless `signal` aborted meanwhile. A page that inserts a node and removes it again in its
 * next task has removed it by then, so a region still changing is never scanned.
 */
export function afterPageTask(signal: AbortSignal, work: () => void): void {
  if (signal.aborted) return;
  if (typeof MessageChannel !== 'function') {
    setTimeout(() => signal.aborted || work(), 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!signal.aborted) work();
  };
  channel.port2.postMessage(null);
}
