/**
 * The library page in Firefox ESR: the options page opens, the library (IndexedDB in the
 * extension's origin) starts with the sample corpus, files chosen in the real file input are
 * imported in the build worker, and a name only the imported article knows is then highlighted on
 * a page. Run `npm run build:firefox` first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../harness';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness';

const NEW_NAME = 'Ingrid Kvalsundberg';
const TROMSO = ` date 2026-11 Besøk i Tromsø

Ordfører ${NEW_NAME} tok imot delegasjonen fra Hammerfest i går. Kvalsundberg sa at samarbeidet med Hammerfest er viktig for hele regionen.

${NEW_NAME} har vært ordfører i Tromsø siden 2023, og hun vil fortsette arbeidet med havnen.
`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body>
<p>Yesterday ${NEW_NAME} met the press in the harbour.</p></body></html>`;

let firefox: FirefoxWithExtension;
let server: Awaited<ReturnType<typeof serveFolder>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'factlight-ff-library-'));
  writeFileSync(path.join(dir, 'tromso.txt'), TROMSO);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  server = await serveFolder(dir);
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (page: Page, selector: string) =>
  page.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);

describe('Firefox: the library page', () => {
  it('imports files through the file input; the new name is then highlighted on a page', async () => {
    const library = await firefox.openExtensionPage('options.html');
    await expect.poll(() => text(library, '.library-summary'), { timeout: 30_000 }).toMatch(/^Articles: 5 ·/);
    const input = (await library.$('[data-testid="import-files"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(dir, 'tromso.txt'), path.join(dir, 'empty.txt'));
    await expect
      .poll(() => text(library, '[data-testid="library-status"]'), { timeout: 60_000 })
      .toMatch(/Articles imported: 1 · files not imported: 1/);
    expect(await text(library, '[data-testid="rejected"]')).toMatch(/empty\.txt: empty file/);
    expect(await text(library, '.library-summary')).toMatch(/^Articles: 6 ·/);

    const page = await firefox.openPage(`${server.url}/page.html`);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const texts: string[] = [];
            for (const [, highlight] of CSS.highlights)
              for (const r of highlight as Highlight) {
                const range = document.createRange();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                texts.push(range.toString());
              }
            return texts;
          }),
        { timeout: 20_000 },
      )
      .toContain(NEW_NAME);
  });
});
