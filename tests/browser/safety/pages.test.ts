/**
 * Page safety in real Chromium: every fixture page of tests/fixtures/safety is opened in a browser
 * with Factlight and in one without it; the page must not be able to tell the difference beyond
 * the highlights. Same console (Factlight may only add debug lines), no page exception, same text
 * and DOM serialisation in every frame (open shadow trees included), same scroll size and position
 * of a marked paragraph, form fields and editors type the same and are never marked. Over the
 * whole suite the extension makes no network request (service worker, extension pages, and no
 * page request the plain browser did not make too). Run `npm run build` first.
 */
import { readdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFolder, type ExtensionBrowser } from '../harness';
import {
  SAFETY_FIXTURES,
  collectConsole,
  frameStates,
  layoutOf,
  quiet,
  registryRanges,
  waitForFactlight,
  waitForFixture,
  watchRequests,
  type ConsoleLine,
} from './support';

interface Fixture {
  file: string;
  /** A page from FACTLIGHT_SAFETY_PAGES: served from there, need not contain names or a #probe. */
  external?: boolean;
  /** Query string (the cross-origin page learns the second server's address from it). */
  query?: () => string;
  /** Fields and editors to type into: selectors in the top frame. */
  editables?: string[];
  /** Frames (besides the top one) that must carry marks. */
  markedFrames?: number;
}

let ext: ExtensionBrowser;
let plain: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let other: Awaited<ReturnType<typeof serveFolder>>;
let extRequests: ReturnType<typeof watchRequests>;
let plainRequests: ReturnType<typeof watchRequests>;
let targets: CDPSession;
const extensionTargets = new Map<string, string>();

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
  { file: 'forms', editables: ['#t1', '#t2', '#ta'] },
  { file: 'editors', editables: ['#ed1', '#ed2', '#ed4', '#ta2'] },
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
  { file: 'late-editable', editables: ['#later'] },
  { file: 'spa' },
  { file: 'page-console' },
  { file: 'message-listener' },
];

/**
 * More pages to check the same way, e.g. saved real-world pages: FACTLIGHT_SAFETY_PAGES=<folder of
 * .html files>. Their fields and editors are found and typed into; marks are not required.
 */
const EXTERNAL_DIR = process.env.FACTLIGHT_SAFETY_PAGES;
const EXTERNAL: Fixture[] = EXTERNAL_DIR
  ? readdirSync(EXTERNAL_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ file: f.replace(/\.html$/, ''), external: true }))
  : [];
let external: Awaited<ReturnType<typeof serveFolder>> | undefined;

beforeAll(async () => {
  [server, other] = await Promise.all([serveFolder(SAFETY_FIXTURES), serveFolder(SAFETY_FIXTURES)]);
  if (EXTERNAL_DIR) external = await serveFolder(EXTERNAL_DIR);
  [ext, plain] = await Promise.all([launchWithExtension(), launchWithExtension({ withExtension: false })]);
  extRequests = watchRequests(ext.context);
  plainRequests = watchRequests(plain.context);
  // Every target the extension creates (worker, pages, offscreen documents), seen by the browser.
  targets = await ext.context.browser()!.newBrowserCDPSession();
  targets.on(
    'Target.targetCreated',
    ({ targetInfo }: { targetInfo: { url: string; type: string; targetId: string } }) => {
      if (targetInfo.url.startsWith('chrome-extension://'))
        extensionTargets.set(targetInfo.targetId, `${targetInfo.type} ${targetInfo.url}`);
    },
  );
  await targets.send('Target.setDiscoverTargets', { discover: true });
});

afterAll(async () => {
  await targets?.detach().catch(() => undefined);
  await ext?.close();
  await plain?.close();
  await server?.close();
  await other?.close();
  await external?.close();
});

interface Opened {
  page: Page;
  console: ConsoleLine[];
}

async function openIn(browser: ExtensionBrowser, fixture: Fixture): Promise<Opened> {
  const page = await browser.context.newPage();
  const console = collectConsole(page);
  const base = fixture.external ? external!.url : server.url;
  await page.goto(`${base}/${fixture.file}.html${fixture.query?.() ?? ''}`, { waitUntil: 'load' });
  return { page, console };
}

/** Types a sentence with names at the end of a field or editor; returns its value afterwards. */
async function typeInto(page: Page, selector: string): Promise<string> {
  const field = page.locator(selector);
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Vladimir Putin i Kyiv', { delay: 5 });
  return field.evaluate((el) =>
    'value' in el ? String((el as HTMLInputElement).value) : (el as HTMLElement).innerText,
  );
}

/** Up to three visible text fields or editors of a page, as Playwright selectors (same DOM in both browsers). */
async function editablesOf(page: Page): Promise<string[]> {
  const selector =
    'input:not([type]), input[type=text], input[type=search], textarea, [contenteditable]:not([contenteditable=false])';
  const usable = await page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)].map((el, index) => ({
      index,
      ok: el.getClientRects().length > 0 && !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly,
    }));
  }, selector);
  return usable
    .filter((f) => f.ok)
    .slice(0, 3)
    .map((f) => `${selector} >> nth=${f.index}`);
}

/** Console lines that count: Factlight may add console.debug lines and nothing else. */
const visible = (lines: ConsoleLine[]) => lines.filter((l) => l.type !== 'debug');

describe('fixture pages with and without Factlight', () => {
  it('has at least 25 varied fixture pages', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
  });

  for (const fixture of [...FIXTURES, ...EXTERNAL]) {
    it(`${fixture.file}: same text, DOM, layout and console; fields type and stay unmarked`, async () => {
      const [withExt, without] = await Promise.all([openIn(ext, fixture), openIn(plain, fixture)]);
      try {
        await Promise.all([waitForFixture(withExt.page), waitForFixture(without.page)]);
        await waitForFactlight(withExt.page);

        // Factlight is really at work here: the probe paragraph is marked (the test is not vacuous).
        const top = await registryRanges(withExt.page.mainFrame());
        if (!fixture.external) expect(top.filter((r) => r.inProbe).length, 'marks in #probe').toBeGreaterThan(0);
        expect(top.filter((r) => r.inEditable)).toEqual([]);
        if (fixture.markedFrames) {
          const frames = withExt.page.frames().slice(1);
          const marked = [];
          for (const frame of frames) {
            const ranges = await registryRanges(frame).catch(() => []);
            expect(ranges.filter((r) => r.inEditable)).toEqual([]);
            if (ranges.length > 0) marked.push(frame.url());
          }
          expect(marked.length, `frames with marks: ${marked.join(', ')}`).toBeGreaterThanOrEqual(fixture.markedFrames);
        }

        // Without a hover Factlight adds no element at all (its card host comes only with a card).
        for (const frame of withExt.page.frames()) {
          expect(await frame.evaluate(() => document.querySelectorAll('factlight-card').length).catch(() => 0)).toBe(0);
        }
        const [statesWith, statesWithout] = await Promise.all([frameStates(withExt.page), frameStates(without.page)]);
        expect(statesWith.length).toBe(statesWithout.length);
        statesWith.forEach((state, i) => {
          expect(state.url).toBe(statesWithout[i]!.url);
          expect(state.text, `text of ${state.url}`).toBe(statesWithout[i]!.text);
          expect(state.html === statesWithout[i]!.html, `DOM of ${state.url}`).toBe(true);
        });
        expect(await layoutOf(withExt.page.mainFrame())).toEqual(await layoutOf(without.page.mainFrame()));
        if (fixture.file === 'observer') {
          const logs = (p: Page) =>
            p.evaluate(() => ({ mutations: (window as any).mutationLog, events: (window as any).eventLog }));
          expect(await logs(withExt.page)).toEqual(await logs(without.page));
        }

        const editables = fixture.external ? await editablesOf(withExt.page) : (fixture.editables ?? []);
        for (const selector of editables) {
          const [typedWith, typedWithout] = await Promise.all([
            typeInto(withExt.page, selector),
            typeInto(without.page, selector),
          ]);
          expect(typedWith).toContain('Vladimir Putin i Kyiv');
          expect(typedWith).toBe(typedWithout);
        }
        if (editables.length > 0) {
          // Typing is a DOM change: wait until Factlight's rescans settle before reading the registry.
          await quiet(withExt.page);
          for (const frame of withExt.page.frames()) {
            const ranges = await registryRanges(frame).catch(() => []);
            expect(
              ranges.filter((r) => r.inEditable),
              `marks in editables of ${frame.url()}`,
            ).toEqual([]);
          }
          const [after, afterWithout] = await Promise.all([frameStates(withExt.page), frameStates(without.page)]);
          expect(
            after.map((s) => s.html).join('\n') === afterWithout.map((s) => s.html).join('\n'),
            'DOM after typing',
          ).toBe(true);
        }

        expect(visible(withExt.console)).toEqual(visible(without.console));
        expect(withExt.console.filter((l) => l.type === 'pageerror' || l.type === 'error')).toEqual([]);
      } finally {
        await Promise.all([withExt.page.close(), without.page.close()]);
      }
    });
  }
});

describe('no network', () => {
  it('the extension made no request over the whole suite, and pages made none the plain browser did not', async () => {
    expect(extRequests.extension).toEqual([]);
    const plainSet = new Set(plainRequests.pages);
    expect(extRequests.pages.filter((url) => !plainSet.has(url))).toEqual([]);
    // The service worker's own record of what it fetched: only its package (the bundle).
    const worker = await ext.worker();
    const fetched = await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    // No other extension context (offscreen document, hidden page) was created behind the pages.
    expect([...extensionTargets.values()].filter((t) => !t.startsWith('service_worker '))).toEqual([]);
  });

  it('the watch does see a request the worker makes (so the check above can fail)', async () => {
    const before = extRequests.extension.length;
    const worker = await ext.worker();
    await worker.evaluate(
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      `${server.url}/lists.html`,
    );
    await expect.poll(() => extRequests.extension.length - before).toBeGreaterThan(0);
    expect(extRequests.extension.slice(before)).toEqual([expect.stringContaining('/lists.html')]);
  });
});
