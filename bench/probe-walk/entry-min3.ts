// lower bound: element-only walk reading shadowRoot
(globalThis as any).__walk = (root: Document) => { const w = root.createTreeWalker(root, 1); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { if ((n as Element).shadowRoot) c++; } return []; };
