/**
 * The shared scenarios of tests/browser/scenarios/ in Chromium (the same user paths the Firefox
 * suite runs): names painted, badge, hover card, popup search, side panel entity and article views.
 * Run `npm run build` first.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import type { ScenarioDriver, ScenarioPage } from './scenarios/driver';
import { expectArticleView, expectEntityView, expectOnThisPage, expectPopupSearch } from './scenarios/extensionPages';
import { expectBadge, expectBadgeFollowsNavigation, expectHoverCard, expectNamesPainted } from './scenarios/page';
import { playwrightDriver } from './scenarios/playwright';

let ext: ExtensionBrowser;
let driver: ScenarioDriver;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  ext = await launchWithExtension();
  driver = playwrightDriver(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('Chromium: shared scenarios', () => {
  let article: ScenarioPage;

  it('paints the names of a fixture page (CSS Custom Highlight API, visible to the page)', async () => {
    article = await expectNamesPainted(driver, server.url);
  });

  it('shows the number of distinct names on the toolbar badge', async () => {
    await expectBadge(driver, article);
  });

  it('opens the hover card on a name, closes it with Esc', async () => {
    await expectHoverCard(driver, article, 'Putin', 'Vladimir Putin');
  });

  it('side panel: "On this page" lists the tab\'s names; choosing one flashes it on the page', async () => {
    await expectOnThisPage(driver, article);
  });

  it('the badge follows the tab to the next page', async () => {
    await expectBadgeFollowsNavigation(driver, article, server.url);
    await article.close();
  });

  it('popup: typing "Kursk" lists the passages', async () => {
    await expectPopupSearch(driver);
  });

  it('side panel: entity view', async () => {
    await expectEntityView(driver);
  });

  it('side panel: article view at a passage', async () => {
    await expectArticleView(driver);
  });
});
