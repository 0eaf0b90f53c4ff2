// lower bound: element+text walk, read localName+shadowRoot, data; no runs
(globalThis as any).__walk = (root: Document) => { const w = root.createTreeWalker(root, 5); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { if (n.nodeType === 3) c += (n as Text).data.length; else { (n as Element).localName; (n as Element).shadowRoot; } } return []; };
