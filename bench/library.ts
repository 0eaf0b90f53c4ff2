/**
 * The in-browser library, in headless Chromium with the built extension, through the library page
 * as a user drives it:
 * - import to highlighted: files chosen in the real file input (the seeds; generated corpora of
 *   1,000 and 10,000 passages plus one article naming someone only it knows) until the import is
 *   done, and until a page naming that person shows the highlight;
 * - the longest main-thread task on the library page meanwhile (`longtask` entries; goal < 50 ms);
 * - add one page to the 10,000-passage corpus (the handover the context menu makes) until its
 *   names are highlighted on a page;
 * - the first card after the service worker was stopped (cold start reads IndexedDB);
 * - storage used (navigator.storage.estimate of the extension's origin).
 *
 * `tsx bench/library.ts [--sizes seeds,1000,10000]` runs it alone and prints JSON; `npm run bench`
 * runs it as the `library` part.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFolder } from '../tests/browser/harness';
import { markedTexts } from '../tests/browser/pageHelpers';
import { writeCorpus } from './generate-corpus';

/** The extension API inside extension pages and the worker (evaluated there). */
declare const chrome: any;

export interface LibraryRow {
  /** 'seeds' or the generated passage count asked for. */
  corpus: string;
  files: number;
  /** Passages in the library after the import (the sample's included). */
  passages: number;
  /** Choosing the files → the library page reports the import done (built and stored). */
  importMs: number;
  /** Choosing the files → a page naming the new person shows the highlight. */
  highlightedMs: number;
  /** Longest task on the library page's main thread from the input's change event to done. */
  longestTaskMs: number;
  /** Longest task before the change event: the browser setting the chosen files (not Factlight's code). */
  fileInputTaskMs: number;
  /** navigator.storage.estimate().usage after the import. */
  storageBytes: number | null;
  /** Add one page (handover to the library page) → highlighted on a page. Only for the largest corpus. */
  addPageMs?: number;
  /** The card request right after the worker was stopped; median of 3. Only for the largest corpus. */
  coldCardMs?: number;
  warmCardMs?: number;
}

export interface LibraryBench {
  rows: LibraryRow[];
  notes: string[];
}

const NAME = 'Ingrid Kvalsundberg';
const UNIQUE = ` date 2026-11 Besøk i Tromsø

Ordfører ${NAME} tok imot delegasjonen fra Hammerfest i går. Kvalsundberg sa at samarbeidet med Hammerfest er viktig for hele regionen.

${NAME} har vært ordfører i Tromsø siden 2023, og hun vil fortsette arbeidet med havnen.
`;
const PAGE_NAME = 'Sigrun Moldjordet';
const PAGE_TEXT = UNIQUE.replace(/^ date \S+ /, '')
  .replaceAll(NAME, PAGE_NAME)
  .replaceAll('Kvalsundberg', 'Moldjordet')
  .replaceAll('Tromsø', 'Bodø');
const TEST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>
<p>Yesterday ${NAME} met the press, and ${PAGE_NAME} sent greetings.</p></body></html>`;

async function statusText(page: Page): Promise<string> {
  return (await page.getByTestId('library-status').textContent()) ?? '';
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > until) throw new Error(`Factlight bench: timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the test page until the name is highlighted; resolves with the time it was seen. */
async function highlightedAt(ext: Awaited<ReturnType<typeof launchWithExtension>>, url: string, name: string) {
  const until = Date.now() + 120_000;
  for (;;) {
    if (Date.now() > until) throw new Error(`Factlight bench: "${name}" was never highlighted`);
    const page = await ext.context.newPage();
    await page.goto(url);
    const seen = await waitFor(
      async () => (await markedTexts(page.mainFrame())).some((m) => m.text.includes(name)),
      (v) => v,
      3_000,
    ).catch(() => false);
    await page.close();
    if (seen) return performance.now();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureLibrary(options: {
  sizes: (number | 'seeds')[];
  log: (line: string) => void;
}): Promise<LibraryBench> {
  const notes: string[] = [];
  const rows: LibraryRow[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'factlight-bench-library-'));
  writeFileSync(path.join(work, 'page.html'), TEST_PAGE);
  const server = await serveFolder(work);
  try {
    for (const size of options.sizes) {
      const dir = path.join(work, `corpus-${size}`);
      if (size === 'seeds') {
        mkdirSync(dir, { recursive: true });
        for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt')))
          writeFileSync(path.join(dir, f), readFileSync(path.join('seeds', f)));
      } else {
        writeCorpus(dir, { passages: size });
      }
      writeFileSync(path.join(dir, 'zz-unique.txt'), UNIQUE);
      const files = readdirSync(dir).map((f) => path.join(dir, f));
      options.log(`library: importing ${files.length} files (${size})…`);
      const ext = await launchWithExtension();
      try {
        const library = await ext.openExtensionPage('options.html');
        await waitFor(
          async () => (await library.locator('.library-summary').textContent()) ?? '',
          (t) => /^\d+ articles/.test(t),
          60_000,
        );
        await library.evaluate(() => {
          (window as any).__longest = 0;
          (window as any).__tasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              (window as any).__longest = Math.max((window as any).__longest, entry.duration);
              (window as any).__tasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
            }
          }).observe({ type: 'longtask' });
          document.addEventListener('change', () => ((window as any).__changeAt = Math.round(performance.now())), true);
        });
        const started = performance.now();
        await library.getByTestId('import-files').setInputFiles(files);
        await waitFor(
          () => statusText(library),
          (t) => /^Imported/.test(t),
          600_000,
        );
        const imported = performance.now();
        const highlighted = await highlightedAt(ext, `${server.url}/page.html`, NAME);
        // Tasks that start before the input's change event are the browser's own work of setting
        // the chosen files (Playwright's setInputFiles: 1.3 s for 1,172 files), before any of ours.
        const { tasks, changeAt } = await library.evaluate(() => ({
          tasks: (window as any).__tasks as [number, number][],
          changeAt: (window as any).__changeAt as number,
        }));
        const longestTaskMs = Math.max(0, ...tasks.filter(([start]) => start >= changeAt).map(([, ms]) => ms));
        const fileInputTaskMs = Math.max(0, ...tasks.filter(([start]) => start < changeAt).map(([, ms]) => ms));
        options.log(`library: long tasks [start, ms] ${JSON.stringify(tasks)}, files chosen at ${changeAt}`);
        const summary = (await library.locator('.library-summary').textContent()) ?? '';
        const passages = Number(summary.match(/, (\d+) passages/)?.[1] ?? 0);
        const storageBytes = await library.evaluate(async () => (await navigator.storage.estimate()).usage ?? null);
        const row: LibraryRow = {
          corpus: String(size),
          files: files.length,
          passages,
          importMs: Math.round(imported - started),
          highlightedMs: Math.round(highlighted - started),
          longestTaskMs: Math.round(longestTaskMs),
          fileInputTaskMs: Math.round(fileInputTaskMs),
          storageBytes,
        };
        if (size === options.sizes.at(-1)) {
          options.log('library: adding one page…');
          const worker = await ext.worker();
          const addStarted = performance.now();
          await worker.evaluate((page) => chrome.storage.session.set({ 'factlight.pendingPage': page }), {
            url: 'https://example.test/bodo',
            title: 'Besøk i Bodø',
            text: PAGE_TEXT,
          });
          const added = await waitFor(
            () => statusText(library),
            (t) => /^(Added|The page)/.test(t),
            120_000,
          );
          options.log(`library: ${added}`);
          row.addPageMs = Math.round((await highlightedAt(ext, `${server.url}/page.html`, PAGE_NAME)) - addStarted);
          const card = () =>
            library.evaluate(async () => {
              const t0 = performance.now();
              const answer = await chrome.runtime.sendMessage({ type: 'card', entityId: 'ingrid-kvalsundberg' });
              if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
              return performance.now() - t0;
            });
          const cold: number[] = [];
          const warm: number[] = [];
          for (let i = 0; i < 3; i++) {
            await ext.stopWorker();
            cold.push(await card());
            warm.push(await card());
          }
          row.coldCardMs = Math.round(median(cold));
          row.warmCardMs = Math.round(median(warm) * 10) / 10;
        }
        rows.push(row);
        options.log(`library: ${JSON.stringify(row)}`);
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  notes.push('worker memory: not measured');
  return { rows, notes };
}

/** The markdown table of a library bench. */
export function libraryTable(bench: LibraryBench): string {
  const kb = (b: number | null) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(1)} MB`);
  const lines = [
    '| corpus | files | passages | import done ms | import → highlighted ms | longest task ms (the browser file input task) | storage | add one page → highlighted ms | cold first card ms (warm) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bench.rows.map(
      (r) =>
        `| ${r.corpus} | ${r.files} | ${r.passages} | ${r.importMs} | ${r.highlightedMs} | ${r.longestTaskMs} (${r.fileInputTaskMs}) | ${kb(r.storageBytes)} | ${r.addPageMs ?? '—'} | ${r.coldCardMs != null ? `${r.coldCardMs} (${r.warmCardMs})` : '—'} |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('library.ts')) {
  const i = process.argv.indexOf('--sizes');
  const sizes = (i >= 0 ? process.argv[i + 1]! : 'seeds,1000,10000')
    .split(',')
    .map((s) => (s === 'seeds' ? ('seeds' as const) : Number(s)));
  measureLibrary({ sizes, log: (l) => process.stderr.write(`${l}\n`) }).then((bench) => {
    process.stdout.write(`${JSON.stringify(bench, null, 2)}\n${libraryTable(bench)}\n`);
  });
}
