// In-page cold walk comparison (not committed). usage: tsx bench/probe-walk/run.ts variant1 variant2 ...
import { execFileSync } from 'node:child_process';
import { freshLoad, launchBench, serveBench } from '../browser';
import { median } from '../stats';
async function main() {
  const variants = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  const code = Object.fromEntries(variants.map((v) => [v, execFileSync('node_modules/.bin/esbuild', [`bench/probe-walk/entry-${v}.ts`, '--bundle', '--format=iife', '--minify'], { encoding: 'utf8' })]));
  const server = await serveBench('bench/pages', '.');
  const b = await launchBench(false);
  const all: Record<string, number[]> = {};
  for (const name of ['da-article.html', 'de-article.html', 'en-article.html', 'long-article.html', 'nb-article.html', 'shadow.html']) {
    const t: Record<string, number[]> = { bare: [] }; const warm: Record<string, number[]> = {};
    let sig: Record<string, string> = {};
    for (let r = 0; r < runs; r++) {
      for (const v of ['bare', ...variants]) {
        const url = name === 'shadow.html' ? `${server.url}/en-article.html?shadow` : `${server.url}/${name}`;
        const p = await freshLoad(b.context, url);
        if (name === 'shadow.html') await p.evaluate(() => { for (const el of [...document.querySelectorAll('p')].slice(0, 30)) { const s = el.attachShadow({ mode: 'open' }); s.innerHTML = '<b>Shadow</b> text of <i>Angela Merkel</i><slot></slot>'; } });
        const cdp = await b.context.newCDPSession(p);
        const tree = (await cdp.send('Page.getFrameTree')) as any;
        const world = (await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'probe' })) as any;
        const ev = async (expr: string) => ((await cdp.send('Runtime.evaluate', { expression: expr, contextId: world.executionContextId, returnByValue: true })) as any).result.value;
        if (v !== 'bare') await ev(code[v]!);
        const fn = (v: string) => {
          if (v === 'bare') { const t0 = performance.now(); const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += (n as Text).data.length; return { ms: performance.now() - t0, warm: 0, sig: '' }; }
          const f = (globalThis as any).__walk;
          const t0 = performance.now(); const runs = f(document); const ms = performance.now() - t0;
          const t1 = performance.now(); f(document); const warm = performance.now() - t1;
          const sig = runs.map((r: any) => `${r.block.nodeName}|${r.nodes.length}|${r.starts.join(',')}|${r.text}`).join('\n');
          return { ms, warm, sig: (v.startsWith("min") ? "" : sig) };
        };
        const res = await ev(`(${fn.toString()})(${JSON.stringify(v)})`);
        (t[v] ??= []).push(res.ms); (warm[v] ??= []).push(res.warm); if (v !== 'bare') sig[v] = res.sig;
        await p.close();
      }
    }
    const sigs = new Set(Object.values(sig));
    console.log(name, Object.entries(t).map(([k, xs]) => `${k} ${median(xs)!.toFixed(2)} [${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}] warm ${median(warm[k]!)?.toFixed(2)}`).join(' | '), sigs.size > 1 ? 'RUNS DIFFER' : 'same runs', (Object.values(sig)[0] ?? '').split('\n').length);
    if (sigs.size > 1) { const vs = Object.entries(sig); const a = vs[0]![1].split('\n'), bb = vs[1]![1].split('\n'); for (let i = 0; i < Math.max(a.length, bb.length); i++) if (a[i] !== bb[i]) { console.log(' first diff', i, JSON.stringify(a[i]?.slice(0, 200)), '\n vs', JSON.stringify(bb[i]?.slice(0, 200))); break; } }
    for (const [k, xs] of Object.entries(t)) if (name !== 'shadow.html') (all[k] ??= []).push(median(xs)!);
  }
  console.log('ratio to bare (median of pages):', Object.keys(all).map((k) => `${k} ${median(all[k]!.map((x, i) => x / all.bare![i]!))!.toFixed(2)}`).join(' '));
  await b.close(); await server.close(); process.exit(0);
}
main();
