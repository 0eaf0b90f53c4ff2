/**
 * Item 2, the page's cost of living with Factlight:
 * - 2,000 DOM insert/remove pairs and 200 text edits, each its own task (so Factlight's observer
 *   and any rescan it schedules run inside the measured time), with the extension and without;
 * - the longest task after DOMContentLoaded on the 2 MB page, with and without (content scripts run
 *   after it; the page's own parsing is before it and not Factlight's);
 * - the cost of rescanning after 40 paragraphs are added: the content script's `factlight:rescan`
 *   measures when it emits them, else the time until its painted range count changes (a latency
 *   that includes its debounce — said in the note).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { freshLoad, paintedCount, waitForMeasure } from './browser';
import { median, ratio } from './stats';

export interface LivingResult {
  /** Median ms of the whole edit script (inserts + edits), with and without the extension. */
  editsWithMs: number | null;
  editsWithoutMs: number | null;
  insertWithMs: number | null;
  insertWithoutMs: number | null;
  textEditWithMs: number | null;
  textEditWithoutMs: number | null;
  /** editsWith / editsWithout (goal ≤ 1.1). */
  rangeTaxRatio: number | null;
  longestTaskMs: number | null;
  longestTaskWithoutMs: number | null;
  rescanMs: number | null;
  rescanHow: string;
  notes: string[];
}

/** The in-page edit script; both browsers run exactly this. */
async function editScript(page: Page): Promise<{ insertMs: number; editMs: number }> {
  return page.evaluate(async () => {
    const yieldTask = (): Promise<void> =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    const host = document.querySelector('article') ?? document.body;
    const texts = [...host.querySelectorAll('p')]
      .map((p) => p.textContent ?? '')
      .filter((t) => t.length > 40)
      .slice(0, 50);
    if (texts.length === 0) texts.push('Zelenskyj og Putin mødtes ikke i Kyiv.');
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) {
      const p = document.createElement('p');
      p.textContent = texts[i % texts.length]!;
      host.appendChild(p);
      await yieldTask();
      p.remove();
      await yieldTask();
    }
    const insertMs = performance.now() - t0;
    const targets = [...host.querySelectorAll('p')]
      .filter((p) => p.firstChild?.nodeType === Node.TEXT_NODE)
      .slice(0, 200);
    const t1 = performance.now();
    for (let i = 0; i < 200 && targets.length > 0; i++) {
      const node = targets[i % targets.length]!.firstChild as Text;
      node.data = `${node.data} ${i % 2 ? 'Putin' : 'nyt'}`;
      await yieldTask();
    }
    return { insertMs, editMs: performance.now() - t1 };
  });
}

async function longestTaskAfterDcl(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __benchLongTasks?: { start: number; duration: number }[] }).__benchLongTasks;
    if (!tasks) return null;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const after = nav?.domContentLoadedEventEnd ?? 0;
    return tasks.filter((t) => t.start >= after).reduce((max, t) => Math.max(max, t.duration), 0);
  });
}

async function rescanAfterParagraphs(page: Page): Promise<{ ms: number; how: string } | string> {
  const before = await page.evaluate(() => ({
    now: performance.now(),
    rescans: performance.getEntriesByName('factlight:rescan').length,
  }));
  const painted = await paintedCount(page);
  const addedAt = await page.evaluate(() => {
    const host = document.querySelector('article') ?? document.body;
    const source = [...host.querySelectorAll('p')].map((p) => p.textContent ?? '').filter((t) => t.length > 40);
    const at = performance.now();
    for (let i = 0; i < 40; i++) {
      const p = document.createElement('p');
      p.textContent = `${source[i % Math.max(1, source.length)] ?? ''} Volodymyr Zelenskyj talte med Vladimir Putin.`;
      host.appendChild(p);
    }
    return at;
  });
  const first = await waitForMeasure(page, 'factlight:rescan', 3_000, addedAt);
  if (first) {
    // Give follow-up rescans (late evidence) their turn, then count them all.
    await page.waitForTimeout(300);
    const measures = (await waitForMeasure(page, 'factlight:rescan', 0, addedAt)) ?? first;
    const work = measures.every((m) => m.workMs != null);
    const ms = measures.reduce((sum, m) => sum + (work ? m.workMs! : m.duration), 0);
    const wall = measures.reduce((sum, m) => sum + m.duration, 0);
    return {
      ms,
      how: `Factlight's own time in ${measures.length} factlight:rescan measure(s) after the insert (${work ? `detail.workMs; wall ${wall.toFixed(2)} ms` : 'wall time'})`,
    };
  }
  if (before.rescans > 0) return 'factlight:rescan measures exist but none followed the insert';
  // No measure: the time until the painted count changes (includes the scanner's debounce).
  const changedAt = await page.evaluate(
    async ({ painted }) => {
      const count = (): number => {
        let n = 0;
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('factlight')) n += h.size;
        });
        return n;
      };
      const deadline = performance.now() + 5_000;
      while (performance.now() < deadline) {
        if (count() !== painted) return performance.now();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return null;
    },
    { painted },
  );
  if (changedAt == null) return 'no factlight:rescan measure and the painted count did not change within 5 s';
  return {
    ms: changedAt - addedAt,
    how: 'no factlight:rescan measure: latency until the painted count changed (includes debounce)',
  };
}

export async function measureLiving(options: {
  ext: BrowserContext | null;
  noExt: BrowserContext;
  articleUrl: string;
  bigUrl: string;
  runs: number;
  log: (line: string) => void;
}): Promise<LivingResult> {
  const { ext, noExt, articleUrl, bigUrl, runs } = options;
  const notes: string[] = [];
  const withRuns: { insertMs: number; editMs: number }[] = [];
  const withoutRuns: { insertMs: number; editMs: number }[] = [];
  const waitPass = async (page: Page): Promise<void> => {
    if (!(await waitForMeasure(page, 'factlight:pass', 15_000)))
      notes.push('edits: no factlight:pass before the edits (measured anyway)');
  };
  // Interleaved, so drift on this shared machine hits both sides.
  for (let i = 0; i < runs; i++) {
    const plain = await freshLoad(noExt, articleUrl);
    withoutRuns.push(await editScript(plain));
    await plain.close();
    if (ext) {
      const page = await freshLoad(ext, articleUrl);
      await waitPass(page);
      withRuns.push(await editScript(page));
      await page.close();
    }
  }
  const total = (r: { insertMs: number; editMs: number }): number => r.insertMs + r.editMs;
  const editsWithMs = median(withRuns.map(total));
  const editsWithoutMs = median(withoutRuns.map(total));

  let longestTaskMs: number | null = null;
  let longestTaskWithoutMs: number | null = null;
  let rescanMs: number | null = null;
  let rescanHow = 'n/a';
  const plainBig = await freshLoad(noExt, bigUrl);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  longestTaskWithoutMs = await longestTaskAfterDcl(plainBig);
  await plainBig.close();
  if (ext) {
    const longest: number[] = [];
    for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) {
      const big = await freshLoad(ext, bigUrl);
      await waitForMeasure(big, 'factlight:pass', 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const value = await longestTaskAfterDcl(big);
      if (value != null) longest.push(value);
      await big.close();
    }
    longestTaskMs = longest.length ? Math.max(...longest) : null;
    if (longest.length) notes.push(`longest task: worst of ${longest.length} loads of the 2 MB page`);

    const rescans: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await freshLoad(ext, articleUrl);
      await waitForMeasure(page, 'factlight:pass', 15_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await rescanAfterParagraphs(page);
      await page.close();
      if (typeof result === 'string') {
        rescanHow = result;
        break;
      }
      rescans.push(result.ms);
      rescanHow = result.how;
    }
    rescanMs = median(rescans);
  } else notes.push('the extension is not loaded: only the side without it was measured');

  return {
    editsWithMs,
    editsWithoutMs,
    insertWithMs: median(withRuns.map((r) => r.insertMs)),
    insertWithoutMs: median(withoutRuns.map((r) => r.insertMs)),
    textEditWithMs: median(withRuns.map((r) => r.editMs)),
    textEditWithoutMs: median(withoutRuns.map((r) => r.editMs)),
    rangeTaxRatio: ratio(editsWithMs, editsWithoutMs),
    longestTaskMs,
    longestTaskWithoutMs,
    rescanMs,
    rescanHow,
    notes,
  };
}
