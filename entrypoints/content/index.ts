/**
 * Factlight's content script in a page's top frame: thin wiring, the logic is in `lib/page/` (see
 * controller.ts). The top frame is where the reader reads, so its page code starts at once; the
 * page's other frames get the first stage (entrypoints/frames.content.ts), which imports the same
 * code only where a frame has text.
 */
// First: the script's start time, before the other modules are evaluated.
import { SCRIPT_START } from '@/lib/page/startTime';
import { startPageController } from '@/lib/page/controller';
import { answerTabMessages } from '@/lib/page/loader';
import { canPaint } from '@/lib/page/paintSupport';
import { keepStartAnnouncementFromPage } from '@/lib/page/startAnnouncement';

keepStartAnnouncementFromPage();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
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
      answerTabMessages(ctx, () => handleMessage);
    } catch (error) {
      console.debug('Factlight: content script did not start', error);
    }
  },
});
