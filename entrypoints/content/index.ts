/**
 * Factlight's content script: thin wiring. The logic is in `lib/page/` (see controller.ts).
 * The default highlight colours come in as a manifest stylesheet, which never appears in the page's
 * DOM; the user's colours replace them from an adopted stylesheet (lib/page/highlightStyle.ts).
 */
// First: the script's start time, before the other modules are evaluated.
import { SCRIPT_START } from '@/lib/page/startTime';
import './highlights.css';
import { startPageController } from '@/lib/page/controller';
import { canPaint } from '@/lib/page/painter';

/**
 * WXT's ContentScriptContext, built right after this module loads, also announces each start with
 * `window.postMessage({ type: '<extension id>:content:wxt:content-script-started', … }, '*')` for
 * scripts of older WXT versions. The page receives that: it names the extension, and the common
 * `addEventListener('message', (e) => JSON.parse(e.data))` of embeds throws on it. Same-version
 * scripts are told by the DOM event WXT dispatches as well, so that post is dropped. Only this
 * isolated world's `window.postMessage` is wrapped; the page's own is untouched. Guarded: WXT
 * loads this module in Node at build time.
 */
function keepStartAnnouncementFromPage(): void {
  if (typeof window !== 'object' || typeof window.postMessage !== 'function') return;
  const post = window.postMessage.bind(window) as (...args: unknown[]) => void;
  window.postMessage = ((message: unknown, ...rest: unknown[]) => {
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && type.endsWith('wxt:content-script-started')) return;
    post(message, ...rest);
  }) as typeof window.postMessage;
}
keepStartAnnouncementFromPage();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const mainStart = performance.now();
    // Without the CSS Custom Highlight API (Firefox before 140) names cannot be shown without
    // rewriting the page: do nothing at all here rather than open cards over unmarked words.
    if (!canPaint()) return;
    try {
      const { handleMessage } = startPageController({
        ctx,
        evaluatedMs: mainStart - SCRIPT_START,
        scriptStart: SCRIPT_START,
      });
      const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
        const answer = handleMessage(message);
        if (!answer) return false;
        answer.then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    } catch (error) {
      console.debug('Factlight: content script did not start', error);
    }
  },
});
