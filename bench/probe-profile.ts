// CPU profile of the content script's first pass (not committed).
import { launchBench, serveBench } from './browser';
async function main() {
  const dir = process.argv[2]!;
  const pages = (process.argv[3] ?? 'da-article.html').split(',');
  const runs = Number(process.argv[4] ?? 5);
  const server = await serveBench('bench/pages', '.');
  const ext = await launchBench(true, dir);
  const self = new Map<string, number>();
  let total = 0;
  for (const name of pages) for (let r = 0; r < runs; r++) {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/${name}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('factlight:pass').length > 0, null, { timeout: 30000 });
    await page.waitForTimeout(200);
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
    const dt: number[] = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const n = byId.get(profile.samples[i]);
      const url: string = n.callFrame.url;
      if (!url.includes('chrome-extension')) continue;
      const key = `${n.callFrame.functionName || '(anon)'} ${url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      const d = (dt[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + d);
      total += d;
    }
    // also native children attributed to parent: count (program)/(garbage collector)
    await page.close();
  }
  console.log('total ext self ms per run', (total / runs / pages.length).toFixed(2));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / runs / pages.length).toFixed(3), k);
  await ext.close(); await server.close(); process.exit(0);
}
main();
