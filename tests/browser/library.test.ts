/**
 * The library page in real Chromium with the built extension: files imported through the real file
 * input; a name only the imported article knows then highlighted on a page, with its card; the
 * sample corpus still there; the corpus kept across a browser restart (same profile); removal;
 * export and import back; a damaged store reported and rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension, serveFolder } from './harness';

/** The extension API inside extension pages and the worker (evaluated there, not here). */
declare const chrome: any;
import { markedTexts, waitForCard, wordCentre } from './pageHelpers';

const NEW_NAME = 'Ingrid Kvalsundberg';
const HTML_NAME = 'Henrike Oldenbusch';
const SEED_NAME = 'Zelenskyj';

const TROMSO = ` date 2026-11 Besøk i Tromsø

Ordfører ${NEW_NAME} tok imot delegasjonen fra Hammerfest i går. Kvalsundberg sa at samarbeidet med Hammerfest er viktig for hele regionen.

${NEW_NAME} har vært ordfører i Tromsø siden 2023, og hun vil fortsette arbeidet med havnen.
`;
const PARAGRAPH = `Die Bürgermeisterin ${HTML_NAME} hat am Dienstag in Flensburg den neuen Hafenplan vorgestellt. Oldenbusch sagte, der Ausbau solle bis 2028 abgeschlossen sein.`;
const HAFEN = `<!doctype html><html lang="de"><head><title>Hafenplan für Flensburg</title>
<meta property="article:published_time" content="2026-11-24T08:30:00+01:00"></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1>Hafenplan für Flensburg</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Dienstag', 'Mittwoch')}</p></article>
<footer>Impressum</footer></body></html>`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body>
<p>Yesterday ${NEW_NAME} met the press in the harbour, and ${HTML_NAME} sent greetings.</p>
<p>Later that day, President Volodymyr ${SEED_NAME} spoke again about the war.</p></body></html>`;

let ext: ExtensionBrowser;
let library: Page;
let profileDir: string;
let dir: string;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  profileDir = mkdtempSync(path.join(tmpdir(), 'factlight-library-profile-'));
  dir = mkdtempSync(path.join(tmpdir(), 'factlight-library-files-'));
  writeFileSync(path.join(dir, 'tromso.txt'), TROMSO);
  writeFileSync(path.join(dir, 'hafen.html'), HAFEN);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  writeFileSync(path.join(dir, 'hafen-page.html'), HAFEN);
  server = await serveFolder(dir);
  ext = await launchWithExtension({ profileDir });
  library = await ext.openExtensionPage('options.html');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

async function summary(page: Page): Promise<string> {
  return (await page.locator('.library-summary').textContent()) ?? '';
}

async function status(page: Page): Promise<string> {
  return (await page.getByTestId('library-status').textContent()) ?? '';
}

/** Opens the test page and returns the texts Factlight marks there. */
async function markedOnPage(): Promise<{ page: Page; marked: string[] }> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url}/page.html`);
  let marked: string[] = [];
  await expect
    .poll(async () => (marked = (await markedTexts(page.mainFrame())).map((m) => m.text)), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([expect.stringContaining(SEED_NAME)]));
  return { page, marked };
}

describe('library page', () => {
  it('starts with the sample corpus', async () => {
    await expect.poll(() => summary(library), { timeout: 20_000 }).toMatch(/^Articles: 5 ·/);
    expect(await library.locator('[data-collection="sample"]').count()).toBe(1);
  });

  it('imports files through the file input; each bad file is listed with its reason', async () => {
    await library
      .getByTestId('import-files')
      .setInputFiles(
        ['tromso.txt', 'hafen.html', 'empty.txt', 'image.txt', 'latin1.txt'].map((f) => path.join(dir, f)),
      );
    await expect
      .poll(() => status(library), { timeout: 60_000 })
      .toMatch(/Articles imported: 2 · files not imported: 3/);
    const rejected = await library.getByTestId('rejected').textContent();
    expect(rejected).toMatch(/empty\.txt: empty file/);
    expect(rejected).toMatch(/image\.txt: binary file/);
    expect(rejected).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(await summary(library)).toMatch(/^Articles: 7 ·/);
    const row = await library.locator('tr[data-doc="hafen"]').textContent();
    expect(row).toContain('Hafenplan für Flensburg');
    expect(row).toContain('2026-11-24');
  });

  it('highlights a name only the imported article knows, with its card, next to the sample names', async () => {
    const { page, marked } = await markedOnPage();
    expect(marked).toEqual(expect.arrayContaining([NEW_NAME, HTML_NAME]));
    const cdp = await ext.context.newCDPSession(page);
    const point = await wordCentre(page.mainFrame(), 'Kvalsundberg');
    await page.mouse.move(point!.x - 40, point!.y + 60);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    const card = await waitForCard(cdp, (c) => c.text.includes(NEW_NAME) && /Tromsø|Hammerfest/.test(c.text));
    expect(card?.text).toContain(NEW_NAME);
    await cdp.detach();
    await page.close();
  });

  it('keeps the corpus after the browser restarts with the same profile', async () => {
    await ext.close();
    ext = await launchWithExtension({ profileDir });
    const { page, marked } = await markedOnPage();
    expect(marked).toEqual(expect.arrayContaining([NEW_NAME, HTML_NAME]));
    await page.close();
    library = await ext.openExtensionPage('options.html');
    await expect.poll(() => summary(library), { timeout: 20_000 }).toMatch(/^Articles: 7 ·/);
  });

  it('exports the corpus and imports the file back, replacing the library', async () => {
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Export the corpus…' }).click();
    const file = path.join(dir, 'export.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { documents: unknown[]; formatVersion: number };
    expect(exported.documents).toHaveLength(7);
    // The CLI reads the exported file: the imported article is found there.
    const cli = execFileSync('npx', ['tsx', 'lib/cli/main.ts', 'search', 'Kvalsundberg', '--bundle', file], {
      encoding: 'utf8',
    });
    expect(cli).toContain('Kvalsundberg');
    await library.getByLabel('replaces the library').check();
    await library.getByTestId('import-bundle').setInputFiles(file);
    await expect.poll(() => status(library), { timeout: 60_000 }).toMatch(/Articles imported: 7\b/);
    expect(await summary(library)).toMatch(/^Articles: 7 ·/);
    expect(await library.locator('.library-collections li').count()).toBe(1);
  });

  it('removes an article: its names are no longer highlighted', async () => {
    await library
      .locator('tr[data-doc="tromso"]')
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect.poll(() => summary(library), { timeout: 30_000 }).toMatch(/^Articles: 6 ·/);
    const { page, marked } = await markedOnPage();
    expect(marked).not.toContain(NEW_NAME);
    expect(marked).toContain(HTML_NAME);
    await page.close();
  });

  it('adds a page: the extractor reads a clone (page untouched), the library adds it, its URL is known', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/hafen-page.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    // The built extractor, as executeScript injects it (its value is the script's last expression).
    const extracted = (await page.evaluate(readFileSync(path.join(EXTENSION_DIR, 'extract-page.js'), 'utf8'))) as {
      url: string;
      title: string;
      text: string;
    };
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(extracted.url).toBe(`${server.url}/hafen-page.html`);
    expect(extracted.title).toMatch(/Hafenplan/);
    expect(extracted.text).toContain(HTML_NAME);
    await page.close();
    // What the background does after the context menu's extraction: hand the page to the library page.
    const worker = await ext.worker();
    await worker.evaluate((article) => chrome.storage.session.set({ 'factlight.pendingPage': article }), extracted);
    await expect.poll(() => status(library), { timeout: 60_000 }).toMatch(/Added “Hafenplan/);
    expect(await summary(library)).toMatch(/^Articles: 7 ·/);
    const answer = await library.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'inCorpus', url }),
      `${server.url}/hafen-page.html#top`,
    );
    expect(answer).toMatchObject({ ok: true, data: { document: { title: expect.stringMatching(/Hafenplan/) } } });
  });

  it('reports a damaged store and rebuilds the corpus from the stored articles', async () => {
    await library.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('factlight-library');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('corpus', 'readwrite');
            const store = tx.objectStore('corpus');
            const get = store.get('core');
            get.onsuccess = () => store.put({ ...get.result, json: get.result.json.slice(0, 500) }, 'core');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await library.reload();
    await expect
      .poll(
        () =>
          library
            .getByRole('alert')
            .textContent()
            .catch(() => ''),
        { timeout: 20_000 },
      )
      .toMatch(/damaged/);
    await library.getByRole('button', { name: 'Rebuild the corpus' }).click();
    await expect.poll(() => summary(library), { timeout: 30_000 }).toMatch(/^Articles: 7 ·/);
    expect(await library.getByRole('alert').count()).toBe(0);
  });
});
