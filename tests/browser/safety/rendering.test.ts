/**
 * Corpus text and page text are always rendered as text. A bundle built from seed articles full of
 * markup (`<img onerror>`, `<script>`, `<svg onload>`, `javascript:` links; tests/fixtures/safety/
 * seeds-hostile) is put into a copy of the build; the popup, the side panel and the hover card must
 * show that markup literally, create none of its elements and run none of its script. The same for
 * markup-like text on a page. Run `npm run build` first.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../lib/node/buildBundle';
import { EXTENSION_DIR, launchWithExtension, serveFolder, type ExtensionBrowser } from '../harness';
import { evaluateInCard, waitForCard, wordCentre } from '../pageHelpers';
import { SAFETY_FIXTURES, collectConsole, waitForFactlight, watchRequests } from './support';

const SEEDS = path.join(SAFETY_FIXTURES, 'seeds-hostile');
/** Elements and attributes the hostile text would create if it were parsed as HTML. */
const INJECTED = 'img[src="x"], [onerror], [onload], svg[onload], a[href^="javascript:"], script:not([src])';

let work: string;
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let requests: ReturnType<typeof watchRequests>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'factlight-hostile-seeds-'));
  const copy = path.join(work, 'extension');
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  // What the build's hook does with the seeds folder, here with the hostile one.
  writeFileSync(
    path.join(copy, 'bundle.json'),
    JSON.stringify(buildBundle({ seedsDir: SEEDS, builtAt: '2026-01-01T00:00:00.000Z' })),
  );
  server = await serveFolder(path.join(SAFETY_FIXTURES, 'hostile'));
  ext = await launchWithExtension({ extensionDir: copy });
  requests = watchRequests(ext.context);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Nothing of the hostile markup became DOM or ran, in an extension page. */
async function expectInert(page: Page): Promise<void> {
  await page.waitForTimeout(300); // an injected <img src=x> would have failed and fired onerror by now
  const found = await page.evaluate((selector) => {
    const hits = [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120));
    const scripts = [...document.scripts].filter((s) => s.textContent?.includes('__factlightPwned')).length;
    return { hits, scripts, pwned: (window as unknown as { __factlightPwned?: string }).__factlightPwned ?? null };
  }, INJECTED);
  expect(found).toEqual({ hits: [], scripts: 0, pwned: null });
}

describe('hostile corpus text', () => {
  it('the popup shows search results with the markup as literal text', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    const lines = collectConsole(popup);
    try {
      await popup.getByRole('searchbox').fill('Putin');
      await expect
        .poll(() => popup.evaluate(() => document.body.innerText), { timeout: 10_000 })
        .toContain(`onerror="window.__factlightPwned='`);
      const text = await popup.evaluate(() => document.body.innerText);
      expect(text).toMatch(/<img src=x onerror="window\.__factlightPwned='(title|passage)'">/);
      await expectInert(popup);

      // A query that is itself markup is echoed as text too.
      await popup.getByRole('searchbox').fill(`<img src=x onerror="window.__factlightPwned='query'">`);
      await popup.waitForTimeout(600);
      await expectInert(popup);
      expect(lines.filter((l) => l.type === 'error' || l.type === 'pageerror')).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('the side panel shows the article, the entity page and a markup query literally', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html#/article/900_hostile');
    try {
      await expect
        .poll(() => panel.evaluate(() => document.body.innerText), { timeout: 10_000 })
        .toContain(`<script>window.__factlightPwned='script'</script>`);
      const article = await panel.evaluate(() => document.body.innerText);
      expect(article).toContain(`<img src=x onerror="window.__factlightPwned='title'">`);
      expect(article).toContain(`<svg onload="window.__factlightPwned='svg'"></svg>`);
      expect(article).toContain(`<a href="javascript:window.__factlightPwned='anchor'">Kyiv</a>`);
      await expectInert(panel);

      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#/entity/vladimir-putin`);
      await expect
        .poll(() => panel.evaluate(() => document.body.innerText), { timeout: 10_000 })
        .toContain(`onerror="window.__factlightPwned='`);
      await expectInert(panel);

      const query = `<img src=x onerror="window.__factlightPwned='panelquery'"> Putin`;
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#/search/${encodeURIComponent(query)}`);
      await expect
        .poll(() => panel.evaluate(() => document.body.innerText), { timeout: 10_000 })
        .toContain(`onerror="window.__factlightPwned='`);
      await expectInert(panel);
    } finally {
      await panel.close();
    }
  });
});

/** Inside the card's closed shadow root: its text and any injected element. */
function cardContents(cdp: CDPSession): Promise<{ text: string; injected: string[] } | null> {
  return evaluateInCard(
    cdp,
    `function (selector) {
      return { text: this.host ? (this.querySelector('[role="dialog"]')?.innerText ?? '') : '',
               injected: [...this.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)) };
    }`,
    INJECTED,
  );
}

describe('hostile text in the hover card', () => {
  it('shows corpus excerpts and page text as literal text; nothing runs in the page', async () => {
    const page = await ext.context.newPage();
    const lines = collectConsole(page);
    const cdp = await ext.context.newCDPSession(page);
    try {
      await page.goto(`${server.url}/render.html`);
      await waitForFactlight(page);
      const at = await wordCentre(page.mainFrame(), 'Vladimir Putin');
      await page.mouse.move(at!.x, at!.y, { steps: 3 });
      const card = await waitForCard(cdp, (c) => c.text.includes('__factlightPwned'), 8_000);
      expect(card?.label).toMatch(/Vladimir Putin/);
      const inside = await cardContents(cdp);
      expect(inside?.text).toMatch(/<img src=x onerror="window\.__factlightPwned='(title|passage)'">/);
      expect(inside?.injected).toEqual([]);
      await page.waitForTimeout(300);
      expect(
        await page.evaluate(() => (window as unknown as { __factlightPwned?: string }).__factlightPwned ?? null),
      ).toBeNull();
      // The page's own markup-like text is still text, and its DOM has no element it did not have.
      expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, INJECTED)).toBe(0);
      expect(lines.filter((l) => l.type === 'error' || l.type === 'pageerror')).toEqual([]);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });
});

describe('no network', () => {
  it('the extension made no request in this file', () => {
    expect(requests.extension).toEqual([]);
  });
});
