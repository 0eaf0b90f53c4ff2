/**
 * Factlight's work on a 2 MB page is cut into slices: no long task (> 50 ms) after the page has
 * loaded, while it scans and paints thousands of names. And a page that mutates without end makes
 * it back off (said at debug level only), while the page keeps its frame rate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import { badgeText, markedTexts, tabIdOf, waitForValue } from './pageHelpers';

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let dir: string;

const FILLER = [
  'ifølge kilder blev der talt længe om situationen ved fronten, og ingen ville udtale sig om detaljerne',
  'die Gespräche dauerten bis in die Nacht, hieß es aus gut unterrichteten Kreisen in der Hauptstadt',
  'det er fortsatt uklart hva som ble avtalt, men partene skal møtes igjen i løpet av neste uke',
];
const NAMES = ['Vladimir Putin', 'Joe Biden', 'Steve Witkoff', 'Bakhmut', 'Kursk', 'Moskva'];

/** About 2 MB of article-like HTML with a name every few hundred characters. */
function bigPage(): string {
  const parts: string[] = [
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>big</title></head><body>',
  ];
  let size = 0;
  let i = 0;
  while (size < 2_000_000) {
    const p = `<p>${FILLER[i % 3]} med <b>${NAMES[i % NAMES.length]}</b> og ${FILLER[(i + 1) % 3]}, sagde ${NAMES[(i + 2) % NAMES.length]}.</p>\n`;
    parts.push(i % 50 === 0 ? `<section><h2>del ${i}</h2>${p}` : i % 50 === 49 ? `${p}</section>` : p);
    size += p.length;
    i++;
  }
  parts.push('</section></body></html>');
  return parts.join('');
}

const ENDLESS = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="log"></div>
<script>
  // Mutates without pause: a new line with a name every 4 ms, old ones dropped.
  const log = document.getElementById('log');
  let n = 0;
  setInterval(() => {
    const p = document.createElement('p');
    p.textContent = 'linje ' + (n++) + ' om Vladimir Putin og Kursk';
    log.prepend(p);
    while (log.childNodes.length > 200) log.lastChild.remove();
  }, 4);
  window.frames60 = 0;
  const start = performance.now();
  (function tick() { window.frames60++; if (performance.now() - start < 60000) requestAnimationFrame(tick); })();
</script></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'factlight-perf-'));
  writeFileSync(path.join(dir, 'big.html'), bigPage());
  writeFileSync(path.join(dir, 'endless.html'), ENDLESS);
  server = await serveFolder(dir);
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Records long tasks from the start, in the page's own world. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

describe('performance guards', () => {
  it('a 2 MB page is scanned in short tasks, painting only near the viewport', async () => {
    const page = await ext.context.newPage();
    onTestFinished(() => page.close().catch(() => undefined));
    const errors = collectErrors(page);
    await watchLongTasks(page);
    await page.goto(`${server.url}/big.html`, { waitUntil: 'load' });
    const loadedAt = await page.evaluate(() => performance.now());
    const worker = await ext.worker();
    const tabId = await tabIdOf(page, worker);
    expect(await waitForValue(() => badgeText(worker, tabId), String(NAMES.length), 30_000)).toBe(String(NAMES.length));
    await page.mouse.move(300, 300);
    await new Promise((r) => setTimeout(r, 1_000));
    const all = await page.evaluate(
      () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    );
    // Factlight's first pass, as it publishes it: its own work time and the wall time. Cut into
    // 8 ms slices that each wait for a rendered frame, the pass takes well over its work time;
    // unsliced, both would be the same single task.
    const pass = await page.evaluate(() => {
      const entry = performance.getEntriesByName('factlight:pass')[0] as PerformanceMeasure | undefined;
      return entry ? { wallMs: entry.duration, workMs: (entry.detail as { workMs: number }).workMs } : null;
    });
    expect(pass, 'the first pass is published').not.toBeNull();
    expect(pass!.workMs, JSON.stringify(pass)).toBeGreaterThan(50);
    expect(pass!.wallMs, JSON.stringify(pass)).toBeGreaterThan(1.5 * pass!.workMs);
    // And the page's own view: unsliced, the scan is one task of about a second. The CI machine is
    // shared, so scheduler hiccups of 50–150 ms (seen without the extension too) are tolerated.
    const long = all.filter((t) => t.start > loadedAt);
    expect(
      long.every((t) => t.duration < 250),
      JSON.stringify(long),
    ).toBe(true);
    // The observer does see long tasks: a 120 ms one of the test's own.
    const testTask = await page.evaluate(async () => {
      let t0 = 0;
      setTimeout(() => {
        t0 = performance.now();
        while (performance.now() - t0 < 120);
      }, 0);
      await new Promise((r) => setTimeout(r, 400));
      return (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.some(
        (t) => t.start <= t0 + 1 && t.start + t.duration >= t0 + 100,
      );
    });
    expect(testTask).toBe(true);
    // Only names near the viewport are in the registry (thousands are on the page).
    const marks = await markedTexts(page.mainFrame());
    expect(marks.length).toBeGreaterThan(10);
    expect(marks.length).toBeLessThan(500);
    // Scrolling far down paints the names there.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await new Promise((r) => setTimeout(r, 500));
    const there = await page.evaluate(() => {
      let inView = 0;
      for (const [, h] of CSS.highlights)
        for (const r of h as Highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < innerHeight) inView++;
        }
      return inView;
    });
    expect(there).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });

  it('a page that mutates without end: Factlight backs off at debug level, the page keeps running', async () => {
    const page = await ext.context.newPage();
    onTestFinished(() => page.close().catch(() => undefined));
    const errors = collectErrors(page);
    const debug: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Factlight')) debug.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${server.url}/endless.html`);
    await new Promise((r) => setTimeout(r, 6_000));
    const marks = await markedTexts(page.mainFrame());
    expect(marks.length).toBeGreaterThan(0);
    // Only debug-level messages, never warnings or errors.
    expect(
      debug.every((d) => d.startsWith('debug:')),
      debug.join('\n'),
    ).toBe(true);
    expect(
      debug.some((d) => /changes without pause/.test(d)),
      debug.join('\n'),
    ).toBe(true);
    const frames = await page.evaluate(() => (window as unknown as { frames60: number }).frames60);
    expect(frames).toBeGreaterThan(6 * 20); // headless Chromium runs rAF at about 60 fps
    expect(errors).toEqual([]);
  });
});
