import { freshLoad, launchBench, serveBench } from '../browser';
async function main() {
  const page = process.argv[2] ?? 'long-article.html';
  const server = await serveBench('bench/pages', '.');
  const b = await launchBench(false);
  for (const worldKind of ['isolated', 'main']) {
  const p = await freshLoad(b.context, `${server.url}/${page}`);
  const cdp = await b.context.newCDPSession(p);
  const tree = (await cdp.send('Page.getFrameTree')) as any;
  const world = (await cdp.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'probe' })) as any;
  const fn = () => {
    const res: Record<string, string> = {};
    const T = (name: string, f: () => void) => { const xs: number[] = []; for (let i = 0; i < 6; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); } res[name] = xs.map((x) => x.toFixed(1)).join(' '); };
    T('text', () => { const w = document.createTreeWalker(document, 4); for (let n = w.nextNode(); n; n = w.nextNode()) (n as Text).data; });
    T('textParent', () => { const w = document.createTreeWalker(document, 4); for (let n = w.nextNode(); n; n = w.nextNode()) { (n as Text).data; n.parentNode; } });
    T('both', () => { const w = document.createTreeWalker(document, 5); for (let n = w.nextNode(); n; n = w.nextNode()) n.nodeType; });
    T('bothLocal', () => { const w = document.createTreeWalker(document, 5); for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 1) (n as Element).localName; });
    T('bothAttr', () => { const w = document.createTreeWalker(document, 5); for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 1) (n as Element).hasAttributes(); });
    T('bothShadow', () => { const w = document.createTreeWalker(document, 5); for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeType === 1) (n as Element).shadowRoot; });
    T('qsaStar', () => { const q = document.querySelectorAll('*'); for (let i = 0; i < q.length; i++) q[i]!.shadowRoot; });
    T('qsaAttr', () => { document.querySelectorAll('[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false" i])'); });
    T('concat', () => { const w = document.createTreeWalker(document, 4); let s = ''; for (let n = w.nextNode(); n; n = w.nextNode()) { s += (n as Text).data; if (s.length > 20000) s = ''; } });
    T('regex', () => { const w = document.createTreeWalker(document, 4); let k = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { if (/\S/.test((n as Text).data)) k++; } });
    return res;
  };
  const expr = `globalThis.__name ??= (f) => f; (${fn.toString()})()`;
  const r = worldKind === 'isolated' ? ((await cdp.send('Runtime.evaluate', { expression: expr, contextId: world.executionContextId, returnByValue: true })) as any).result.value : await p.evaluate(fn);
  console.log(worldKind, r);
  await p.close();
  }
  await b.close(); await server.close(); process.exit(0);
}
main();
