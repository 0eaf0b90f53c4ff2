/**
 * The benchmark's browsers and server: one Chromium with the built extension, one without (for the
 * floor and mark.js), both blocking every request that is not to 127.0.0.1 and every script resource
 * of the pages; the server also strips inline scripts, so a saved real-world page is measured as a
 * static document (its own scripts would make every timing noise).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/browser/harness';

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

const INLINE_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const META_REFRESH = /<meta[^>]+http-equiv=["']?refresh[^>]*>/gi;

/** Serves `roots` on 127.0.0.1: `/` from the first, `/__bench/` from the second. */
export async function serveBench(pagesDir: string, extraDir: string): Promise<BenchServer> {
  const pagesRoot = path.resolve(pagesDir);
  const extraRoot = path.resolve(extraDir);
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [root, inner] = rel.startsWith('/__bench/') ? [extraRoot, rel.slice('/__bench/'.length)] : [pagesRoot, rel];
    const file = path.join(root, path.normalize(`/${inner}`));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file).toLowerCase();
    // The extension's worker fetches scale bundles from here: allow it (read-only test data).
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    };
    if (ext === '.js' || ext === '.mjs') {
      res.writeHead(404).end('scripts are not served by the bench');
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (ext === '.html' || ext === '.htm')
      body = body
        .toString('utf8')
        .replace(INLINE_SCRIPT, '')
        .replace(META_REFRESH, '')
        // Asks Factlight to end its first pass's timing with a forced layout (lib/page/controller.ts).
        .replace(/<html\b/i, '<html data-factlight-bench');
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Long tasks seen by the page since it started (main world), for the longest-task measure. */
function observeLongTasks(): void {
  const store: { start: number; duration: number }[] = [];
  (window as unknown as { __benchLongTasks: typeof store }).__benchLongTasks = store;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support: the measure reports n/a */
  }
}

/** Blocks everything that is not 127.0.0.1 (or the extension itself) and every script resource. */
async function blockOutside(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const local =
      url.protocol === 'chrome-extension:' ||
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      url.hostname === '127.0.0.1';
    if (!local || (request.resourceType() === 'script' && url.protocol.startsWith('http')))
      return route.abort('blockedbyclient');
    return route.continue();
  });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(observeLongTasks);
}

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
 * functions sent to the page (page.evaluate) need that helper there too.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Launches the browser with (or without) the extension (or another copy of it), ready for the bench. */
export async function launchBench(withExtension: boolean, extensionDir?: string): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension({ withExtension, extensionDir });
  await blockOutside(browser.context);
  return browser;
}

/** Opens a fresh page and loads `url` to the load event. */
export async function freshLoad(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** Waits in the page for a performance entry by name; resolves with the entries or null on timeout. */
export interface MeasureEntry {
  startTime: number;
  duration: number;
  /** Factlight's own slices inside the measure (`detail.workMs`), when given. */
  workMs: number | null;
  /** The measure's numeric detail (the benchmark's pages get the breakdown: walkMs, applyMs, paintMs, …). */
  detail: Record<string, number>;
}

export async function waitForMeasure(
  page: Page,
  name: string,
  timeoutMs: number,
  after = 0,
): Promise<MeasureEntry[] | null> {
  return page.evaluate(
    async ({ name, timeoutMs, after }) => {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const entries = performance.getEntriesByName(name).filter((e) => e.startTime >= after);
        if (entries.length > 0) {
          return entries.map((e) => {
            const detail = (e as PerformanceMeasure).detail as Record<string, unknown> | null;
            const numbers: Record<string, number> = {};
            for (const [key, value] of Object.entries(detail ?? {}))
              if (typeof value === 'number') numbers[key] = value;
            return {
              startTime: e.startTime,
              duration: e.duration,
              workMs: typeof detail?.workMs === 'number' ? detail.workMs : null,
              detail: numbers,
            };
          });
        }
        if (performance.now() > deadline) return null;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    { name, timeoutMs, after },
  );
}

/** Number of ranges Factlight has painted (its highlights are in the page-visible registry). */
export async function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return -1;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('factlight')) count += highlight.size;
    });
    return count;
  });
}
