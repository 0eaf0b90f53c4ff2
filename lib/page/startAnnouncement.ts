/**
 * WXT's ContentScriptContext, built right after a content script's module loads, also announces
 * each start with `window.postMessage({ type: '<extension id>:content:wxt:content-script-started', … }, '*')`
 * for scripts of older WXT versions. The page receives that: it names the extension, and the common
 * `addEventListener('message', (e) => JSON.parse(e.data))` of embeds throws on it. Same-version
 * scripts are told by the DOM event WXT dispatches as well, so that post is dropped. Only the
 * isolated world's `window.postMessage` is wrapped; the page's own is untouched. Guarded: WXT loads
 * the entry modules in Node at build time.
 */
export function keepStartAnnouncementFromPage(): void {
  if (typeof window !== 'object' || typeof window.postMessage !== 'function') return;
  const world = globalThis as unknown as Record<symbol, boolean | undefined>;
  // Both content scripts run in the top frame's isolated world: wrap once (Firefox refuses a second
  // assignment).
  if (world[WRAPPED]) return;
  world[WRAPPED] = true;
  try {
    const post = window.postMessage.bind(window) as (...args: unknown[]) => void;
    window.postMessage = ((message: unknown, ...rest: unknown[]) => {
      const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
      if (typeof type === 'string' && type.endsWith('wxt:content-script-started')) return;
      post(message, ...rest);
    }) as typeof window.postMessage;
  } catch {
    // Not replaceable here: WXT's post goes out, as it would without this.
  }
}

const WRAPPED = Symbol.for('factlight.startAnnouncementKept');
