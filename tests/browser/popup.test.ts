/**
 * The toolbar popup in real Chromium with the built extension: search as you type (exact, prefix,
 * typo-tolerant), keyboard choice opening the side panel at the passage, the page summary before
 * any query, and answers right after the browser stopped the service worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The extension API inside pages and the worker (evaluated there, not here). */
declare const chrome: any;
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';

let ext: ExtensionBrowser;
let popup: Page;
let errors: string[];

beforeAll(async () => {
  ext = await launchWithExtension();
  popup = await ext.openExtensionPage('popup.html');
  errors = collectErrors(popup);
});

afterAll(async () => {
  await ext?.close();
});

async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox');
  await box.fill(query);
  // The status line carries the query its answer belongs to: wait for this query's answer.
  await expect.poll(() => page.locator('.status').getAttribute('data-query'), { timeout: 10_000 }).toBe(query);
  return page.locator('[role="listbox"] [role="option"]');
}

/** Texts of the <mark>s of every result. */
async function markedWords(page: Page): Promise<string[]> {
  return page.locator('[role="listbox"] [role="option"] mark').allTextContents();
}

describe('popup search', () => {
  it('focuses the search box on open', async () => {
    await expect
      .poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('search');
  });

  it('finds Kursk, with title, date, language and the word marked', async () => {
    const options = await search(popup, 'Kursk');
    expect(await options.count()).toBeGreaterThan(3);
    const first = options.first();
    expect(await first.locator('.result-title').textContent()).toMatch(/Putin/);
    const meta = await first.locator('.result-meta').textContent();
    expect(meta).toMatch(/2025/);
    expect(meta).toMatch(/Norwegian/);
    const marks = await markedWords(popup);
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(word.toLowerCase()).toMatch(/^kursk/);
  });

  it('finds the Zelenskyj and Selenskyj passages for the misspelt "Selensky"', async () => {
    const options = await search(popup, 'Selensky');
    expect(await options.count()).toBeGreaterThan(2);
    const marks = new Set(await markedWords(popup));
    expect([...marks].some((w) => /^Selenskyj/.test(w))).toBe(true);
    expect([...marks].some((w) => /^Zelenskyj/.test(w))).toBe(true);
    const titles = await popup.locator('[role="option"] .result-title').allTextContents();
    expect(titles.length).toBeGreaterThan(2);
  });

  it('says so when nothing matches', async () => {
    await popup.getByRole('searchbox').fill('qqqxxyzz');
    await expect
      .poll(() => popup.locator('.status').textContent(), { timeout: 10_000 })
      .toMatch(/No passages match “qqqxxyzz”/);
    expect(await popup.locator('[role="option"]').count()).toBe(0);
  });

  it('moves with the arrow keys (aria-activedescendant) and opens the chosen passage with Enter', async () => {
    const options = await search(popup, 'Kursk');
    const box = popup.getByRole('searchbox');
    // Wait on state, not time: the first result becomes active after the answer renders (an effect),
    // and a key pressed before that would start from no active result.
    const firstId = await options.nth(0).getAttribute('id');
    const secondId = await options.nth(1).getAttribute('id');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(firstId);
    await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(secondId);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    const title = await options.nth(1).locator('.result-title').textContent();

    await box.press('Enter');
    // The panel target is broadcast to an open panel through storage.session.
    const target = await expect
      .poll(
        () =>
          popup.evaluate(
            async () => (await chrome.storage.session.get('factlight.panelTarget'))['factlight.panelTarget']?.target,
          ),
        {
          timeout: 10_000,
        },
      )
      .toMatchObject({ view: 'article' })
      .then(() =>
        popup.evaluate(
          async () => (await chrome.storage.session.get('factlight.panelTarget'))['factlight.panelTarget'].target,
        ),
      );

    // Chrome opened its side panel at that article and passage.
    const cdp = await ext.context.newCDPSession(popup);
    const panelUrl = `sidepanel.html#/article/${target.docId}/${target.passageId}`;
    await expect
      .poll(
        async () =>
          ((await cdp.send('Target.getTargets')).targetInfos as { url: string }[]).some((t) =>
            t.url.endsWith(panelUrl),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    await cdp.detach();

    // The side panel page at that target shows the article with the passage marked and in view.
    const panel = await ext.openExtensionPage(
      `sidepanel.html#/article/${encodeURIComponent(target.docId)}/${target.passageId}`,
    );
    const chosen = panel.locator('.passage.chosen');
    await chosen.waitFor({ timeout: 10_000 });
    expect(await panel.locator('.article-title').textContent()).toBe(title);
    expect(await chosen.getAttribute('id')).toBe(`passage-${target.passageId}`);
    expect((await chosen.textContent())?.toLowerCase()).toContain('kursk');
    await expect
      .poll(() =>
        chosen.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }),
      )
      .toBe(true);
    await panel.close();
  });

  it('sends an already open panel to the chosen passage', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html#/page');
    await panel.getByTestId('page-view').waitFor({ timeout: 10_000 });
    const options = await search(popup, 'Selensky');
    const docTitle = await options.first().locator('.result-title').textContent();
    await options.first().click();
    await panel.getByTestId('article-view').waitFor({ timeout: 10_000 });
    expect(panel.url()).toMatch(/#\/article\/[^/]+\/\d+$/);
    expect(await panel.locator('.article-title').textContent()).toBe(docTitle);
    expect(await panel.locator('.passage.chosen').textContent()).toMatch(/[SZ]elenskyj/);
    await panel.close();
  });

  it('still answers right after the browser stopped the service worker', async () => {
    await ext.stopWorker();
    const options = await search(popup, 'Bakhmut');
    expect(await options.count()).toBeGreaterThan(0);
    expect((await markedWords(popup)).some((w) => /^Bakhmut/.test(w))).toBe(true);
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('popup on a page', () => {
  it('shows the names on the tab and related excerpts before any query', async () => {
    const server = await serveFolder(path.resolve('tests/fixtures/pages'));
    try {
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/article.html`);
      // The content script reports the page's names; the background keeps them per tab in
      // storage.session (read from an extension page: the worker may have been stopped).
      const tabKey = () =>
        popup.evaluate(
          async () =>
            Object.keys(await chrome.storage.session.get(null)).find((k) => k.startsWith('factlight.tab.')) ?? null,
        );
      await expect.poll(tabKey, { timeout: 15_000 }).not.toBeNull();
      const tabId = Number((await tabKey())!.split('.').pop());
      const tabPopup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
      const chips = tabPopup.locator('[data-testid="page-entities"] .chip');
      await chips.first().waitFor({ timeout: 10_000 });
      const names = await chips.allTextContents();
      for (const name of ['Putin', 'Biden', 'Witkoff', 'Kursk', 'Bakhmut']) expect(names.join(' | ')).toContain(name);
      expect(names.join(' | ')).toMatch(/Zelenskyj|Selenskyj/); // the page spells him Selenskyj
      expect(await tabPopup.getByTestId('names-count').textContent()).toMatch(new RegExp(`: ${await chips.count()}$`));
      const related = tabPopup.locator('[role="option"]');
      await related.first().waitFor({ timeout: 10_000 });
      expect(await related.count()).toBeGreaterThan(2);
      expect(await tabPopup.locator('[role="option"] mark').count()).toBeGreaterThan(2);

      // The global switch: off clears the page's highlights at once, on brings them back.
      const painted = () =>
        page.evaluate(() =>
          [...(CSS as any).highlights.values()].reduce((n: number, h: { size: number }) => n + h.size, 0),
        );
      expect(await painted()).toBeGreaterThan(5);
      const globalSwitch = tabPopup.getByTestId('switch-global');
      expect(await globalSwitch.isChecked()).toBe(true);
      await globalSwitch.click();
      expect(
        await tabPopup.evaluate(async () => (await chrome.storage.local.get('factlight.enabled'))['factlight.enabled']),
      ).toBe(false);
      await expect.poll(painted, { timeout: 5_000 }).toBe(0);
      await expect.poll(() => tabPopup.getByTestId('names-count').textContent(), { timeout: 5_000 }).toMatch(/: 0$/);
      await globalSwitch.click();
      await expect.poll(painted, { timeout: 5_000 }).toBeGreaterThan(5);
      await tabPopup.close();
      await page.close();
    } finally {
      server.server.closeAllConnections(); // keep-alive connections would hold close() open
      await server.close();
    }
  });
});
