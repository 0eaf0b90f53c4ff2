/**
 * The user's display settings reach open tabs at once, without a reload: a type switched off or an
 * entity muted leaves the highlight registry, switched back it returns; the colours and mode change
 * the adopted stylesheet; a corpus change (tab message `corpusChanged`) repaints in place. Chromium,
 * the built extension (`npm run build` first).
 */
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import { entityBySpelling, markedTexts, tabIdOf, waitForValue } from './pageHelpers';

declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
};

const FIXTURES = path.resolve('tests/fixtures/pages');
const SETTING_KEYS = [
  'factlight.highlightTypes',
  'factlight.highlightStyle',
  'factlight.mutedEntities',
  'factlight.hoverDelayMs',
];

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let worker: Worker;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  ext = await launchWithExtension();
  worker = await ext.worker();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  onTestFinished(async () => {
    await page.close().catch(() => undefined);
    await worker.evaluate((keys) => chrome.storage.local.remove(keys), SETTING_KEYS);
  });
  const errors = collectErrors(page);
  await page.goto(`${server.url}/${file}`);
  return { page, errors };
}

/** Marked texts per registry name, sorted, as the page sees them (flash and focus left out). */
async function marks(page: Page): Promise<string[]> {
  return (await markedTexts(page.mainFrame()))
    .filter((m) => m.highlight !== 'factlight-4' && m.highlight !== 'factlight-5')
    .map((m) => `${m.highlight}:${m.text.replace(/\s+/g, ' ')}`)
    .sort();
}

/** Waits until the marks settle on something that passes `ready`; returns them. */
async function marksWhen(page: Page, ready: (marks: string[]) => boolean, timeoutMs = 8_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let current = await marks(page);
  while (!ready(current) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = await marks(page);
  }
  return current;
}

const setStorage = (items: object) => worker.evaluate((i) => chrome.storage.local.set(i), items);

describe('display settings in an open tab', () => {
  it('turning off a type and muting an entity repaint at once; undoing brings them back', async () => {
    const { page, errors } = await open('article.html');
    const before = await marksWhen(page, (m) => m.some((t) => t.includes('Moskva')));
    const places = before.filter((t) => t.startsWith('factlight-2:'));
    expect(places.length).toBeGreaterThan(0);
    expect(before.some((t) => t.endsWith('Putin'))).toBe(true);

    await setStorage({ 'factlight.highlightTypes': ['person', 'organisation'] });
    const noPlaces = await marksWhen(page, (m) => !m.some((t) => t.startsWith('factlight-2:')));
    expect(noPlaces.filter((t) => t.startsWith('factlight-2:'))).toEqual([]);
    expect(noPlaces).toEqual(before.filter((t) => !t.startsWith('factlight-2:')));

    const putin = entityBySpelling('Vladimir Putin');
    await setStorage({ 'factlight.mutedEntities': [{ id: putin.id, name: putin.name }] });
    const muted = await marksWhen(page, (m) => !m.some((t) => t.includes('Putin')));
    expect(muted.filter((t) => t.includes('Putin'))).toEqual([]);
    expect(muted.length).toBeGreaterThan(0);

    await setStorage({
      'factlight.highlightTypes': ['person', 'place', 'organisation'],
      'factlight.mutedEntities': [],
    });
    expect(await marksWhen(page, (m) => m.length === before.length)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('colours and mode change the highlight stylesheet without touching the page', async () => {
    const { page, errors } = await open('article.html');
    await marksWhen(page, (m) => m.length > 0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const sheetText = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      );
    // The default look is the manifest's content stylesheet; a sheet is adopted once it changes.
    expect(await sheetText()).not.toContain('factlight-1');
    await setStorage({
      'factlight.highlightStyle': {
        mode: 'background',
        colors: { person: '#aa0000', place: '#00aa00', organisation: '#0000aa' },
      },
    });
    const changed = await waitForValue(
      async () => /factlight-1\)\s*\{\s*background-color: rgba\(170, 0, 0/.test(await sheetText()),
      true,
    );
    expect(changed, await sheetText()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    expect(errors).toEqual([]);
  });

  it('a corpus change refetches the matcher and keeps the page painted', async () => {
    const { page, errors } = await open('article.html');
    const before = await marksWhen(page, (m) => m.some((t) => t.includes('Moskva')));
    const tabId = await tabIdOf(page, worker);
    const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'corpusChanged' }), tabId);
    expect(reply).toEqual({ ok: true });
    expect(await marksWhen(page, (m) => m.length === before.length)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
