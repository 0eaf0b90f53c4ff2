/**
 * Factlight's main user paths in real Firefox ESR (the shared scenarios of tests/browser/scenarios/),
 * plus what only Firefox has: the manifest Firefox reads, its sidebar instead of a side panel, the
 * badge through `action`, and the tab messages behind the keyboard commands and the context menu.
 * Run `npm run build:firefox` first.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../harness';
import { paintedRanges, wordCentre } from '../scenarios/page';
import { entityBySpelling } from '../scenarios/bundle';
import { puppeteerDriver, wrapFirefoxPage } from '../scenarios/puppeteer';
import type { ScenarioDriver, ScenarioPage } from '../scenarios/driver';
import { waitFor } from '../scenarios/driver';
import { describeSharedScenarios } from '../scenarios/suite';
import {
  buildGeckoId,
  cardElementCentre,
  evaluateInBrowserWindow,
  launchFirefoxWithExtension,
  sidebarFromUserClick,
  type FirefoxWithExtension,
} from './harness';

const FIXTURES = path.resolve('tests/fixtures/pages');

let firefox: FirefoxWithExtension;
let driver: ScenarioDriver;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  firefox = await launchFirefoxWithExtension();
  driver = puppeteerDriver(firefox);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Runs `fn` in a fresh extension page (where `browser` is the WebExtension API) and closes it. */
async function inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const page = await driver.openExtensionPage('popup.html?probe=api');
  try {
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

describe('Firefox: the build as installed', () => {
  it('installs under its fixed gecko id, with a sidebar and no sidePanel permission', async () => {
    expect(firefox.addonId).toBe(buildGeckoId());
    const info = await inExtension(() => {
      const api = (globalThis as { browser?: any }).browser;
      const manifest = api.runtime.getManifest();
      return {
        id: api.runtime.id as string,
        permissions: manifest.permissions as string[],
        sidebar: manifest.sidebar_action?.default_panel as string | undefined,
        hasSidebarApi: typeof api.sidebarAction?.open === 'function',
        hasSidePanelApi: api.sidePanel !== undefined,
        hasAction: typeof api.action?.setBadgeText === 'function',
        hasSession: typeof api.storage.session?.set === 'function',
      };
    }, null);
    expect(info.id).toBe(buildGeckoId());
    expect(info.permissions).not.toContain('sidePanel');
    expect(info.sidebar).toMatch(/\/sidepanel\.html$/);
    expect(info.hasSidebarApi).toBe(true);
    expect(info.hasSidePanelApi).toBe(false);
    expect(info.hasAction).toBe(true);
    expect(info.hasSession).toBe(true);
  });

  it('puts its toolbar button (and so the badge) on the toolbar, not in the Extensions menu', async () => {
    const widget = `${buildGeckoId().replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;
    const placement = await evaluateInBrowserWindow(
      firefox,
      `JSON.stringify(CustomizableUI.getPlacementOfWidget(${JSON.stringify(widget)}))`,
    );
    expect(JSON.parse(placement)).toMatchObject({ area: 'nav-bar' });
  });

  it('registers both keyboard commands with their shortcuts', async () => {
    const commands = await inExtension(async () => {
      const api = (globalThis as { browser?: any }).browser;
      return ((await api.commands.getAll()) as { name: string; shortcut: string }[])
        .map((c) => `${c.name}=${c.shortcut}`)
        .sort();
    }, null);
    expect(commands).toEqual(['lookup-selection=Alt+Shift+L', 'next-highlight=Alt+Shift+N']);
  });
});

describeSharedScenarios(
  'Firefox',
  'sidebar',
  () => driver,
  () => server.url,
);

describe('Firefox: keyboard command and context menu', () => {
  it("Alt+Shift+N (Firefox's own shortcut key) focuses the first name and opens its card", async () => {
    const page = await driver.openPage(`${server.url}/article.html`);
    await waitFor(
      async () => (await paintedRanges(page)).length,
      (n) => n > 0,
    );
    await page.bringToFront();
    // Firefox turns the manifest's commands into <key> elements of the browser window; running the
    // one for Alt+Shift+N is what pressing it does (synthesised key events skip the window's keys).
    const ran = await evaluateInBrowserWindow(
      firefox,
      `(() => {
        const key = [...document.querySelectorAll('keyset[id^="ext-keyset-id"] key')]
          .find((k) => k.getAttribute('key') === 'N' && k.getAttribute('modifiers') === 'alt,shift');
        if (!key) return 'no key';
        key.doCommand();
        return 'ran';
      })()`,
    );
    expect(ran).toBe('ran');
    const card = await waitFor(
      () => page.readCard(),
      (c) => !!c && /mentions? in \d+ articles?/.test(c.text),
    );
    expect(card?.label).toContain('Vladimir Putin'); // the first name in reading order
    const focused = (await paintedRanges(page)).filter((r) => r.highlight === 'factlight-5').map((r) => r.text);
    expect(focused).toEqual(['Vladimir Putin']);
    await page.press('Escape');
    await page.close();
  });

  it('right-click on a selected name: "Look up in Factlight" opens its card', async () => {
    const raw = await firefox.openPage(`${server.url}/article.html`);
    const page = wrapFirefoxPage(raw);
    await waitFor(
      async () => (await paintedRanges(page)).length,
      (n) => n > 0,
    );
    await page.bringToFront();
    const point = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === 'Kursk')!;
      const range = document.createRange();
      range.selectNodeContents(cell.firstChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, null);
    await raw.mouse.click(point.x, point.y, { button: 'right' });
    const menu = await waitFor(
      () =>
        evaluateInBrowserWindow(
          firefox,
          `(() => {
            const menu = document.getElementById('contentAreaContextMenu');
            const item = [...menu.querySelectorAll('menuitem')].find((i) => i.getAttribute('label') === 'Look up in Factlight');
            return JSON.stringify({ state: menu.state, item: item ? !item.hidden : false });
          })()`,
        ),
      (json) => JSON.parse(json).state === 'open',
      5_000,
    );
    expect(JSON.parse(menu)).toEqual({ state: 'open', item: true });
    await evaluateInBrowserWindow(
      firefox,
      `(() => {
        const menu = document.getElementById('contentAreaContextMenu');
        menu.activateItem([...menu.querySelectorAll('menuitem')].find((i) => i.getAttribute('label') === 'Look up in Factlight'));
        return 'clicked';
      })()`,
    );
    const card = await waitFor(
      () => page.readCard(),
      (c) => !!c && /mentions? in \d+ articles?/.test(c.text),
    );
    expect(card?.label).toContain('Kursk');
    await page.close();
  });
});

describe("Firefox: the card's links and the sidebar", () => {
  /** URLs of every tab, and the sidebar's state, read from an extension page. */
  async function browserState(): Promise<{ tabs: string[]; sidebarOpen: boolean; panel: string }> {
    return inExtension(async () => {
      const api = (globalThis as { browser?: any }).browser;
      const tabs = ((await api.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? '');
      return { tabs, sidebarOpen: await api.sidebarAction.isOpen({}), panel: await api.sidebarAction.getPanel({}) };
    }, null);
  }

  /** Hovers "Kursk" on the article and clicks the first excerpt's "open article" link in the card. */
  async function clickFirstExcerpt(page: ScenarioPage, raw: import('puppeteer-core').Page): Promise<void> {
    const point = await wordCentre(page, 'Kursk');
    await page.mouseMove(point!.x - 40, point!.y + 60);
    await page.mouseMove(point!.x, point!.y, 4);
    const card = await waitFor(
      () => page.readCard(),
      (c) => !!c && /mentions? in \d+ articles?/.test(c.text),
    );
    expect(card?.label).toContain('Kursk');
    const link = await cardElementCentre(raw, '.excerpt button.link');
    expect(link, 'an excerpt link in the card').not.toBeNull();
    await raw.mouse.move(link!.x, link!.y, { steps: 3 });
    await raw.mouse.click(link!.x, link!.y);
  }

  it('a closed sidebar: the article opens in a tab; an open sidebar: it shows the article', async () => {
    const kursk = entityBySpelling(driver.extensionDir, 'Kursk');
    const passageId = kursk.excerpts[0]!.passageId;
    const articleHash = new RegExp(`/sidepanel\\.html#/article/[^/]+/${passageId}$`);

    expect(await sidebarFromUserClick(firefox, 'close')).toBe('done');
    expect((await browserState()).sidebarOpen).toBe(false);
    const raw = await firefox.openPage(`${server.url}/article.html`);
    const page = wrapFirefoxPage(raw);
    await waitFor(
      async () => (await paintedRanges(page)).length,
      (n) => n > 0,
    );
    await clickFirstExcerpt(page, raw);
    const afterClosed = await waitFor(browserState, (s) => s.tabs.some((url) => articleHash.test(url)));
    expect(
      afterClosed.tabs.filter((url) => articleHash.test(url)),
      'the article opened in a tab',
    ).toHaveLength(1);

    // The sidebar opened by the user follows the card's links without any new tab.
    expect(await sidebarFromUserClick(firefox, 'open')).toBe('done');
    await raw.bringToFront();
    await page.press('Escape');
    const tabsBefore = (await browserState()).tabs.length;
    await clickFirstExcerpt(page, raw);
    const afterOpen = await waitFor(browserState, (s) => articleHash.test(s.panel));
    expect(afterOpen.sidebarOpen).toBe(true);
    expect(afterOpen.panel).toMatch(articleHash);
    expect(afterOpen.tabs.length).toBe(tabsBefore);
    await raw.close();
  });

  it('the popup opens the sidebar at the chosen passage (Enter on a result)', async () => {
    expect(await sidebarFromUserClick(firefox, 'close')).toBe('done');
    expect((await browserState()).sidebarOpen).toBe(false);
    const popup = await driver.openExtensionPage('popup.html');
    await waitFor(
      () => popup.evaluate(() => !!document.querySelector('input[type="search"]'), null),
      (found) => found,
    );
    await popup.type('input[type="search"]', 'Bakhmut');
    await waitFor(
      () => popup.evaluate(() => document.querySelector('.status')?.getAttribute('data-query') ?? null, null),
      (q) => q === 'Bakhmut',
    );
    await popup.press('Enter');
    const state = await waitFor(browserState, (s) => s.sidebarOpen && /#\/article\//.test(s.panel));
    expect(state.sidebarOpen, 'the sidebar opened').toBe(true);
    expect(state.panel).toMatch(/\/sidepanel\.html#\/article\/[^/]+\/\d+$/);
    await popup.close();
  });
});
