/**
 * Cutting Factlight's work into short tasks so the page stays responsive. Each slice runs right
 * after a frame was rendered: chaining slices with `scheduler.yield()` alone kept the renderer
 * waiting (frames of 100 ms on a 2 MB page) because continuations outrank rendering.
 */

import { guard } from './guard';

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

/** Callbacks waiting for the task after the page's current one (see {@link afterPageTask}). */
const afterTask: (() => void)[] = [];
let taskChannel: MessageChannel | null = null;

/**
 * Runs `work` in a task of its own right after the page's current task (and the tasks it already
 * queued), unless `signal` aborted meanwhile. A page that inserts a node and removes it again in its
 * next task has removed it by then, so a region still changing is never scanned. One message
 * channel serves every call (a channel per call was a cost of its own on pages that change often).
 */
export function afterPageTask(signal: AbortSignal, work: () => void): void {
  if (signal.aborted) return;
  const run = () => {
    if (!signal.aborted) guard(work);
  };
  if (typeof MessageChannel !== 'function') {
    setTimeout(run, 0);
    return;
  }
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => {
      for (const callback of afterTask.splice(0)) callback();
    };
  }
  afterTask.push(run);
  if (afterTask.length === 1) taskChannel.port2.postMessage(null);
}
