/**
 * Hostile pages: one that breaks DOM and Array methods in its own world, and one that clears the
 * highlight registry (Factlight puts its highlights back on the page's next change). And the card's
 * life: stays open while the pointer is on it, closes when the pointer leaves or the name scrolls away.
 */
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import {
  badgeText,
  markedTexts,
  readCard,
  tabIdOf,
  waitForCard,
  waitForNoCard,
  waitForValue,
  wordCentre,
} from './pageHelpers';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let worker: Worker;

beforeAll(async () => {
  server = await serveFolder(path.resolve('tests/fixtures/pages'));
  ext = await launchWithExtension();
  worker = await ext.worker();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(file: string): Promise<{ page: Page; errors: string[]; tabId: number }> {
  const page = await ext.context.newPage();
  onTestFinished(() => page.close().catch(() => undefined));
  const errors = collectErrors(page);
  await page.goto(`${server.url}/${file}`);
  return { page, errors, tabId: await tabIdOf(page, worker) };
}

/** Number of ranges in the registry, read without the page's (possibly broken) Array methods. */
function rangeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [, highlight] of CSS.highlights) for (const _ of highlight as Highlight) n++;
    return n;
  });
}

describe('hostile pages', () => {
  it('a page that replaces Node, Element and Array methods in its world breaks nothing of ours', async () => {
    const { page, errors, tabId } = await open('hostile.html');
    expect(await waitForValue(() => badgeText(worker, tabId), '2')).toBe('2');
    expect(await rangeCount(page)).toBe(2);
    await page.evaluate(() =>
      (window as unknown as { addParagraph: (t: string) => void }).addParagraph('senere kom Steve Witkoff.'),
    );
    expect(await waitForValue(() => badgeText(worker, tabId), '3')).toBe('3');
    expect(errors).toEqual([]);
  });

  it('a page that clears CSS.highlights gets them back on its next change', async () => {
    const { page, errors, tabId } = await open('dynamic.html');
    await page.waitForFunction(() => (window as { fixtureDone?: boolean }).fixtureDone === true);
    expect(await waitForValue(() => badgeText(worker, tabId), '3')).toBe('3');
    // The page's last edit (Biden out, Bakhmut in) leaves three names as before it: wait for its
    // rescan to be painted, or it would paint after the clear below.
    const painted = async () =>
      (await markedTexts(page.mainFrame()))
        .map((m) => m.text)
        .sort()
        .join(', ');
    expect(await waitForValue(painted, 'Bakhmut, Steve Witkoff, Vladimir Putin')).toBe(
      'Bakhmut, Steve Witkoff, Vladimir Putin',
    );
    await page.evaluate(() => CSS.highlights.clear());
    expect(await rangeCount(page)).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'til sidst nævnes Kursk.';
      document.getElementById('main')!.append(p);
    });
    expect(await waitForValue(() => rangeCount(page), 4)).toBe(4);
    expect(errors).toEqual([]);
  });
});

describe('a page with a strict content security policy', () => {
  it('still gets its highlights and a styled card, without a CSP error', async () => {
    const { page, errors, tabId } = await open('csp.html');
    expect(await waitForValue(() => badgeText(worker, tabId), '2')).toBe('2');
    const cdp = await ext.context.newCDPSession(page);
    const word = (await wordCentre(page.mainFrame(), 'Putin'))!;
    await page.mouse.move(word.x - 30, word.y + 40);
    await page.mouse.move(word.x, word.y, { steps: 4 });
    const card = await waitForCard(cdp, (c) => /mentions? in/.test(c.text));
    expect(card?.label).toContain('Vladimir Putin');
    // The card's own stylesheet applied (an unstyled card would be as wide as its longest line).
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'document.querySelector("factlight-card").getBoundingClientRect().width',
    });
    expect(result.value).toBeGreaterThan(300);
    expect(result.value).toBeLessThanOrEqual(382);
    expect(errors).toEqual([]);
    await cdp.detach();
  });
});

describe('the card follows the pointer and the page', () => {
  it('stays open while the pointer is on it, closes when it leaves, and when the name scrolls away', async () => {
    const { page, errors } = await open('article.html');
    const cdp = await ext.context.newCDPSession(page);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    await new Promise((r) => setTimeout(r, 300));
    const word = (await wordCentre(page.mainFrame(), 'Biden'))!;
    await page.mouse.move(word.x, word.y, { steps: 3 });
    expect(await waitForCard(cdp, (c) => c.label?.includes('Joe Biden') ?? false)).not.toBeNull();
    // Into the card (it sits below the name) and rest there.
    await page.mouse.move(word.x, word.y + 40, { steps: 6 });
    await new Promise((r) => setTimeout(r, 800));
    expect((await readCard(cdp))?.label).toContain('Joe Biden');
    // Leave to an empty corner: it closes.
    await page.mouse.move(1150, 880, { steps: 6 });
    expect(await waitForNoCard(page.mainFrame())).toBe(true);
    // Open again, then scroll the name out of view: it closes.
    await page.mouse.move(word.x, word.y, { steps: 3 });
    expect(await waitForCard(cdp)).not.toBeNull();
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollTo(0, 2500);
    });
    expect(await waitForNoCard(page.mainFrame())).toBe(true);
    expect(errors).toEqual([]);
    await cdp.detach();
  });
});
