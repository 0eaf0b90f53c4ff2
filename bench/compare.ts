/**
 * Side by side: `npx tsx bench/compare.ts DIR [DIR …] [--runs=N] [--pages=a.html,b.html]` loads each
 * bench page fresh, run by run interleaved: once without the extension (the bare TreeWalker text walk)
 * and once in a browser per build (copies of .output/chrome-mv3), so a noisy moment on a shared machine
 * hits every build alike. Prints per page and build the medians and ranges of Factlight's own work in
 * its first pass (with the evidence rescans right after it, as bench/highlight.ts counts them), its
 * ratio to the bare walk, the walk / apply / paint breakdown, the start measure, and a summary.
 */
import { freshLoad, launchBench, serveBench } from './browser';
import { median } from './stats';

const PAGES = ['da-article.html', 'de-article.html', 'en-article.html', 'long-article.html', 'nb-article.html'];
const SHOWN = ['work', 'ratio', 'walkMs', 'applyMs', 'paintMs', 'askMs', 'startMs', 'spans'] as const;

/** Factlight's first pass on a fresh load, from the page's performance timeline. */
async function passOf(page: import('playwright-core').Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => performance.getEntriesByName('factlight:pass').length > 0, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const pass = performance.getEntriesByName('factlight:pass')[0] as PerformanceMeasure;
    const start = performance.getEntriesByName('factlight:start')[0] as PerformanceMeasure | undefined;
    const out: Record<string, number> = {};
    for (const [key, value] of Object.entries((pass.detail ?? {}) as Record<string, unknown>))
      if (typeof value === 'number') out[key] = value;
    const end = pass.startTime + pass.duration;
    const followUps = performance
      .getEntriesByName('factlight:rescan')
      .filter((e) => e.startTime >= pass.startTime && e.startTime - end < 50) as PerformanceMeasure[];
    out.work =
      (out.workMs ?? 0) + followUps.reduce((sum, e) => sum + ((e.detail as { workMs?: number })?.workMs ?? 0), 0);
    const startWork = (start?.detail as { workMs?: number } | undefined)?.workMs;
    if (typeof startWork === 'number') out.startMs = startWork;
    return out;
  });
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(option('runs') ?? 5);
  const pages = option('pages')?.split(',') ?? PAGES;
  if (dirs.length === 0) throw new Error('Factlight: name at least one build folder (a copy of .output/chrome-mv3)');
  const server = await serveBench('bench/pages', '.');
  const bare = await launchBench(false);
  const builds = [];
  for (const dir of dirs) builds.push(await launchBench(true, dir));
  const fmt = (xs: number[]) =>
    xs.length ? `${median(xs)!.toFixed(2)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})` : '—';
  const summary = dirs.map(() => ({ ratio: [] as number[], startMs: [] as number[] }));
  try {
    for (const name of pages) {
      const walks: number[] = [];
      const rows = dirs.map(() => ({}) as Record<string, number[]>);
      for (let run = 0; run < runs; run++) {
        const plain = await freshLoad(bare.context, `${server.url}/${name}`);
        walks.push(
          await plain.evaluate(() => {
            const t0 = performance.now();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let chars = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
            return chars >= 0 ? performance.now() - t0 : 0;
          }),
        );
        await plain.close();
        for (let i = 0; i < builds.length; i++) {
          const page = await freshLoad(builds[i]!.context, `${server.url}/${name}`);
          for (const [key, value] of Object.entries(await passOf(page))) (rows[i]![key] ??= []).push(value);
          await page.close();
        }
      }
      const walk = median(walks)!;
      console.log(`\n${name}: bare walk ${fmt(walks)} ms`);
      for (let i = 0; i < dirs.length; i++) {
        const row = rows[i]!;
        row.ratio = (row.work ?? []).map((work) => work / walk);
        summary[i]!.ratio.push(median(row.ratio)!);
        if (row.startMs) summary[i]!.startMs.push(median(row.startMs)!);
        console.log(`  ${dirs[i]}: ${SHOWN.map((key) => `${key} ${fmt(row[key] ?? [])}`).join(' | ')}`);
      }
    }
    console.log('\nmedian over pages: own work / bare walk, start → ready to scan (ms)');
    for (let i = 0; i < dirs.length; i++)
      console.log(`  ${dirs[i]}: ${median(summary[i]!.ratio)?.toFixed(2)}, ${median(summary[i]!.startMs)?.toFixed(2)}`);
  } finally {
    for (const browser of [bare, ...builds]) await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
