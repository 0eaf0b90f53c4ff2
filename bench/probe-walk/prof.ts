import { execFileSync } from 'node:child_process';
import { freshLoad, launchBench, serveBench } from '../browser';
async function main() {
  const v = process.argv[2]!; const page = process.argv[3] ?? 'long-article.html';
  const code = execFileSync('node_modules/.bin/esbuild', [`bench/probe-walk/entry-${v}.ts`, '--bundle', '--format=iife'], { encoding: 'utf8' });
  const server = await serveBench('bench/pages', '.');
  const b = await launchBench(false);
  const p = await freshLoad(b.context, `${server.url}/${page}`);
  const cdp = await b.context.newCDPSession(p);
  const tree = (await cdp.send('Page.getFrameTree')) as any;
  const world = (await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'probe' })) as any;
  const ev = async (expr: string) => ((await cdp.send('Runtime.evaluate', { expression: expr, contextId: world.executionContextId, returnByValue: true })) as any).result.value;
  await ev(code);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  console.log(await ev(`(() => { const out = []; for (let i = 0; i < 30; i++) { const t0 = performance.now(); __walk(document); out.push(Math.round((performance.now() - t0) * 10) / 10); } return out.join(' '); })()`));
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<string, number>(); const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) { const n = byId.get(profile.samples[i]); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000); }
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1), k);
  await b.close(); await server.close(); process.exit(0);
}
main();
