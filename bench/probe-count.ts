import { freshLoad, launchBench, serveBench } from '/work/wt/i14walk/bench/browser';
async function main() {
  const server = await serveBench('bench/pages', '.');
  const bare = await launchBench(false);
  for (const name of ['da-article.html', 'de-article.html', 'en-article.html', 'long-article.html', 'nb-article.html']) {
    const res: any[] = [];
    for (let r = 0; r < 3; r++) {
    const p = await freshLoad(bare.context, `${server.url}/${name}`);
    res.push(await p.evaluate(() => {
      const out: Record<string, number> = {};
      let t0 = performance.now();
      let w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += (n as Text).data.length;
      out.textWalk = performance.now() - t0;
      t0 = performance.now();
      w = document.createTreeWalker(document.body, 1); let sr = 0; for (let n = w.nextNode(); n; n = w.nextNode()) if ((n as Element).shadowRoot) sr++;
      out.elemShadowWalk = performance.now() - t0;
      t0 = performance.now();
      const q = document.body.querySelectorAll('[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false" i])');
      const s = new Set<Node>(); for (let i = 0; i < q.length; i++) s.add(q[i]!);
      out.qsa = performance.now() - t0; out.qsaN = q.length;
      t0 = performance.now();
      w = document.createTreeWalker(document.body, 5); let k = 0; for (let n = w.nextNode(); n; n = w.nextNode()) k++;
      out.bothWalk = performance.now() - t0;
      out.texts = 0; out.elems = 0; out.ws = 0; out.parents = 0;
      const ps = new Set<Node>();
      w = document.createTreeWalker(document.body, 5); for (let n = w.nextNode(); n; n = w.nextNode()) { if (n.nodeType === 3) { out.texts++; if (!/\S/.test((n as Text).data)) out.ws++; ps.add(n.parentNode!); } else { out.elems++; if ((n as Element).hasAttributes()) out.attrs = (out.attrs ?? 0) + 1; } }
      out.parents = ps.size; out.chars = c;
      return out;
    }));
    await p.close();
    }
    const keys = Object.keys(res[0]);
    console.log(name, keys.map((k) => `${k}=${res.map((x) => Math.round(x[k] * 100) / 100).join('/')}`).join(' '));
  }
  await bare.close(); await server.close(); process.exit(0);
}
main();
