import { launchBench, serveBench, freshLoad, waitForMeasure } from './browser';
const page = process.argv[2] ?? 'da-article.html';
const runs = Number(process.argv[3] ?? 3);
const server = await serveBench('bench/pages', 'bench-results');
const ext = await launchBench(true);
for (let i = 0; i < runs; i++) {
  const p = await freshLoad(ext.context, `${server.url}/${page}`);
  await waitForMeasure(p, 'factlight:pass', 20000);
  await p.waitForTimeout(300);
  const m = await p.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('factlight'))
      .map((e) => ({
        n: e.name,
        d: +e.duration.toFixed(1),
        ...Object.fromEntries(
          Object.entries((e as PerformanceMeasure).detail ?? {}).map(([k, v]) => [
            k,
            typeof v === 'number' ? +v.toFixed(2) : v,
          ]),
        ),
      })),
  );
  console.log(JSON.stringify(m));
  await p.close();
}
await ext.close();
await server.close();
