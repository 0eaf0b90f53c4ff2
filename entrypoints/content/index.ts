/**
 * Factlight's content script, the first stage (lib/page/loader.ts): in a frame with text it imports
 * the page code (entrypoints/content-main.ts, logic in `lib/page/`, see controller.ts); a frame with
 * none (ads, trackers, empty embeds) only watches for text to come. The default highlight colours
 * come in as a manifest stylesheet, which never appears in the page's DOM; the user's colours
 * replace them from an adopted stylesheet (lib/page/highlightStyle.ts).
 */
// First: the script's start time, before the other modules are evaluated.
import { SCRIPT_START } from '@/lib/page/startTime';
import './highlights.css';
import {
  importContentMain,
  publishIdleFrame,
  startFailed,
  type TabMessageHandler,
  whenFrameHasText,
} from '@/lib/page/loader';
import { canPaint } from '@/lib/page/paintSupport';

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
    // Without the CSS Custom Highlight API (Firefox before 140) names cannot be shown without
    // rewriting the page: do nothing at all here rather than open cards over unmarked words.
    if (!canPaint()) return;
    // Registered before anything waits, so no message of the background is missed; a frame whose
    // page code has not started (no text yet) leaves the answer to the others.
    let handleMessage: TabMessageHandler | null = null;
    const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
      const answer = handleMessage?.(message);
      if (!answer) return false;
      answer.then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    const start = () => {
      // Main-thread time so far: evaluating this stage, WXT's setup and the look for text.
      const loaderMs = performance.now() - SCRIPT_START;
      importContentMain()
        .then((startPage) => {
          if (ctx.isInvalid) return;
          handleMessage = startPage({ ctx, scriptStart: SCRIPT_START, loaderMs }).handleMessage;
        })
        .catch(startFailed);
    };
    if (whenFrameHasText(document, ctx.signal, start) === 'watching') publishIdleFrame(SCRIPT_START);
  },
});
