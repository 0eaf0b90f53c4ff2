/**
 * The page-safety fixtures (tests/fixtures/safety, the Chromium suite's pages) in Firefox ESR:
 * each page is opened in a Firefox with Factlight and in one without; Factlight must be at work
 * (the probe paragraph is marked, never a form field) and the page must not tell the difference:
 * same text and DOM in every frame (open shadow trees included), no page exception or console error.
 * Run `npm run build:firefox` first.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { serveFolder } from '../harness';
import { collectFirefoxErrors, launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';

const SAFETY_FIXTURES = path.resolve('tests/fixtures/safety');

interface Fixture {
  file: string;
  /** Query string (the cross-origin page learns the second server's address from it). */
  query?: () => string;
  /** Frames besides the top one that must carry marks. */
  markedFrames?: number;
}

const FIXTURES: Fixture[] = [
  { file: 'long-article-da' },
  { file: 'article-nb' },
  { file: 'article-de' },
  { file: 'table' },
  { file: 'lists' },
  { file: 'rtl-arabic' },
  { file: 'rtl-hebrew' },
  { file: 'cjk' },
  { file: 'framework-rerender' },
  { file: 'framework-patch' },
  { file: 'forms' },
  { file: 'editors' },
  { file: 'shadow-open' },
  { file: 'shadow-closed' },
  { file: 'iframe-same', markedFrames: 2 },
  { file: 'iframe-cross', query: () => `?other=${encodeURIComponent(other.url)}`, markedFrames: 1 },
  { file: 'textnodes-100k' },
  { file: 'inline-heavy' },
  { file: 'sticky-fixed' },
  { file: 'css-heavy' },
  { file: 'svg-math' },
  { file: 'hidden' },
  { file: 'observer' },
  { file: 'quirks' },
  { file: 'giant-paragraph' },
  { file: 'unicode-edges' },
  { file: 'late-editable' },
  { file: 'spa' },
  { file: 'page-console' },
];

let withExtension: FirefoxWithExtension;
let plain: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof serveFolder>>;
let other: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  [server, other] = await Promise.all([serveFolder(SAFETY_FIXTURES), serveFolder(SAFETY_FIXTURES)]);
  withExtension = await launchFirefoxWithExtension();
  plain = await launchFirefoxWithExtension({ withExtension: false });
}, 180_000);

afterAll(async () => {
  await withExtension?.close();
  await plain?.close();
  await server?.close();
  await other?.close();
});

async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The page's own script finished (`window.fixtureDone`, when it sets one). */
function fixtureDone(page: Page): Promise<boolean> {
  return poll(
    () => page.evaluate(() => (window as unknown as { fixtureDone?: boolean }).fixtureDone !== false),
    10_000,
  );
}

/** Factlight's first pass in every frame that runs it, then no rescan for 400 ms (at most 5 s). */
async function factlightSettled(page: Page): Promise<void> {
  await Promise.all(
    page
      .frames()
      .map((frame) =>
        poll(() => frame.evaluate(() => performance.getEntriesByName('factlight:pass').length > 0), 8_000),
      ),
  );
  const until = Date.now() + 5_000;
  let last = -1;
  while (Date.now() < until) {
    const count = await page
      .evaluate(
        () =>
          performance.getEntriesByName('factlight:rescan').length +
          performance.getEntriesByName('factlight:pass').length,
      )
      .catch(() => 0);
    if (count === last) return;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

interface Marks {
  probe: number;
  editable: number;
  total: number;
}

function marksIn(frame: Frame): Promise<Marks> {
  return frame.evaluate(() => {
    const marks = { probe: 0, editable: 0, total: 0 };
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return marks;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as Highlight) {
        const node = range.startContainer;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        marks.total++;
        if (element?.closest('#probe')) marks.probe++;
        if (
          element?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])') ||
          (element as HTMLElement | null)?.isContentEditable
        ) {
          marks.editable++;
        }
      }
    }
    return marks;
  });
}

/** Text and DOM of every frame as the page sees it (open shadow trees included, the card host left out). */
async function frameStates(page: Page): Promise<{ url: string; text: string; html: string }[]> {
  const states = [];
  for (const frame of page.frames()) {
    states.push(
      await frame
        .evaluate(() => {
          const clone = document.documentElement.cloneNode(true) as HTMLElement;
          for (const host of clone.querySelectorAll('factlight-card')) host.remove();
          const shadows: string[] = [];
          const roots: (Document | ShadowRoot)[] = [document];
          while (roots.length > 0) {
            const root = roots.shift()!;
            for (const el of root.querySelectorAll('*')) {
              if (el.shadowRoot && el.localName !== 'factlight-card') {
                shadows.push(`${el.localName}#${el.id}: ${el.shadowRoot.innerHTML}`);
                roots.push(el.shadowRoot);
              }
            }
          }
          return {
            url: location.href,
            text: document.body ? document.body.innerText : '',
            html: `${clone.outerHTML}\n${shadows.join('\n')}`,
          };
        })
        .catch((error: Error) => ({ url: frame.url(), text: `unreadable: ${error.message}`, html: '' })),
    );
  }
  return states;
}

async function open(browser: FirefoxWithExtension, fixture: Fixture): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const errors = collectFirefoxErrors(page);
  await page.goto(`${server.url}/${fixture.file}.html${fixture.query?.() ?? ''}`, { waitUntil: 'load' });
  return { page, errors };
}

describe('Firefox: fixture pages with and without Factlight', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.file}: marked, same text and DOM, no error`, async () => {
      const [ext, ref] = await Promise.all([open(withExtension, fixture), open(plain, fixture)]);
      try {
        await Promise.all([fixtureDone(ext.page), fixtureDone(ref.page)]);
        await factlightSettled(ext.page);

        const top = await marksIn(ext.page.mainFrame());
        expect(top.probe, 'marks in #probe').toBeGreaterThan(0);
        expect(top.editable, 'marks in form fields or editors').toBe(0);
        if (fixture.markedFrames) {
          let marked = 0;
          for (const frame of ext.page.frames().slice(1)) {
            const marks = await marksIn(frame).catch(() => ({ probe: 0, editable: 0, total: 0 }));
            expect(marks.editable).toBe(0);
            if (marks.total > 0) marked++;
          }
          expect(marked, 'frames with marks').toBeGreaterThanOrEqual(fixture.markedFrames);
        }

        const [statesWith, statesWithout] = await Promise.all([frameStates(ext.page), frameStates(ref.page)]);
        expect(statesWith.map((s) => s.url)).toEqual(statesWithout.map((s) => s.url));
        statesWith.forEach((state, i) => {
          expect(state.text, `text of ${state.url}`).toBe(statesWithout[i]!.text);
          expect(state.html === statesWithout[i]!.html, `DOM of ${state.url}`).toBe(true);
        });
        // The page's own errors (page-console.html logs some on purpose) are the same in both.
        expect(ext.errors).toEqual(ref.errors);
      } finally {
        await Promise.all([ext.page.close(), ref.page.close()]);
      }
    });
  }
});
