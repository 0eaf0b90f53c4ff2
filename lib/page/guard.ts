/**
 * The content script's one error wrapper. Factlight runs inside other people's pages: an exception
 * of ours must never reach the page (its error handlers, its console, its error reporting), so every
 * callback the browser calls (events, timers, frames, observers) runs through {@link guard}, and every
 * promise we do not await ends in {@link logQuietly}.
 */

/** Logs an error of ours at debug level (prefixed "Factlight:"), where only a developer looks. */
export function logQuietly(error: unknown): void {
  console.debug('Factlight:', error);
}

/** Runs `work`; an exception is logged quietly and `undefined` returned instead. */
export function guard<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    logQuietly(error);
    return undefined;
  }
}
