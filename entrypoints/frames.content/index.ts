/**
 * Factlight's content script in a page's frames below the top one, the first stage
 * (lib/page/loader.ts): in a frame with text it imports the page code (entrypoints/content-main.ts);
 * a frame with none (ads, trackers, empty embeds) only watches for text to come. It also carries the
 * default highlight colours for every frame, the top one included: a manifest stylesheet, which
 * never appears in the page's DOM (the user's colours replace it from an adopted stylesheet,
 * lib/page/highlightStyle.ts).
 */
// First: the script's start time, before the other modules are evaluated.
import { SCRIPT_START } from '@/lib/page/startTime';
import './highlights.css';
import {
  answerTabMessages,
  importContentMain,
  publishIdleFrame,
  type TabMessageHandler,
  whenFrameHasText,
} from '@/lib/page/loader';
import { logQuietly } from '@/lib/page/guard';
import { canPaint } from '@/lib/page/paintSupport';
import { keepStartAnnouncementFromPage } from '@/lib/page/startAnnouncement';

keepStartAnnouncementFromPage();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // The top frame has the page code already (entrypoints/content/index.ts).
    if (window === window.top || !canPaint()) return;
    let handleMessage: TabMessageHandler | null = null;
    const start = () => {
      // Main-thread time so far: evaluating this stage, WXT's setup and the look for text.
      const loaderMs = performance.now() - SCRIPT_START;
      // Only a frame with text has anything to answer; listening costs the others an extension call.
      answerTabMessages(ctx, () => handleMessage);
      importContentMain()
        .then((startPage) => {
          if (ctx.isInvalid) return;
          handleMessage = startPage({ ctx, scriptStart: SCRIPT_START, loaderMs }).handleMessage;
        })
        .catch(logQuietly);
    };
    if (whenFrameHasText(document, ctx.signal, start) === 'watching') publishIdleFrame(SCRIPT_START);
  },
});
