/**
 * Display settings applied at once in an open tab, in Firefox (the same scenario as Chromium's
 * tests/browser/displaySettings.test.ts runs through the shared driver). Run `npm run build:firefox` first.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFolder } from '../harness';
import { expectDisplaySettingsApplied } from '../scenarios/display';
import type { ScenarioDriver } from '../scenarios/driver';
import { expectNamesPainted } from '../scenarios/page';
import { puppeteerDriver } from '../scenarios/puppeteer';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';

let firefox: FirefoxWithExtension;
let driver: ScenarioDriver;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  firefox = await launchFirefoxWithExtension();
  driver = puppeteerDriver(firefox);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: display settings', () => {
  it('types, muted names and the style apply to an open tab without reload', async () => {
    const page = await expectNamesPainted(driver, server.url);
    await expectDisplaySettingsApplied(driver, page);
    await page.close();
  });
});
