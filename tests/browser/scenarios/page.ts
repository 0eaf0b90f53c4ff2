/**
 * The content script's main user paths on tests/fixtures/pages/article.html, browser-neutral:
 * names painted with the CSS Custom Highlight API, the toolbar badge, the hover card and Esc.
 */
import { expect } from 'vitest';
import { entityBySpelling } from './bundle';
import { waitFor, type ScenarioDriver, type ScenarioPage } from './driver';

/** The names of article.html as written there (Norwegian genitive "Russlands" is Russia's). */
export const ARTICLE_NAMES = [
  'Vladimir Putin',
  'Joe Biden',
  'Russlands',
  'Steve Witkoff',
  'Moskva',
  'Wolodymyr Selenskyj',
  'Bakhmut',
  'Izium',
  'Kursk',
];

/** One range of the page's highlight registry, as the page itself sees it. */
export interface PaintedRange {
  highlight: string;
  text: string;
  /** The characters right before and after the range in its text nodes ('' at a node edge). */
  before: string;
  after: string;
}

/** Everything in the page's `CSS.highlights` (empty when the API is missing). */
export function paintedRanges(page: ScenarioPage): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string; before: string; after: string }[] = [];
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return out;
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight as Highlight) {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          continue;
        }
        const startText = r.startContainer.nodeType === 3 ? (r.startContainer as Text).data : '';
        const endText = r.endContainer.nodeType === 3 ? (r.endContainer as Text).data : '';
        out.push({
          highlight: name,
          text: range.toString().replace(/\s+/g, ' '),
          before: startText.slice(Math.max(0, r.startOffset - 1), r.startOffset),
          after: endText.slice(r.endOffset, r.endOffset + 1),
        });
      }
    }
    return out;
  }, null);
}

/** Names painted as entities (not the transient flash/focus highlights), sorted. */
function entityMarks(ranges: PaintedRange[]): string[] {
  return ranges
    .filter((r) => r.highlight !== 'factlight-4' && r.highlight !== 'factlight-5')
    .map((r) => r.text)
    .sort();
}

/** Opens the fixture article and waits until every name on it is painted. */
export async function expectNamesPainted(driver: ScenarioDriver, fixturesUrl: string): Promise<ScenarioPage> {
  const page = await driver.openPage(`${fixturesUrl}/article.html`);
  const expected = [...ARTICLE_NAMES, 'Vladimir Putin'].sort(); // Putin twice: in the link and in the Norwegian line
  const marks = await waitFor(
    async () => entityMarks(await paintedRanges(page)),
    (m) => JSON.stringify(m) === JSON.stringify(expected),
  );
  expect(marks, `${driver.browserName}: names painted on article.html`).toEqual(expected);
  const LETTER = /\p{L}/u;
  for (const range of await paintedRanges(page)) {
    expect(LETTER.test(range.before), `"${range.text}" starts inside a word`).toBe(false);
    expect(LETTER.test(range.after), `"${range.text}" ends inside a word`).toBe(false);
  }
  return page;
}

/**
 * The browser's tab id of `page`, asked from an extension page: `page` is brought to the front, then
 * the extension asks for the active tab of the last focused window.
 */
export async function tabIdOf(driver: ScenarioDriver, page: ScenarioPage): Promise<number> {
  const probe = await driver.openExtensionPage('popup.html?probe=tab');
  try {
    await page.bringToFront();
    return await probe.evaluate(async () => {
      const api = (globalThis as { browser?: any; chrome?: any }).browser ?? (globalThis as { chrome?: any }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return typeof tab?.id === 'number' ? tab.id : -1;
    }, null);
  } finally {
    await probe.close();
  }
}

/** The toolbar badge text of one tab, read from an extension page. */
export async function badgeOf(driver: ScenarioDriver, tabId: number): Promise<string> {
  const probe = await driver.openExtensionPage('popup.html?probe=badge');
  try {
    return await probe.evaluate(async (id) => {
      const api = (globalThis as { browser?: any; chrome?: any }).browser ?? (globalThis as { chrome?: any }).chrome;
      return String(await (api.action ?? api.browserAction).getBadgeText({ tabId: id }));
    }, tabId);
  } finally {
    await probe.close();
  }
}

/** The badge shows the number of distinct entities on the page. */
export async function expectBadge(driver: ScenarioDriver, page: ScenarioPage): Promise<void> {
  const expected = String(new Set(ARTICLE_NAMES.map((n) => entityBySpelling(driver.extensionDir, n).id)).size);
  const tabId = await tabIdOf(driver, page);
  expect(tabId).toBeGreaterThanOrEqual(0);
  const badge = await waitFor(
    () => badgeOf(driver, tabId),
    (text) => text === expected,
  );
  expect(badge, `${driver.browserName}: badge of article.html`).toBe(expected);
}

/**
 * The badge follows the tab: after the tab loads a page with one name in prose (inputs.html: Joe
 * Biden; the names in its form fields and editor do not count), it shows 1.
 */
export async function expectBadgeFollowsNavigation(
  driver: ScenarioDriver,
  page: ScenarioPage,
  fixturesUrl: string,
): Promise<void> {
  const tabId = await tabIdOf(driver, page);
  await page.goto(`${fixturesUrl}/inputs.html`);
  const badge = await waitFor(
    () => badgeOf(driver, tabId),
    (text) => text === '1',
  );
  expect(badge, `${driver.browserName}: badge after navigating to inputs.html`).toBe('1');
}

/** Viewport centre of the first occurrence of `word` in the page's text. */
export function wordCentre(page: ScenarioPage, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((word) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && /^(SCRIPT|STYLE|PRE)$/.test(parent.tagName)) continue;
      const at = (node as Text).data.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
}

/**
 * Resting the pointer on a painted name opens its card: the entity's canonical name, counts and the
 * first excerpts of the corpus; Esc closes it and removes the host from the page.
 */
export async function expectHoverCard(
  driver: ScenarioDriver,
  page: ScenarioPage,
  word: string,
  spelling: string,
): Promise<void> {
  const entity = entityBySpelling(driver.extensionDir, spelling);
  const point = await wordCentre(page, word);
  expect(point, `"${word}" on the page`).not.toBeNull();
  await page.mouseMove(point!.x - 40, point!.y + 60);
  await page.mouseMove(point!.x, point!.y, 4);
  const card = await waitFor(
    () => page.readCard(),
    (c) => !!c && /mentions? in \d+ articles?/.test(c.text),
  );
  expect(card, `${driver.browserName}: card for ${entity.name}`).not.toBeNull();
  expect(card!.label).toContain(entity.name);
  expect(card!.popoverOpen).toBe(true);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const excerpts = entity.excerpts.slice(0, 3);
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(squash(card!.text)).toContain(squash(excerpt.text).slice(0, 40));

  await page.press('Escape');
  const hostGone = await waitFor(
    () => page.evaluate(() => !document.querySelector('factlight-card'), null),
    (gone) => gone,
    3_000,
  );
  expect(hostGone, `${driver.browserName}: Esc closes the card`).toBe(true);
}
