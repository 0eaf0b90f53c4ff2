/**
 * Item 3, hover to card: the pointer moves onto a highlighted name (real input through CDP) and the
 * time is taken from the page's own `pointermove` event to the card host's last size change (a
 * ResizeObserver on the host: the filled card laid out, ready to paint). The card lives in a closed
 * shadow root, so its inside is not looked at; the host (`factlight-card`, a popover) is.
 * Warm: the worker is running; each sample hovers a name not hovered before on that page (the
 * content script caches cards). Cold: a fresh page, then the worker stopped (harness.stopWorker())
 * just before the hover.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/browser/harness';
import { freshLoad, paintedCount, waitForMeasure } from './browser';
import { percentile } from './stats';

export interface HoverResult {
  /** Pointer over a name to the card filled (ms), including the intent delay. */
  p50: number | null;
  p95: number | null;
  coldP50: number | null;
  coldP95: number | null;
  /** The content script's hover-intent delay, read from its source. */
  intentDelayMs: number;
  /** p50/p95 with the intent delay taken off: what the user waits past it. */
  pastIntentP50: number | null;
  pastIntentP95: number | null;
  coldPastIntentP95: number | null;
  /** Pointer to the card's host shown (popover open, still loading), p50. */
  openP50: number | null;
  samples: number;
  coldSamples: number;
  notes: string[];
}

const HOST_TAG = 'factlight-card';

function intentDelay(): number {
  try {
    const match = /DEFAULT_HOVER_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync('lib/settings.ts', 'utf8'));
    return match ? Number(match[1]) : 150;
  } catch {
    return 150;
  }
}

/** Viewport points over painted names, one per distinct name text, in page order. */
async function namePoints(page: Page): Promise<{ text: string; x: number; y: number; scrollY: number }[]> {
  // Names are painted near the viewport, possibly a frame or two after the pass: wait for some.
  for (let i = 0; i < 30 && (await paintedCount(page)) <= 0; i++) await page.waitForTimeout(100);
  return page.evaluate((hostTag) => {
    const points: { text: string; x: number; y: number; scrollY: number }[] = [];
    const seen = new Set<string>();
    CSS.highlights.forEach((highlight, name) => {
      if (!/^factlight-[123]$/.test(name)) return;
      highlight.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const text = range.toString().toLowerCase();
        // One point per entity as far as the page can tell (the card cache is per entity): the
        // last word without a genitive or case ending, so "Zelenskyjs" and "Volodymyr Zelenskyj" count once.
        const key = (text.split(/\s+/).pop() ?? text).replace(/(['’]s|s|es|en|ens)$/u, '').slice(0, 6);
        if (seen.has(key) || range.startContainer.parentElement?.closest(hostTag)) return;
        const rect = range.getClientRects()[0];
        if (!rect || rect.width < 4) return;
        seen.add(key);
        const top = rect.top + window.scrollY;
        points.push({ text, x: rect.left + Math.min(rect.width / 2, 12), y: top + rect.height / 2, scrollY: top });
      });
    });
    return points.sort((a, b) => a.scrollY - b.scrollY);
  }, HOST_TAG);
}

/** Hovers one point; resolves with {open, filled} ms after the pointermove, or a reason. */
async function hoverOnce(
  page: Page,
  point: { x: number; y: number; scrollY: number },
): Promise<{ open: number; filled: number } | string> {
  // Put the name in the middle of the viewport, pointer parked away from text.
  const viewportY = await page.evaluate((top) => {
    window.scrollTo(0, Math.max(0, top - 300));
    return top - window.scrollY;
  }, point.scrollY);
  await page.mouse.move(2, 2);
  await page.evaluate((hostTag) => {
    const state = { move: -1, open: -1, lastResize: -1 };
    (window as unknown as { __benchHover: typeof state }).__benchHover = state;
    addEventListener('pointermove', (e) => (state.move = state.move < 0 ? e.timeStamp : state.move), {
      capture: true,
      once: false,
    });
    const watch = (host: Element) => {
      new ResizeObserver(() => {
        if (state.move >= 0) state.lastResize = performance.now();
      }).observe(host);
    };
    const existing = document.querySelector(hostTag);
    if (existing) watch(existing);
    new MutationObserver(() => {
      const host = document.querySelector(hostTag);
      if (host && state.open < 0 && state.move >= 0 && host.matches(':popover-open')) state.open = performance.now();
      if (host && !existing) watch(host);
    }).observe(document.documentElement, {
      childList: true,
      subtree: false,
      attributes: true,
      attributeFilter: ['popover', 'style'],
    });
  }, HOST_TAG);
  await page.mouse.move(point.x, viewportY, { steps: 1 });
  const result = await page.evaluate(async () => {
    const state = (window as unknown as { __benchHover: { move: number; open: number; lastResize: number } })
      .__benchHover;
    const deadline = performance.now() + 8_000;
    // Filled = no further size change for 250 ms after the card opened.
    while (performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const last = Math.max(state.lastResize, state.open);
      if (state.open >= 0 && performance.now() - last > 250)
        return { open: state.open - state.move, filled: Math.max(state.lastResize, state.open) - state.move };
    }
    return state.open >= 0 ? 'the card opened but did not settle within 8 s' : 'no card opened within 8 s';
  });
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.waitForTimeout(350);
  return result;
}

export async function measureHover(options: {
  ext: ExtensionBrowser;
  url: string;
  samples: number;
  coldSamples: number;
  log: (line: string) => void;
}): Promise<HoverResult> {
  const { ext, url } = options;
  const notes: string[] = [];
  const intentDelayMs = intentDelay();
  const warm: { open: number; filled: number }[] = [];
  const cold: { open: number; filled: number }[] = [];
  let problem = '';

  const collect = async (count: number, into: typeof warm): Promise<void> => {
    let page = await freshLoad(ext.context, url);
    let points: Awaited<ReturnType<typeof namePoints>> = [];
    let next = 0;
    try {
      while (into.length < count && !problem) {
        if (next >= points.length) {
          // Out of fresh names on this page: reload (the card cache is per page).
          if (next > 0) {
            await page.close();
            page = await freshLoad(ext.context, url);
          }
          if (!(await waitForMeasure(page, 'factlight:pass', 15_000))) await page.waitForTimeout(2_000);
          points = await namePoints(page);
          next = 0;
          if (points.length === 0) {
            problem = 'no painted names on the page to hover';
            return;
          }
        }
        const result = await hoverOnce(page, points[next++]!);
        if (typeof result === 'string') problem = result;
        else into.push(result);
      }
    } finally {
      await page.close();
    }
  };

  // Cold: a fresh page each time (empty card cache), the worker stopped just before the hover.
  const collectCold = async (count: number): Promise<void> => {
    while (cold.length < count && !problem) {
      const page = await freshLoad(ext.context, url);
      try {
        if (!(await waitForMeasure(page, 'factlight:pass', 15_000))) await page.waitForTimeout(2_000);
        const points = await namePoints(page);
        if (points.length === 0) {
          problem = 'no painted names on the page to hover';
          return;
        }
        await ext.stopWorker();
        const result = await hoverOnce(page, points[cold.length % points.length]!);
        if (typeof result === 'string') problem = result;
        else cold.push(result);
      } finally {
        await page.close();
      }
    }
  };

  try {
    await collect(options.samples, warm);
    if (!problem) await collectCold(options.coldSamples);
  } catch (error) {
    problem = (error as Error).message.split('\n')[0]!;
  }
  if (problem) notes.push(`hover: ${problem}`);
  const filled = warm.map((r) => r.filled);
  const coldFilled = cold.map((r) => r.filled);
  const minus = (v: number | null) => (v == null ? null : v - intentDelayMs);
  return {
    p50: percentile(filled, 50),
    p95: percentile(filled, 95),
    coldP50: percentile(coldFilled, 50),
    coldP95: percentile(coldFilled, 95),
    intentDelayMs,
    pastIntentP50: minus(percentile(filled, 50)),
    pastIntentP95: minus(percentile(filled, 95)),
    coldPastIntentP95: minus(percentile(coldFilled, 95)),
    openP50: percentile(
      warm.map((r) => r.open),
      50,
    ),
    samples: warm.length,
    coldSamples: cold.length,
    notes,
  };
}
