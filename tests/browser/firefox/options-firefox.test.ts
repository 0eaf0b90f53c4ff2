/**
 * The library page's settings in Firefox ESR (issue 11, item 10): options.html opens as an extension
 * page, its controls store the settings in storage.local, and they are read back by a second copy of the page.
 * Run `npm run build:firefox` first.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFirefoxErrors, launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';

/** The extension API inside extension pages (evaluated there, not here). */
interface ExtensionApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

let firefox: FirefoxWithExtension;
let options: Page;
let errors: string[];

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
  options = await firefox.openExtensionPage('options.html');
  errors = collectFirefoxErrors(options);
  await options.waitForSelector('[data-testid="settings"]');
});

afterAll(async () => {
  await firefox?.close();
});

function stored(key: string): Promise<unknown> {
  // Through globalThis: WXT's test plugin would rewrite a bare `browser` into an import.
  return options.evaluate(
    async (k) => (await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get(k))[k],
    key,
  );
}

describe('library page in Firefox', () => {
  it('shows the library slot and the settings', async () => {
    expect(await options.title()).toBe('Factlight: library and settings');
    expect(await options.$eval('section#library h2', (h) => h.textContent)).toBe('Library');
  });

  it('stores a type switched off, a site added and the hover delay, read back by another copy of the page', async () => {
    await options.click('[data-testid="type-place"]');
    await expect.poll(() => stored('factlight.highlightTypes')).toEqual(['person', 'organisation']);

    await options.type('[data-testid="site-input"]', 'www.Example.com');
    await options.click('[data-testid="site-add"]');
    await expect.poll(() => stored('factlight.disabledSites')).toEqual(['www.example.com']);

    await options.click('[data-testid="hover-delay"]', { count: 3 });
    await options.type('[data-testid="hover-delay"]', '600');
    await options.keyboard.press('Tab');
    await expect.poll(() => stored('factlight.hoverDelayMs')).toBe(600);

    // A second copy of the page reads everything back from storage.
    const again = await firefox.openExtensionPage('options.html');
    await again.waitForSelector('[data-testid="settings"]');
    expect(await again.$eval('[data-testid="type-place"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await again.$$eval('[data-testid="site-list"] .list-name', (els) => els.map((e) => e.textContent))).toEqual([
      'www.example.com',
    ]);
    expect(await again.$eval('[data-testid="hover-delay"]', (el) => (el as HTMLInputElement).value)).toBe('600');
    await again.close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
