/** The scenario driver over Playwright and Chromium (tests/browser/harness.ts). */
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser } from '../harness';
import { readCard } from '../pageHelpers';
import type { ScenarioDriver, ScenarioPage } from './driver';

function wrap(page: Page, ext: ExtensionBrowser): ScenarioPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    type: async (selector, text) => {
      const field = page.locator(selector);
      await field.fill('');
      await field.pressSequentially(text);
    },
    press: (key) => page.keyboard.press(key),
    readCard: async () => {
      // The card's shadow root is closed: read it through the DevTools protocol.
      const cdp = await ext.context.newCDPSession(page);
      try {
        return await readCard(cdp);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Wraps a launched Chromium with the extension as a {@link ScenarioDriver}. */
export function playwrightDriver(ext: ExtensionBrowser): ScenarioDriver {
  return {
    browserName: 'chromium',
    extensionDir: EXTENSION_DIR,
    openPage: async (url) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      return wrap(page, ext);
    },
    openExtensionPage: async (pathAndHash) => wrap(await ext.openExtensionPage(pathAndHash), ext),
  };
}
