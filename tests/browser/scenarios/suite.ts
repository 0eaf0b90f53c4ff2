/**
 * The shared user paths as one describe block, so Chromium and Firefox run the very same list:
 * names painted, badge, hover card, "On this page", badge on navigation, popup search, the
 * panel's entity and article views. `panel` is what the browser calls its panel in test names.
 */
import { describe, it } from 'vitest';
import type { ScenarioDriver, ScenarioPage } from './driver';
import { expectArticleView, expectEntityView, expectOnThisPage, expectPopupSearch } from './extensionPages';
import { expectBadge, expectBadgeFollowsNavigation, expectHoverCard, expectNamesPainted } from './page';

export function describeSharedScenarios(
  browserName: string,
  panel: string,
  driver: () => ScenarioDriver,
  pagesUrl: () => string,
): void {
  describe(`${browserName}: shared scenarios`, () => {
    let article: ScenarioPage;

    it('paints the names of a fixture page (CSS Custom Highlight API, visible to the page)', async () => {
      article = await expectNamesPainted(driver(), pagesUrl());
    });

    it('shows the number of distinct names on the toolbar badge', async () => {
      await expectBadge(driver(), article);
    });

    it('opens the hover card on a name, closes it with Esc', async () => {
      await expectHoverCard(driver(), article, 'Putin', 'Vladimir Putin');
    });

    it(`${panel}: "On this page" lists the tab's names; choosing one flashes it on the page`, async () => {
      await expectOnThisPage(driver(), article);
    });

    it('the badge follows the tab to the next page', async () => {
      await expectBadgeFollowsNavigation(driver(), article, pagesUrl());
      await article.close();
    });

    it('popup: typing "Kursk" lists the passages', async () => {
      await expectPopupSearch(driver());
    });

    it(`${panel}: entity view`, async () => {
      await expectEntityView(driver());
    });

    it(`${panel}: article view at a passage`, async () => {
      await expectArticleView(driver());
    });
  });
}
