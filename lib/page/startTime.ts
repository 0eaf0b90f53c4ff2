/**
 * When this content script began to run: the first module the entrypoint imports, so that its
 * timestamp is taken before the rest of the script is evaluated. The controller publishes the time
 * from here to "ready to scan" as the `factlight:start` measure (read by the benchmark).
 */
export const SCRIPT_START = typeof performance === 'object' ? performance.now() : 0;
