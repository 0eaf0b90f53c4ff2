/**
 * Item 6, Firefox beside Chromium: the highlight pass's main measures in Firefox ESR (puppeteer over
 * WebDriver BiDi, the build in .output/firefox-mv3): per page, median of fresh loads, the bare walk
 * (a Firefox without the add-on), Factlight's own work in its first pass (`factlight:pass` and the
 * evidence rescans right after it) and the content script's start (`factlight:start`). Firefox's
 * coarse timers are turned off (`privacy.reduceTimerPrecision`), or every figure would be whole ms.
 */
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../tests/browser/firefox/harness';
import { NAME_SHIM } from './browser';
import { median } from './stats';

export interface FirefoxPageResult {
  name: string;
  walkMs: number | null;
  workMs: number | null;
  startMs: number | null;
  ratio: number | null;
  painted: number | null;
  /** The first pass's own work by part (medians), as in the Chromium pages' `factlightBreakdown`. */
  breakdown: { walkMs: number | null; applyMs: number | null; paintMs: number | null; spans: number | null } | null;
}

export interface FirefoxResult {
  version: string;
  pages: FirefoxPageResult[];
  /** Median over pages of own work / walk (Chromium's `medianRatioWalkWork`). */
  medianRatioWalkWork: number | null;
  /** Median over pages of start → ready to scan, main-thread ms (Chromium's `pageStartMs`). */
  pageStartMs: number | null;
  notes: string[];
}

const PREFS = { 'privacy.reduceTimerPrecision': false };
const PASS_TIMEOUT_MS = 20_000;

/** The same cold walk as bench/highlight.ts, in the page. */
async function walk(page: Page): Promise<number> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
    return chars >= 0 ? performance.now() - t0 : 0;
  });
}

interface Pass {
  workMs: number | null;
  startMs: number | null;
  painted: number;
  /** The pass measure's numeric detail (walkMs, applyMs, paintMs, spans on the benchmark's pages). */
  parts: Record<string, number>;
}

/** Factlight's first pass on a fresh load, read from the page's performance timeline. */
async function pass(page: Page): Promise<Pass | null> {
  await page.evaluate(NAME_SHIM);
  return page.evaluate(async (timeoutMs) => {
    const detail = (e: PerformanceEntry) => ((e as PerformanceMeasure).detail ?? {}) as Record<string, number>;
    const deadline = performance.now() + timeoutMs;
    let first: PerformanceEntry | undefined;
    while (!(first = performance.getEntriesByName('factlight:pass')[0])) {
      if (performance.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Evidence rescans right after the pass belong to it (as in bench/highlight.ts).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const end = first.startTime + first.duration;
    const followUps = performance.getEntriesByName('factlight:rescan').filter((r) => r.startTime - end < 50);
    const own = [first, ...followUps].map((e) => detail(e).workMs);
    const start = performance.getEntriesByName('factlight:start')[0];
    let painted = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('factlight')) painted += highlight.size;
    });
    const parts: Record<string, number> = {};
    for (const [key, value] of Object.entries(detail(first))) if (typeof value === 'number') parts[key] = value;
    return {
      workMs: own.every((v) => typeof v === 'number') ? own.reduce((a, b) => a! + b!, 0)! : null,
      startMs: start ? (detail(start).workMs ?? null) : null,
      painted,
      parts,
    };
  }, PASS_TIMEOUT_MS);
}

export async function measureFirefox(options: {
  /** The Firefox build (default .output/firefox-mv3). */
  extensionDir?: string;
  pages: { name: string; url: string }[];
  runs: number;
  log: (line: string) => void;
}): Promise<FirefoxResult> {
  const { pages, runs, log } = options;
  const notes: string[] = [];
  const plain = await launchFirefoxWithExtension({ withExtension: false, prefs: PREFS });
  const withExt = await launchFirefoxWithExtension({ prefs: PREFS, extensionDir: options.extensionDir });
  const result: FirefoxResult = {
    version: await withExt.browser.version(),
    pages: [],
    medianRatioWalkWork: null,
    pageStartMs: null,
    notes,
  };
  try {
    for (const { name, url } of pages) {
      const walks: number[] = [];
      const passes: Pass[] = [];
      // Interleaved run by run, as in the Chromium pass.
      for (let i = 0; i < runs; i++) {
        const bare = await plain.openPage(url);
        walks.push(await walk(bare));
        await bare.close();
        const page = await withExt.openPage(url);
        const found = await pass(page);
        await page.close();
        if (found) passes.push(found);
      }
      if (passes.length < runs) notes.push(`${name}: ${runs - passes.length} of ${runs} loads had no factlight:pass`);
      const walkMs = median(walks);
      const workMs = median(passes.flatMap((p) => (p.workMs == null ? [] : [p.workMs])));
      const row: FirefoxPageResult = {
        name,
        walkMs,
        workMs,
        startMs: median(passes.flatMap((p) => (p.startMs == null ? [] : [p.startMs]))),
        ratio: walkMs && workMs != null ? workMs / walkMs : null,
        painted: passes[0]?.painted ?? null,
        breakdown: passes.some((p) => p.parts.walkMs !== undefined)
          ? {
              walkMs: median(passes.flatMap((p) => (p.parts.walkMs === undefined ? [] : [p.parts.walkMs]))),
              applyMs: median(passes.flatMap((p) => (p.parts.applyMs === undefined ? [] : [p.parts.applyMs]))),
              paintMs: median(passes.flatMap((p) => (p.parts.paintMs === undefined ? [] : [p.parts.paintMs]))),
              spans: median(passes.flatMap((p) => (p.parts.spans === undefined ? [] : [p.parts.spans]))),
            }
          : null,
      };
      result.pages.push(row);
      log(`  firefox ${name}: walk ${walkMs?.toFixed(2)} ms, own work ${workMs?.toFixed(2) ?? 'n/a'} ms`);
    }
  } finally {
    await withExt.close().catch(() => undefined);
    await plain.close().catch(() => undefined);
  }
  result.medianRatioWalkWork = median(result.pages.flatMap((p) => (p.ratio == null ? [] : [p.ratio])));
  result.pageStartMs = median(result.pages.flatMap((p) => (p.startMs == null ? [] : [p.startMs])));
  return result;
}
