/**
 * The shared scenarios of tests/browser/scenarios/ in Chromium (the same user paths the Firefox
 * suite runs): names painted, badge, hover card, popup search, side panel entity and article views.
 * Run `npm run build` first.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import type { ScenarioDriver } from './scenarios/driver';
import { playwrightDriver } from './scenarios/playwright';
import { describeSharedScenarios } from './scenarios/suite';

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

describeSharedScenarios(
  'Chromium',
  'side panel',
  () => driver,
  () => server.url,
);
