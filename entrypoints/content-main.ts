/**
 * The content script's page code (lib/page/controller.ts and what it uses), imported by the first
 * stage (entrypoints/content/index.ts, lib/page/loader.ts) once the frame has text, rather than
 * evaluated in every frame. Runs in the content script's isolated world and leaves its start
 * function there under CONTENT_MAIN_KEY.
 */
// First: when this script began to be evaluated.
import { SCRIPT_START as EVALUATION_START } from '@/lib/page/startTime';
import { startPageController } from '@/lib/page/controller';
import { CONTENT_MAIN_KEY, type ContentMain } from '@/lib/page/loader';

export default defineUnlistedScript(() => {
  const evaluatedMs = performance.now() - EVALUATION_START;
  const start: ContentMain = ({ ctx, scriptStart, loaderMs }) =>
    startPageController({ ctx, scriptStart, evaluatedMs: loaderMs + evaluatedMs });
  (globalThis as unknown as Record<symbol, ContentMain>)[CONTENT_MAIN_KEY] = start;
});
