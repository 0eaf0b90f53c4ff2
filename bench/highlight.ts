/**
 * Item 1, the highlight pass, per page, median of fresh loads:
 * (a) the floor: a TreeWalker reading every text node (page without the extension);
 * (b) Factlight's own content script: its `factlight:pass` measure (scan, paint, forced layout);
 * (c) mark.js `mark()` with the bundle's alias texts, and (d) `markRegExp()` with one combined
 *     expression, both followed by a forced layout (they change the DOM; Factlight does not).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { freshLoad, paintedCount, waitForMeasure } from './browser';
import { median } from './stats';

export interface PageResult {
  name: string;
  url: string;
  bytes: number;
  textNodes: number;
  chars: number;
  walkMs: number | null;
  /** The floor: one cold walk on a fresh load. */
  /** Mean of repeated walks right after (warm; for reference). */
  walkWarmMs: number | null;
  /** Wall time of the first pass (with an evidence rescan that follows at once), forced layout included. */
  factlightMs: number | null;
  /** Factlight's own slices in it (the rest is the page's turns between slices). */
  factlightWorkMs: number | null;
  /** The `factlight:pass` measure alone. */
  factlightPassOnlyMs: number | null;
  /** Main-thread ms from the content script's start until ready to scan (`factlight:start`'s workMs). */
  factlightStartMs: number | null;
  /**
   * Where Factlight's own work went in the first pass (medians of the `factlight:pass` measure's
   * detail, rescans that follow at once not included): walking the text, applying the names found
   * (spans, store, painter queue), handing the ranges to the highlight registry; `spans` found.
   */
  factlightBreakdown: FactlightBreakdown | null;
  markjsMs: number | null;
  markRegExpMs: number | null;
  /** Ranges Factlight painted and elements mark.js made (same names: these should be close). */
  factlightHits: number | null;
  markjsHits: number | null;
  markRegExpHits: number | null;
  /** Runs actually made per method (slow methods are cut to one run; see notes). */
  runs: { walk: number; factlight: number; markjs: number; markRegExp: number };
  notes: string[];
}

export interface HighlightSetup {
  ext: BrowserContext | null;
  noExt: BrowserContext;
  names: string[];
  runs: number;
  /** A method whose first run takes longer than this runs only once on that page. */
  slowMs: number;
  /** mark() is skipped on a page where it would take longer than this (its cost per char so far). */
  markjsBudgetMs: number;
  /** Lowest mark() cost per character seen so far (updated as pages are measured; 0 = none yet). */
  markjsMsPerChar: number;
  log: (line: string) => void;
}

const require = createRequire(import.meta.url);
const MARK_JS = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');

/** How long to wait for Factlight's first pass on a fresh page. */
const PASS_TIMEOUT_MS = 20_000;

/**
 * The floor: read every text node, once, on a fresh load — cold, like a content script's first
 * pass. The mean of repeated (warm) walks is kept as `warmMs` for reference.
 */
async function walk(page: Page): Promise<{ ms: number; warmMs: number; textNodes: number; chars: number }> {
  return page.evaluate(() => {
    const once = (): { textNodes: number; chars: number } => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        textNodes++;
        chars += (node as Text).data.length;
      }
      return { textNodes, chars };
    };
    const t0 = performance.now();
    const counts = once();
    const ms = performance.now() - t0;
    const t1 = performance.now();
    let walks = 0;
    while (performance.now() - t1 < 10) {
      once();
      walks++;
    }
    return { ms, warmMs: (performance.now() - t1) / walks, ...counts };
  });
}

/** Word-boundary characters for mark.js `accuracy: exactly` (it splits on whitespace otherwise). */
const LIMITERS = [',', '.', ';', ':', '!', '?', '"', "'", '’', '«', '»', '„', '“', '”', '(', ')', '–', '-', '/'];

async function markjs(page: Page, names: string[]): Promise<{ ms: number; hits: number }> {
  await page.addScriptTag({ content: MARK_JS });
  return page.evaluate(
    ({ names, limiters }) =>
      new Promise<{ ms: number; hits: number }>((resolve) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark: (k: string[], o: object) => void } })
          .Mark;
        const t0 = performance.now();
        new Mark(document.body).mark(names, {
          separateWordSearch: false,
          accuracy: { value: 'exactly', limiters },
          done: (hits: number) => {
            void document.body.offsetHeight; // forced layout: the marks change the DOM
            resolve({ ms: performance.now() - t0, hits });
          },
        });
      }),
    { names, limiters: LIMITERS },
  );
}

/** One alternation of every name, longest first, bounded by non-letters (Unicode-aware). */
export function combinedPattern(names: string[]): string {
  const escaped = [...new Set(names)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
}

async function markRegExp(page: Page, pattern: string): Promise<{ ms: number; hits: number }> {
  await page.addScriptTag({ content: MARK_JS });
  return page.evaluate(
    (pattern) =>
      new Promise<{ ms: number; hits: number }>((resolve) => {
        const Mark = (
          window as unknown as { Mark: new (el: Element) => { markRegExp: (r: RegExp, o: object) => void } }
        ).Mark;
        const t0 = performance.now();
        new Mark(document.body).markRegExp(new RegExp(pattern, 'gu'), {
          done: (hits: number) => {
            void document.body.offsetHeight;
            resolve({ ms: performance.now() - t0, hits });
          },
        });
      }),
    pattern,
  );
}

/** The first pass's own work by part (see {@link PageResult.factlightBreakdown}). */
export interface FactlightBreakdown {
  walkMs: number | null;
  applyMs: number | null;
  paintMs: number | null;
  /**
   * Building the names requests and handing them to the browser (which serialises the texts):
   * main-thread work of Factlight's that `workMs` leaves out (it counts walk, apply and paint).
   */
  askMs: number | null;
  spans: number | null;
}

const BREAKDOWN_KEYS = ['walkMs', 'applyMs', 'paintMs', 'askMs', 'spans'] as const;

/** Factlight's first pass on a fresh load: the content script's `factlight:pass` measure. */
export interface PassResult {
  ms: number;
  workMs: number | null;
  passOnlyMs: number;
  hits: number;
  startMs: number | null;
  /** The pass measure's detail (walkMs, applyMs, paintMs, spans, … on the benchmark's pages). */
  detail: Record<string, number>;
}

/** Medians per part over passes; null when no pass reported the breakdown. */
export function breakdownOf(passes: PassResult[]): FactlightBreakdown | null {
  if (!passes.some((p) => p.detail.walkMs !== undefined)) return null;
  const out = {} as FactlightBreakdown;
  for (const key of BREAKDOWN_KEYS)
    out[key] = median(passes.flatMap((p) => (p.detail[key] === undefined ? [] : [p.detail[key]])));
  return out;
}

export async function factlightPass(context: BrowserContext, url: string): Promise<PassResult | string> {
  const page = await freshLoad(context, url);
  try {
    const entries = await waitForMeasure(page, 'factlight:pass', PASS_TIMEOUT_MS);
    if (!entries) {
      const painted = await paintedCount(page);
      return painted > 0
        ? `no factlight:pass measure (content script painted ${painted} ranges but emits no measure)`
        : `no factlight:pass measure within ${PASS_TIMEOUT_MS / 1000} s and nothing painted (content script missing or inactive)`;
    }
    // A full name found late makes the scanner rescan at once (evidence for held-back surnames):
    // that rescan is part of the first pass the user sees, so it is counted in.
    await page.waitForTimeout(100);
    const pass = entries[0]!;
    const followUps = ((await waitForMeasure(page, 'factlight:rescan', 0, pass.startTime)) ?? []).filter(
      (r) => r.startTime - (pass.startTime + pass.duration) < 50,
    );
    const ms = pass.duration + followUps.reduce((sum, r) => sum + r.duration, 0);
    const workMs = pass.workMs == null ? null : pass.workMs + followUps.reduce((sum, r) => sum + (r.workMs ?? 0), 0);
    const start = (await waitForMeasure(page, 'factlight:start', 0))?.[0];
    return {
      ms,
      workMs,
      passOnlyMs: pass.duration,
      hits: await paintedCount(page),
      startMs: start?.workMs ?? null,
      detail: pass.detail,
    };
  } finally {
    await page.close();
  }
}

/** Runs `measure` up to `runs` times on fresh loads; stops after one run if it is slow. */
async function repeat<T extends { ms: number }>(runs: number, slowMs: number, measure: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await measure();
    out.push(result);
    if (result.ms > slowMs) break;
  }
  return out;
}

export async function measurePage(
  setup: HighlightSetup,
  page: { name: string; url: string; bytes: number },
): Promise<PageResult> {
  const { noExt, ext, names, runs, slowMs } = setup;
  const notes: string[] = [];
  const onFresh = async <T>(fn: (p: Page) => Promise<T>): Promise<T> => {
    const p = await freshLoad(noExt, page.url);
    try {
      return await fn(p);
    } finally {
      await p.close();
    }
  };

  // Interleave the methods run by run, so a noisy moment on this shared machine hits all of them.
  const walks: { ms: number; warmMs: number; textNodes: number; chars: number }[] = [];
  const passes: PassResult[] = [];
  let passProblem = ext ? '' : 'the extension is not loaded';
  for (let i = 0; i < runs; i++) {
    walks.push(await onFresh(walk));
    if (!passProblem) {
      const pass = await factlightPass(ext!, page.url);
      if (typeof pass === 'string') passProblem = pass;
      else passes.push(pass);
    }
  }
  if (passProblem) notes.push(`Factlight: ${passProblem}`);

  let marks: { ms: number; hits: number }[] = [];
  let regexps: { ms: number; hits: number }[] = [];
  if (names.length === 0) notes.push('mark.js: no names (the built bundle has no entities)');
  else {
    const predicted = setup.markjsMsPerChar * (walks[0]?.chars ?? 0);
    if (predicted > setup.markjsBudgetMs) {
      notes.push(
        `mark.js mark(): skipped, ~${(predicted / 1000).toFixed(0)} s expected from earlier pages (${(setup.markjsMsPerChar * 1000).toFixed(0)} ms per 1,000 chars; --markjs-budget to raise)`,
      );
    } else {
      marks = await repeat(runs, slowMs, () => onFresh((p) => markjs(p, names)));
      const chars = walks[0]?.chars ?? 0;
      // The cheapest rate seen: small pages carry fixed costs that would overstate a big one.
      if (marks.length && chars > 0) {
        const rate = Math.min(...marks.map((m) => m.ms)) / chars;
        setup.markjsMsPerChar = setup.markjsMsPerChar === 0 ? rate : Math.min(setup.markjsMsPerChar, rate);
      }
    }
    regexps = await repeat(runs, slowMs, () => onFresh((p) => markRegExp(p, combinedPattern(names))));
    const cut = (what: string, made: number) => {
      if (made > 0 && made < runs)
        notes.push(`${what}: ${made} of ${runs} runs (stopped after a run over ${slowMs / 1000} s)`);
    };
    cut('mark.js mark()', marks.length);
    cut('mark.js markRegExp()', regexps.length);
  }

  return {
    name: page.name,
    url: page.url,
    bytes: page.bytes,
    textNodes: walks[0]?.textNodes ?? 0,
    chars: walks[0]?.chars ?? 0,
    walkMs: median(walks.map((w) => w.ms)),
    walkWarmMs: median(walks.map((w) => w.warmMs)),
    factlightMs: median(passes.map((p) => p.ms)),
    factlightWorkMs: median(passes.flatMap((p) => (p.workMs == null ? [] : [p.workMs]))),
    factlightPassOnlyMs: median(passes.map((p) => p.passOnlyMs)),
    factlightStartMs: median(passes.flatMap((p) => (p.startMs == null ? [] : [p.startMs]))),
    factlightBreakdown: breakdownOf(passes),
    markjsMs: median(marks.map((m) => m.ms)),
    markRegExpMs: median(regexps.map((m) => m.ms)),
    factlightHits: passes[0]?.hits ?? null,
    markjsHits: marks[0]?.hits ?? null,
    markRegExpHits: regexps[0]?.hits ?? null,
    runs: { walk: walks.length, factlight: passes.length, markjs: marks.length, markRegExp: regexps.length },
    notes,
  };
}

/** Frames of the idle-frame page (bench/run.ts writes it: this many copies of an ad-like frame with no text). */
export const IDLE_FRAMES = 6;

/** A page of frames like ads: an image and a style, no text (a frame Factlight should hardly notice). */
export function idleFramesPage(frameUrl: string): string {
  const frames = Array.from(
    { length: IDLE_FRAMES },
    () => `<iframe src="${frameUrl}" width="300" height="100"></iframe>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames without text</title></head><body><p>A page with ads.</p>${frames.join('')}</body></html>`;
}
export const IDLE_FRAME_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ad</title><style>body{margin:0;background:#eee}</style></head><body><div><img alt="" width="300" height="90" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div></body></html>';

/**
 * Main-thread ms of Factlight's content script in each frame without text (its `factlight:idle`
 * measure), on `runs` fresh loads of the idle-frame page; null when no frame published one (a build
 * before the first stage existed: its whole page code ran there).
 */
export async function idleFrameCosts(context: BrowserContext, url: string, runs: number): Promise<number[]> {
  const costs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await freshLoad(context, url);
    try {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const ms = await frame
          .waitForFunction(
            () => {
              const entry = performance.getEntriesByName('factlight:idle')[0] as PerformanceMeasure | undefined;
              return entry ? (entry.detail as { workMs: number }).workMs : false;
            },
            null,
            { timeout: 5_000 },
          )
          .then((handle) => handle.jsonValue() as Promise<number>)
          .catch(() => null);
        if (ms != null) costs.push(ms);
      }
    } finally {
      await page.close();
    }
  }
  return costs;
}
