/**
 * A damaged bundle in the package: the popup and the side panel say what is wrong instead of
 * showing a blank page or silently finding nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR, collectErrors } from './harness';

let context: BrowserContext;
let extensionId: string;
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'factlight-corrupt-'));
  const extension = path.join(workDir, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  // Cut the bundle in half: what a failed copy or a truncated download leaves behind.
  const bundle = readFileSync(path.join(extension, 'bundle.json'), 'utf8');
  writeFileSync(path.join(extension, 'bundle.json'), bundle.slice(0, bundle.length / 2));
  context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  extensionId = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('a corrupt bundle', () => {
  it('the popup shows the error and searches report it', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const alert = page.getByRole('alert').first();
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(
      /The corpus could not be loaded.*Factlight: the bundle is not valid JSON/,
    );
    await page.getByRole('searchbox').fill('Kursk');
    await expect.poll(() => page.getByRole('alert').allTextContents(), { timeout: 10_000 }).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('the side panel shows the error instead of a blank view', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#/entity/vladimir-putin`);
    const error = page.getByTestId('panel-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/The corpus could not be loaded.*not valid JSON/);
  });
});
