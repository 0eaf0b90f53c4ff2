// Trace V8 compile time during the content script's first pass (not committed).
import { launchBench, serveBench } from './browser';
async function main() {
  const dir = process.argv[2]!; const name = process.argv[3] ?? 'da-article.html';
  const server = await serveBench('bench/pages', '.');
  const ext = await launchBench(true, dir);
  for (let r = 0; r < 3; r++) {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events: any[] = [];
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8', 'disabled-by-default-v8.compile', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.gc'] }, transferMode: 'ReportEvents' });
    await page.goto(`${server.url}/${name}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('factlight:pass').length > 0, null, { timeout: 30000 });
    await page.waitForTimeout(200);
    await cdp.send('Tracing.end');
    await done;
    const sums = new Map<string, { n: number; ms: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const k = e.name;
      const s = sums.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += e.dur / 1000; sums.set(k, s);
    }
    const marks = events.filter((e) => e.name === 'factlight:pass' || e.name === 'factlight:start');
    for (const m of marks.filter((m) => m.ph === 'b')) {
      const end = marks.find((x) => x.ph === 'e' && x.name === m.name && x.id2?.local === m.id2?.local && x.ts >= m.ts) ?? marks.find((x) => x.ph === 'e' && x.name === m.name);
      if (!end) continue;
      const inWin = events.filter((e) => e.ph === 'X' && e.tid === m.tid && e.ts >= m.ts && e.ts + (e.dur ?? 0) <= end.ts);
      const sum = (re: RegExp) => inWin.filter((e) => re.test(e.name)).reduce((a, e) => a + e.dur / 1000, 0);
      const top = (re: RegExp) => { const xs = inWin.filter((e) => re.test(e.name)).sort((a, b) => a.ts - b.ts); let t = 0, lastEnd = 0; for (const e of xs) { if (e.ts >= lastEnd) { t += e.dur / 1000; lastEnd = e.ts + e.dur; } } return t; };
      console.log(`  ${m.name} window ${((end.ts - m.ts) / 1000).toFixed(2)} ms: CompileCode ${top(/^V8.CompileCode$/).toFixed(2)} ParseFunction ${sum(/^V8.ParseFunction$/).toFixed(2)} GC ${top(/GC|Scavenge|MarkCompact/i).toFixed(2)} FunctionCall ${top(/^FunctionCall$|^v8.callFunction$/).toFixed(2)} RunMicrotasks ${top(/RunMicrotasks/).toFixed(2)}`);
    }
    // compile events with extension url
    let extCompile = 0, extN = 0;
    for (const e of events) if (e.ph === 'X' && /Compile|Parse/i.test(e.name) && JSON.stringify(e.args ?? {}).includes('chrome-extension')) { extCompile += e.dur / 1000; extN++; }
    console.log(`run ${r}: ext compile/parse events ${extN} ${extCompile.toFixed(2)} ms`);
    console.log([...sums].filter(([k]) => /Compile|Parse|GC|Scavenge|Mark|Optimize|Maglev|Sparkplug|Baseline/i.test(k)).sort((a, b) => b[1].ms - a[1].ms).slice(0, 15).map(([k, v]) => `  ${k} n=${v.n} ${v.ms.toFixed(2)}`).join('\n'));
    await page.close();
  }
  await ext.close(); await server.close(); process.exit(0);
}
main();
