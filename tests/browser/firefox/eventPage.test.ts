/**
 * Firefox runs an MV3 background as an event page and unloads it when idle (30 s by default; 1 s
 * here). Factlight must answer as if nothing happened: the shared scenarios run right after the
 * background was unloaded. Run `npm run build:firefox` first.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../harness';
import type { ScenarioDriver } from '../scenarios/driver';
import { waitFor } from '../scenarios/driver';
import { expectPopupSearch } from '../scenarios/extensionPages';
import { expectBadge, expectNamesPainted } from '../scenarios/page';
import { puppeteerDriver } from '../scenarios/puppeteer';
import {
  buildGeckoId,
  evaluateInBrowserWindow,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './harness';

let firefox: FirefoxWithExtension;
let driver: ScenarioDriver;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': 1_000 } });
  driver = puppeteerDriver(firefox);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Firefox's own record of the background: "running", "stopped" … */
function backgroundState(): Promise<string> {
  return evaluateInBrowserWindow(
    firefox,
    `String(WebExtensionPolicy.getByID(${JSON.stringify(buildGeckoId())}).extension.backgroundState)`,
  );
}

async function expectUnloaded(): Promise<void> {
  const state = await waitFor(backgroundState, (s) => s === 'stopped', 10_000);
  expect(state, 'the background was unloaded').toBe('stopped');
}

describe('Firefox: after the idle background was unloaded', () => {
  it('a new page is painted and gets its badge', async () => {
    await expectUnloaded();
    const page = await expectNamesPainted(driver, server.url);
    await expectBadge(driver, page);
    await page.close();
  });

  it('the popup search answers', async () => {
    await expectUnloaded();
    await expectPopupSearch(driver);
  });
});
