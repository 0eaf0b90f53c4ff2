// Side-by-side probe (not committed): bare walk vs builds A and B, interleaved fresh loads.
import { freshLoad, launchBench, serveBench } from './browser';
import { median } from './stats';
async function main() {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
  const only = process.argv.find((a) => a.startsWith('--pages='))?.slice(8).split(',');
  const server = await serveBench('bench/pages', '.');
  const bare = await launchBench(false);
  const exts = [] as Awaited<ReturnType<typeof launchBench>>[];
  for (const d of dirs) exts.push(await launchBench(true, d));
  const pages = only ?? ['da-article.html', 'de-article.html', 'en-article.html', 'long-article.html', 'nb-article.html'];
  const summary: Record<string, number[]>[] = dirs.map(() => ({}));
  for (const name of pages) {
    const walks: number[] = [];
    const rows: Record<string, number[]>[] = dirs.map(() => ({}));
    for (let r = 0; r < runs; r++) {
      {
        const p = await freshLoad(bare.context, `${server.url}/${name}`);
        walks.push(await p.evaluate(() => { const t0 = performance.now(); const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += (n as Text).data.length; return performance.now() - t0; }));
        await p.close();
      }
      for (let i = 0; i < dirs.length; i++) {
        const p = await freshLoad(exts[i]!.context, `${server.url}/${name}`);
        await p.waitForFunction(() => performance.getEntriesByName('factlight:pass').length > 0, null, { timeout: 30000 });
        await p.waitForTimeout(150);
        const d = await p.evaluate(() => {
          const out: Record<string, number> = {};
          const s = performance.getEntriesByName('factlight:start')[0] as PerformanceMeasure | undefined;
          const pass = performance.getEntriesByName('factlight:pass')[0] as PerformanceMeasure;
          const det = (pass.detail ?? {}) as Record<string, number>;
          for (const [k, v] of Object.entries(det)) out[k] = v;
          const sd = (s?.detail ?? {}) as Record<string, number>;
          out.startMs = sd.workMs ?? NaN; out.evaluatedMs = sd.evaluatedMs ?? NaN;
          const after = pass.startTime;
          const follow = performance.getEntriesByName('factlight:rescan').filter((e) => e.startTime >= after && e.startTime - (pass.startTime + pass.duration) < 50);
          out.workTotal = (det.workMs ?? 0) + follow.reduce((a, e) => a + (((e as PerformanceMeasure).detail as any)?.workMs ?? 0), 0);
          let n = 0; CSS.highlights.forEach((h, k) => { if (k.startsWith('factlight')) n += h.size; }); out.hits = n;
          return out;
        });
        for (const [k, v] of Object.entries(d)) (rows[i]![k] ??= []).push(v);
        await p.close();
      }
    }
    const fmt = (xs: number[]) => `${median(xs)!.toFixed(2)} [${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}]`;
    console.log(`\n${name}: bare walk ${fmt(walks)}`);
    for (let i = 0; i < dirs.length; i++) {
      const row = rows[i]!;
      row.ratio = row.workTotal!.map((w) => w / median(walks)!);
      for (const k of ['ratio', 'startMs', 'evaluatedMs']) (summary[i]![k] ??= []).push(median(row[k]!)!);
      console.log(`  ${dirs[i]}: ` + ['workTotal', 'ratio', 'walkMs', 'applyMs', 'paintMs', 'waitMs', 'startMs', 'evaluatedMs', 'hits', 'spans', 'batches', 'remove', 'unchanged', 'fromMatches', 'storeAdd', 'painterAdd'].map((k) => `${k} ${row[k] ? fmt(row[k]!) : '-'}`).join(' | '));
    }
  }
  console.log('\nSUMMARY (median over pages)');
  for (let i = 0; i < dirs.length; i++) console.log(`  ${dirs[i]}: ratio ${median(summary[i]!.ratio!)!.toFixed(2)} start ${median(summary[i]!.startMs!)!.toFixed(2)} evaluated ${median(summary[i]!.evaluatedMs!)!.toFixed(2)}`);
  for (const e of [bare, ...exts]) await e.close();
  await server.close();
  process.exit(0);
}
main();
