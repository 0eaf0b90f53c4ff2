import { execFileSync } from 'node:child_process';
import { freshLoad, launchBench, serveBench } from '../browser';
async function main() {
  const v = process.argv[2]!; const page = process.argv[3] ?? 'long-article.html';
  const code = execFileSync('node_modules/.bin/esbuild', [`bench/probe-walk/entry-${v}.ts`, '--bundle', '--format=iife'], { encoding: 'utf8' });
  const server = await serveBench('bench/pages', '.');
  const b = await launchBench(false);
  const p = await freshLoad(b.context, `${server.url}/${page}`);
  await p.addScriptTag({ content: code });
  console.log(await p.evaluate(() => { const f = (globalThis as any).__walk; const out = []; for (let i = 0; i < 15; i++) { const t0 = performance.now(); f(document); out.push(Math.round((performance.now() - t0) * 10) / 10); } return out.join(' '); }));
  await b.close(); await server.close(); process.exit(0);
}
main();
