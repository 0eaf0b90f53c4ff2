/**
 * The library page's settings section (options.html) in real Chromium with the built extension:
 * each control stores its setting in storage.local at once, keeps it across a reload, shows it in
 * the preview, and the card's "Don't highlight" adds the name to the muted list the page shows.
 * Run `npm run build` first.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import { cardElementCentre, entityBySpelling, waitForCard, waitForNoCard, wordCentre } from './pageHelpers';

/** The extension API inside extension pages (evaluated there, not here). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

let ext: ExtensionBrowser;
let options: Page;
let errors: string[];
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  ext = await launchWithExtension();
  options = await ext.openExtensionPage('options.html');
  errors = collectErrors(options);
  await options.getByTestId('settings').waitFor();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** A value as stored in storage.local (what the content scripts read). */
function stored(key: string): Promise<unknown> {
  return options.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

describe('library page: settings', () => {
  it('has the library slot and the settings section, labelled, in a tab of its own', async () => {
    expect(await options.title()).toBe('Factlight: library and settings');
    expect(await options.getByRole('heading', { level: 2, name: 'Library' }).count()).toBe(1);
    expect(await options.locator('section#library').count()).toBe(1);
    expect(await options.getByRole('heading', { level: 2, name: 'Settings' }).count()).toBe(1);
    // Every form control has an accessible name.
    const unnamed = await options.evaluate(() =>
      [...document.querySelectorAll('input, button')]
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
          const text = el.tagName === 'BUTTON' ? el.textContent?.trim() : '';
          return !labelled && !label && !text;
        })
        .map((el) => el.outerHTML),
    );
    expect(unnamed).toEqual([]);
  });

  it('turns a type off (by keyboard), stores it, keeps it after a reload and previews it', async () => {
    const place = options.getByTestId('type-place');
    expect(await place.isChecked()).toBe(true);
    await place.focus();
    await options.keyboard.press('Space');
    await expect.poll(() => stored('factlight.highlightTypes')).toEqual(['person', 'organisation']);
    expect(await options.locator('.preview-name[data-type="place"]').getAttribute('data-highlighted')).toBe('false');
    expect(await options.getByTestId('settings-status').textContent()).toBe('Saved. Open tabs follow at once.');
    await options.reload();
    await options.getByTestId('settings').waitFor();
    expect(await options.getByTestId('type-place').isChecked()).toBe(false);
    await options.getByTestId('type-place').check();
    await expect.poll(() => stored('factlight.highlightTypes')).toEqual(['person', 'place', 'organisation']);
  });

  it('switches the style to background and changes a colour, shown in the preview', async () => {
    const person = options.locator('.preview-name[data-type="person"]');
    expect(await person.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    await options.getByTestId('style-background').check();
    await expect
      .poll(() => stored('factlight.highlightStyle'))
      .toMatchObject({ mode: 'background', colors: { person: '#1a73e8' } });
    await expect.poll(() => person.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await options.getByTestId('color-person').fill('#aa0000');
    await expect
      .poll(() => stored('factlight.highlightStyle'))
      .toMatchObject({ mode: 'background', colors: { person: '#aa0000' } });
    await options.getByRole('button', { name: 'Restore the default colours' }).click();
    await expect.poll(() => stored('factlight.highlightStyle')).toMatchObject({ colors: { person: '#1a73e8' } });
    await options.getByTestId('style-underline').check();
    await expect.poll(() => stored('factlight.highlightStyle')).toMatchObject({ mode: 'underline' });
  });

  it('follows dark mode in the preview', async () => {
    const person = options.locator('.preview-name[data-type="person"]');
    const color = () => person.evaluate((el) => getComputedStyle(el).textDecorationColor);
    await options.emulateMedia({ colorScheme: 'light' });
    const light = await color();
    await options.emulateMedia({ colorScheme: 'dark' });
    const dark = await color();
    await options.emulateMedia({ colorScheme: null });
    expect(light).toBe('rgb(26, 115, 232)');
    expect(dark).not.toBe(light);
  });

  it('edits the list of sites where Factlight is off', async () => {
    const input = options.getByTestId('site-input');
    await input.fill('two words');
    await input.press('Enter');
    expect(await options.getByRole('alert').textContent()).toContain('two words');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await stored('factlight.disabledSites')).toBeUndefined();

    await input.fill('https://News.Example.org/some/page?x=1');
    await options.getByTestId('site-add').click();
    await expect.poll(() => stored('factlight.disabledSites')).toEqual(['news.example.org']);
    expect(await options.getByTestId('site-list').locator('li').allTextContents()).toEqual([
      expect.stringContaining('news.example.org'),
    ]);
    expect(await options.getByRole('alert').count()).toBe(0);
    await options.getByRole('button', { name: 'Switch Factlight on again for news.example.org' }).click();
    await expect.poll(() => stored('factlight.disabledSites')).toEqual([]);
    expect(await options.getByTestId('site-list').count()).toBe(0);
  });

  it('stores the hover delay within its bounds', async () => {
    const delay = options.getByTestId('hover-delay');
    await delay.fill('400');
    await delay.press('Tab');
    await expect.poll(() => stored('factlight.hoverDelayMs')).toBe(400);
    await delay.fill('99999');
    await delay.press('Tab');
    await expect.poll(() => stored('factlight.hoverDelayMs')).toBe(2000);
    await expect.poll(() => delay.inputValue()).toBe('2000');
    await expect.poll(() => options.getByRole('slider').inputValue()).toBe('2000');
  });

  it('shows names muted elsewhere at once and unmutes one', async () => {
    await options.evaluate(() =>
      chrome.storage.local.set({
        'factlight.mutedEntities': [
          { id: 'e-us', name: 'United States' },
          { id: 'e-nato', name: 'NATO' },
        ],
      }),
    );
    const list = options.getByTestId('muted-list');
    await expect.poll(() => list.locator('.list-name').allTextContents()).toEqual(['United States', 'NATO']);
    await options.getByRole('button', { name: 'Highlight United States again' }).click();
    await expect.poll(() => stored('factlight.mutedEntities')).toEqual([{ id: 'e-nato', name: 'NATO' }]);
    await expect.poll(() => list.locator('.list-name').allTextContents()).toEqual(['NATO']);
  });

  it('mutes a name typed on the page, found in the corpus; an unknown one is refused', async () => {
    const input = options.getByTestId('mute-input');
    await input.fill('Qqqxx Zzyyv');
    await input.press('Enter');
    expect(await options.getByRole('alert').textContent()).toContain('Qqqxx Zzyyv');
    const witkoff = entityBySpelling('Steve Witkoff');
    await input.fill('Steve Witkoff');
    await options.getByTestId('mute-add').click();
    await expect
      .poll(() => stored('factlight.mutedEntities'))
      .toEqual([
        { id: 'e-nato', name: 'NATO' },
        { id: witkoff.id, name: witkoff.name },
      ]);
    expect(await options.getByRole('alert').count()).toBe(0);
    await options.getByRole('button', { name: `Highlight ${witkoff.name} again` }).click();
    await expect.poll(() => stored('factlight.mutedEntities')).toEqual([{ id: 'e-nato', name: 'NATO' }]);
  });

  it('mutes a name from its card: stored, listed on the library page, the card closes', async () => {
    const page = await ext.context.newPage();
    const pageErrors = collectErrors(page);
    await page.goto(`${server.url}/article.html`);
    const cdp = await ext.context.newCDPSession(page);
    const point = await wordCentre(page.mainFrame(), 'Putin');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 40, point!.y + 60);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    const card = await waitForCard(cdp, (c) => /Don’t highlight/.test(c.text));
    expect(card, 'card with the mute button').not.toBeNull();
    const button = await cardElementCentre(cdp, '[data-action="mute"]');
    expect(button).not.toBeNull();
    await page.mouse.click(button!.x, button!.y);
    expect(await waitForNoCard(page.mainFrame())).toBe(true);
    const putin = entityBySpelling('Vladimir Putin');
    await expect
      .poll(() => stored('factlight.mutedEntities'))
      .toEqual([
        { id: 'e-nato', name: 'NATO' },
        { id: putin.id, name: putin.name },
      ]);
    await expect
      .poll(() => options.getByTestId('muted-list').locator('.list-name').allTextContents())
      .toEqual(['NATO', putin.name]);
    expect(pageErrors).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
  it('is opened from the popup and the side panel ("Library & settings")', async () => {
    // Chrome brings an open options tab to the front instead of opening another: close ours first.
    await options.close();
    for (const file of ['popup.html', 'sidepanel.html']) {
      const from = await ext.openExtensionPage(file);
      const opened = ext.context.waitForEvent('page');
      await from.getByRole('button', { name: 'Library & settings' }).click();
      const page = await opened;
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe('/options.html');
      await page.close();
      await from.close().catch(() => undefined);
    }
  });
});
