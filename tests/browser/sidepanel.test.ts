/**
 * The side panel page in real Chromium (opened as a tab at its hash routes): the entity view with
 * spellings by language, timeline and co-occurring names; links from entity to article and back;
 * "On this page" for a fixture page; the panel's search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The extension API inside pages and the worker (evaluated there, not here). */
declare const chrome: any;
import { HIGHLIGHT_NAMES } from '@/lib/page/painter';
import { EXTENSION_DIR, collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';

interface BundleEntity {
  id: string;
  name: string;
  aliases: { text: string; lang: string }[];
}

let ext: ExtensionBrowser;
let zelenskyj: BundleEntity;

beforeAll(async () => {
  const bundle = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'bundle.json'), 'utf8')) as {
    entities: BundleEntity[];
  };
  // The seeds spell him Zelenskyj (Danish) and Selenskyj (German): one entity must hold both.
  const found = bundle.entities.find(
    (e) => e.aliases.some((a) => a.text.endsWith('Selenskyj')) && e.aliases.some((a) => a.text.endsWith('Zelenskyj')),
  );
  if (!found) throw new Error('the built bundle has no entity with both Zelenskyj and Selenskyj');
  zelenskyj = found;
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
});

async function openPanel(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html${hash}`);
  return { page, errors };
}

describe('side panel', () => {
  it('entity view: name, spellings grouped by language, timeline, co-occurring names, every excerpt', async () => {
    const { page, errors } = await openPanel(`#/entity/${zelenskyj.id}`);
    const view = page.getByTestId('entity-view');
    await view.waitFor({ timeout: 10_000 });
    expect(await page.locator('.entity-name').textContent()).toBe(zelenskyj.name);
    expect(await view.textContent()).toMatch(/Person/);

    const groups = await page
      .locator('.spelling-group')
      .evaluateAll((els) =>
        els.map((el) => ({ lang: el.querySelector('dt')!.textContent, texts: el.querySelector('dd')!.textContent })),
      );
    const danish = groups.find((g) => g.lang === 'Danish');
    const german = groups.find((g) => g.lang === 'German');
    expect(danish?.texts).toContain('Zelenskyj');
    expect(german?.texts).toContain('Selenskyj');
    expect(danish?.texts).not.toContain('Selenskyj');

    // Articles of 2021-04, 2023-06 … : one bar per month, oldest first.
    expect(await page.locator('[data-testid="timeline"] rect').count()).toBeGreaterThanOrEqual(3);

    const related = await page
      .locator('[data-testid="related-names"] a')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', href: el.getAttribute('href') ?? '' })));
    const relatedText = related.map((r) => r.text).join(' | ');
    expect(relatedText).toMatch(/Kellogg/); // met him, in the German article
    expect(relatedText).toMatch(/Biden|Reznikov|Putin/); // named with him in the Danish ones
    for (const r of related) expect(r.href).toMatch(/^#\/entity\/[a-z0-9-]+$/);

    const excerpts = page.locator('[data-testid="entity-excerpts"] a');
    expect(await excerpts.count()).toBeGreaterThanOrEqual(8);
    const marks = await page.locator('[data-testid="entity-excerpts"] mark').allTextContents();
    expect(marks.some((m) => /Selenskyj/.test(m)) && marks.some((m) => /Zelenskyj/.test(m))).toBe(true);

    // An excerpt leads to its article, the passage marked; a name there leads back to an entity.
    await excerpts.first().click();
    await page.getByTestId('article-view').waitFor({ timeout: 10_000 });
    expect(await page.locator('.passage.chosen').count()).toBe(1);
    const name = page.locator('.passage.chosen a.name').first();
    expect(await name.count()).toBe(1);
    await name.click();
    await page.getByTestId('entity-view').waitFor({ timeout: 10_000 });
    await page.goBack();
    await page.getByTestId('article-view').waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a clear error, not a blank page, for an unknown entity', async () => {
    const { page } = await openPanel('#/entity/nobody-at-all');
    await page.getByTestId('panel-error').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('panel-error').textContent()).toContain('unknown entity "nobody-at-all"');
    await page.close();
  });

  it('searches inside the panel and opens the article', async () => {
    const { page, errors } = await openPanel('#/search/Kursk');
    const options = page.locator('[role="option"]');
    await options.first().waitFor({ timeout: 10_000 });
    await page.getByRole('searchbox').press('Enter');
    await page.getByTestId('article-view').waitFor({ timeout: 10_000 });
    expect(await page.locator('.passage.chosen').textContent()).toMatch(/Kursk/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"On this page" lists the entities of a fixture page with their counts', async () => {
    const server = await serveFolder(path.resolve('tests/fixtures/pages'));
    try {
      const fixture = await ext.context.newPage();
      await fixture.goto(`${server.url}/article.html`);
      // The background keeps each tab's names in storage.session; read it from an extension page.
      const probe = await ext.openExtensionPage('sidepanel.html#/search/');
      const key = async () =>
        probe.evaluate(
          async () =>
            Object.keys(await chrome.storage.session.get(null)).find((k) => k.startsWith('factlight.tab.')) ?? null,
        );
      await expect.poll(key, { timeout: 15_000 }).not.toBeNull();
      const tabId = Number((await key())!.split('.').pop());

      const { page, errors } = await openPanel(`?tabId=${tabId}#/page`);
      const rows = page.locator('[data-testid="page-entities"] .reveal');
      await rows.first().waitFor({ timeout: 10_000 });
      const text = (await rows.allTextContents()).join(' | ');
      for (const name of ['Putin', 'Biden', 'Witkoff', 'Bakhmut', 'Kursk']) expect(text).toContain(name);
      expect(text).toMatch(/Zelenskyj|Selenskyj/);
      // Putin is named twice on the fixture's text (the code block and script do not count).
      const putin = rows.filter({ hasText: 'Putin' });
      expect(await putin.locator('.count').textContent()).toBe('2');

      // Clicking a name asks the tab to scroll to its next occurrence and flash it.
      const flashed = () =>
        fixture.evaluate(
          (name) =>
            [...((CSS as any).highlights.get(name) ?? [])].map((r: StaticRange) => {
              const range = document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              return range.toString();
            }),
          HIGHLIGHT_NAMES.flash,
        );
      await putin.click();
      await expect.poll(flashed, { timeout: 5_000 }).toEqual([expect.stringMatching(/Putin$/)]);
      expect(errors).toEqual([]);
      await page.close();
      await probe.close();
      await fixture.close();
    } finally {
      server.server.closeAllConnections(); // keep-alive connections would hold close() open
      await server.close();
    }
  });
});
