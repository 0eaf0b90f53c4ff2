import { walkTextRuns } from './old';
(globalThis as any).__walk = (root: Node) => { const runs = []; const shadows: ShadowRoot[] = []; for (const r of walkTextRuns(root, (s) => shadows.push(s))) runs.push(r); return runs; };
