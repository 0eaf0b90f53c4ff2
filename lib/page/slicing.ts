/** Cutting Factlight's work into short tasks so the page stays responsive. */

/** Longest stretch of work before giving the page a turn, in milliseconds. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the page run (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
