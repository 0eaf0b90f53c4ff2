import { TextRunWalker } from '../../lib/page/textWalker';
(globalThis as any).__walk = (root: Node) => { const runs = []; const shadows: ShadowRoot[] = []; const w = new TextRunWalker(root, (s) => shadows.push(s)); for (let r = w.next(); r; r = w.next()) runs.push(r); return runs; };
