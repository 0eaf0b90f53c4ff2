/** The scenario driver over Puppeteer and Firefox ESR (tests/browser/firefox/harness.ts). */
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, readFirefoxCard, type FirefoxWithExtension } from '../firefox/harness';
import type { ScenarioDriver, ScenarioPage } from './driver';

/** A Puppeteer page as a {@link ScenarioPage}. */
export function wrapFirefoxPage(page: Page): ScenarioPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    type: async (selector, text) => {
      await page.focus(selector);
      // Select what is there so the typed text replaces it.
      await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.select(), selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key as never),
    readCard: () => readFirefoxCard(page),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Wraps a launched Firefox with the extension as a {@link ScenarioDriver}. */
export function puppeteerDriver(firefox: FirefoxWithExtension): ScenarioDriver {
  return {
    browserName: 'firefox',
    extensionDir: FIREFOX_EXTENSION_DIR,
    openPage: async (url) => wrapFirefoxPage(await firefox.openPage(url)),
    openExtensionPage: async (pathAndHash) => wrapFirefoxPage(await firefox.openExtensionPage(pathAndHash)),
  };
}
