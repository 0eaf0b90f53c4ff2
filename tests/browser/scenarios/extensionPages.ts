/**
 * The extension's own pages, browser-neutral: the popup's search as you type, and the side panel's
 * (Firefox: sidebar's) entity and article views, each opened as a tab at its address.
 */
import { expect } from 'vitest';
import { entityBySpelling, shippedBundle } from './bundle';
import { waitFor, type ScenarioDriver, type ScenarioPage } from './driver';
import { paintedRanges, tabIdOf } from './page';

interface PopupResults {
  /** The query the status line says it answers (set once the answer arrived). */
  answered: string | null;
  count: number;
  titles: string[];
  meta: string[];
  marks: string[];
}

/** Typing "Kursk" in the popup lists passages with the word marked, the Norwegian Putin article first. */
export async function expectPopupSearch(driver: ScenarioDriver): Promise<void> {
  const popup = await driver.openExtensionPage('popup.html');
  try {
    await waitFor(
      () => popup.evaluate(() => !!document.querySelector('[role="searchbox"]'), null),
      (found) => found,
    );
    await popup.type('[role="searchbox"]', 'Kursk');
    const results = await waitFor(
      () =>
        popup.evaluate((): PopupResults => {
          const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
          return {
            answered: document.querySelector('.status')?.getAttribute('data-query') ?? null,
            count: options.length,
            titles: options.map((o) => o.querySelector('.result-title')?.textContent ?? ''),
            meta: options.map((o) => o.querySelector('.result-meta')?.textContent ?? ''),
            marks: [...document.querySelectorAll('[role="listbox"] [role="option"] mark')].map(
              (m) => m.textContent ?? '',
            ),
          };
        }, null),
      (r) => r.answered === 'Kursk' && r.count > 0,
    );
    expect(results.answered, `${driver.browserName}: the popup answered the typed query`).toBe('Kursk');
    expect(results.count).toBeGreaterThan(3);
    expect(results.titles[0]).toMatch(/Putin/);
    expect(results.meta[0]).toMatch(/2025/);
    expect(results.meta[0]).toMatch(/Norwegian/);
    expect(results.marks.length).toBeGreaterThan(0);
    for (const word of results.marks) expect(word.toLowerCase()).toMatch(/^kursk/);
  } finally {
    await popup.close();
  }
}

/**
 * The entity view of Volodymyr Zelenskyj (spelt Zelenskyj in Danish, Selenskyj in German): name,
 * spellings by language, excerpts with both spellings marked.
 */
export async function expectEntityView(driver: ScenarioDriver): Promise<void> {
  const entity = entityBySpelling(driver.extensionDir, 'Wolodymyr Selenskyj');
  expect(entity.aliases.some((a) => a.text.endsWith('Zelenskyj'))).toBe(true);
  const panel = await driver.openExtensionPage(`sidepanel.html#/entity/${encodeURIComponent(entity.id)}`);
  try {
    const view = await waitFor(
      () =>
        panel.evaluate(() => {
          const root = document.querySelector('[data-testid="entity-view"]');
          if (!root) return null;
          return {
            name: root.querySelector('.entity-name')?.textContent ?? '',
            groups: [...root.querySelectorAll('.spelling-group')].map((g) => ({
              lang: g.querySelector('dt')?.textContent ?? '',
              texts: g.querySelector('dd')?.textContent ?? '',
            })),
            excerpts: root.querySelectorAll('[data-testid="entity-excerpts"] a').length,
            marks: [...root.querySelectorAll('[data-testid="entity-excerpts"] mark')].map((m) => m.textContent ?? ''),
            bars: root.querySelectorAll('[data-testid="timeline"] rect').length,
          };
        }, null),
      (v) => v !== null,
    );
    expect(view, `${driver.browserName}: entity view shown`).not.toBeNull();
    expect(view!.name).toBe(entity.name);
    expect(view!.groups.find((g) => g.lang === 'Danish')?.texts).toContain('Zelenskyj');
    expect(view!.groups.find((g) => g.lang === 'German')?.texts).toContain('Selenskyj');
    // Every excerpt of the corpus (the bundle's entity record keeps only the first few).
    expect(view!.excerpts).toBeGreaterThanOrEqual(Math.max(8, entity.excerpts.length));
    expect(view!.marks.some((m) => /Selenskyj/.test(m)) && view!.marks.some((m) => /Zelenskyj/.test(m))).toBe(true);
    expect(view!.bars).toBeGreaterThanOrEqual(3);
  } finally {
    await panel.close();
  }
}

/** The article view at a passage: the document's title, every passage, the chosen one marked and in view. */
export async function expectArticleView(driver: ScenarioDriver): Promise<void> {
  const bundle = shippedBundle(driver.extensionDir);
  const kursk = entityBySpelling(driver.extensionDir, 'Kursk');
  const passageId = kursk.excerpts[0]!.passageId;
  const passage = bundle.passages[passageId]!;
  const document_ = bundle.documents.find((d) => d.id === passage.docId)!;
  const panel = await driver.openExtensionPage(
    `sidepanel.html#/article/${encodeURIComponent(document_.id)}/${passageId}`,
  );
  try {
    const view = await waitFor(
      () =>
        panel.evaluate(() => {
          const root = document.querySelector('[data-testid="article-view"]');
          const chosen = root?.querySelector('.passage.chosen');
          if (!root || !chosen) return null;
          const rect = chosen.getBoundingClientRect();
          return {
            docId: root.getAttribute('data-doc-id'),
            title: root.querySelector('.article-title')?.textContent ?? '',
            chosenId: chosen.id,
            chosenText: chosen.textContent ?? '',
            inView: rect.top < innerHeight && rect.bottom > 0,
            names: [...chosen.querySelectorAll('a.name')].map((a) => a.textContent ?? ''),
          };
        }, null),
      (v) => !!v?.inView,
    );
    expect(view, `${driver.browserName}: article view shown`).not.toBeNull();
    expect(view!.docId).toBe(document_.id);
    expect(view!.title).toBe(document_.title);
    expect(view!.chosenId).toBe(`passage-${passageId}`);
    expect(view!.chosenText.replace(/\s+/g, ' ')).toBe(passage.text.replace(/\s+/g, ' '));
    expect(view!.inView).toBe(true);
    // Names in the passage link to their entity pages; Kursk is one of them.
    expect(view!.names).toContain('Kursk');
  } finally {
    await panel.close();
  }
}

/**
 * The panel's "On this page" for the fixture article's tab: its names with counts (Putin twice);
 * choosing one scrolls the page to it and flashes it there.
 */
export async function expectOnThisPage(driver: ScenarioDriver, article: ScenarioPage): Promise<void> {
  const tabId = await tabIdOf(driver, article);
  const panel = await driver.openExtensionPage(`sidepanel.html?tabId=${tabId}#/page`);
  try {
    const rows = await waitFor(
      () =>
        panel.evaluate(
          () =>
            [...document.querySelectorAll('[data-testid="page-entities"] .reveal')].map((row) => ({
              name: row.querySelector('.page-entity-name')?.textContent ?? '',
              count: row.querySelector('.count')?.textContent ?? '',
            })),
          null,
        ),
      (r) => r.length > 0,
    );
    const names = rows.map((r) => r.name).join(' | ');
    for (const name of ['Putin', 'Biden', 'Witkoff', 'Bakhmut', 'Kursk'])
      expect(names, `${driver.browserName}: On this page`).toContain(name);
    expect(rows.find((r) => /Putin/.test(r.name))?.count).toBe('2');

    const clicked = await panel.evaluate(() => {
      const row = [...document.querySelectorAll<HTMLElement>('[data-testid="page-entities"] .reveal')].find((r) =>
        /Kursk/.test(r.textContent ?? ''),
      );
      row?.click();
      return !!row;
    }, null);
    expect(clicked).toBe(true);
    const flashed = await waitFor(
      async () => (await paintedRanges(article)).filter((r) => r.highlight === 'factlight-4').map((r) => r.text),
      (texts) => texts.length > 0,
      5_000,
    );
    expect(flashed, `${driver.browserName}: the chosen name flashes on the page`).toEqual(['Kursk']);
  } finally {
    await panel.close();
  }
}
