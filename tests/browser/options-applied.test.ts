/**
 * The library page's settings reach an open tab without a reload, end to end through the UI:
 * switching places off in options.html removes the page's place highlights, "Don't highlight" on a
 * card removes that name everywhere, and the background style reaches the page's highlight sheet.
 * Needs the content script's side (applying display settings). Run `npm run build` first.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import { cardElementCentre, markedTexts, waitForCard, waitForNoCard, waitForValue, wordCentre } from './pageHelpers';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('library page settings in an open tab', () => {
  it('types, mute from the card and the style apply at once', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/article.html`);
    const entityMarks = async () =>
      (await markedTexts(page.mainFrame()))
        .filter((m) => /^factlight-[123]$/.test(m.highlight))
        .map((m) => `${m.highlight}:${m.text}`)
        .sort();
    await expect.poll(async () => (await entityMarks()).some((m) => m.startsWith('factlight-2:'))).toBe(true);
    const before = await entityMarks();
    expect(before.some((m) => m.includes('Putin'))).toBe(true);

    const options = await ext.openExtensionPage('options.html');
    await options.getByTestId('type-place').uncheck();
    const withoutPlaces = before.filter((m) => !m.startsWith('factlight-2:'));
    expect(await waitForValue(entityMarks, withoutPlaces)).toEqual(withoutPlaces);

    await page.bringToFront();
    const cdp = await ext.context.newCDPSession(page);
    const point = await wordCentre(page.mainFrame(), 'Putin');
    await page.mouse.move(point!.x - 40, point!.y + 60);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    expect(await waitForCard(cdp, (c) => /Don’t highlight/.test(c.text))).not.toBeNull();
    const button = await cardElementCentre(cdp, '[data-action="mute"]');
    await page.mouse.click(button!.x, button!.y);
    expect(await waitForNoCard(page.mainFrame())).toBe(true);
    const withoutPutin = withoutPlaces.filter((m) => !m.includes('Putin'));
    expect(await waitForValue(entityMarks, withoutPutin)).toEqual(withoutPutin);

    await options.bringToFront();
    await options.getByTestId('style-background').check();
    const sheet = () =>
      page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    await expect.poll(sheet).toMatch(/factlight-1\)\s*\{\s*background-color: rgba\(26, 115, 232/);

    await options.getByRole('button', { name: 'Highlight Vladimir Putin again' }).click();
    await options.getByTestId('type-place').check();
    await options.getByTestId('style-underline').check();
    expect(await waitForValue(entityMarks, before)).toEqual(before);
    await cdp.detach();
  });
});
