/**
 * The one place that says which context may import which. Factlight's code runs in five contexts;
 * each folder belongs to one, and imports only go in the allowed directions. This test reads every
 * source file's imports and fails on a crossing, on `node:` outside Node-only code, and on zod
 * reaching the content script (directly or through any module it imports).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** The contexts, each with the folders (or files) that belong to it. First match wins. */
const CONTEXTS = {
  /** Pure logic, tested in Node and bundled anywhere: no browser API, no `node:`. */
  pure: [
    'lib/bundle/',
    'lib/corpus/',
    'lib/entities/',
    'lib/names/',
    'lib/search/',
    'lib/text/',
    'lib/pipeline/',
    'lib/library/',
  ],
  /** Small helpers over the extension APIs that every extension context shares (no zod). */
  shared: ['lib/protocol.ts', 'lib/settings.ts', 'lib/panelRoute.ts', 'lib/extension/', 'lib/ui/'],
  /** The zod schemas of the protocol: for the background and extension pages, never a page. */
  schemas: ['lib/protocolSchemas.ts'],
  /** Node-only build code: the CLI, file reading and writing, generators. */
  node: ['lib/node/', 'lib/cli/', 'scripts/'],
  /** The background (service worker / event page). */
  worker: ['lib/background/', 'entrypoints/background/'],
  /** The content script: runs in every frame of every page. */
  page: [
    'lib/page/',
    'entrypoints/content/',
    'entrypoints/frames.content/',
    'entrypoints/content-main.ts',
    'entrypoints/extract-page.ts',
    'entrypoints/card-ui.ts',
  ],
  /** Extension pages: popup, side panel, library page. */
  ui: ['components/', 'entrypoints/popup/', 'entrypoints/sidepanel/', 'entrypoints/options/'],
} as const;
type Context = keyof typeof CONTEXTS;

/** Who may import whom (a context may always import itself). */
const ALLOWED: Record<Context, Context[]> = {
  pure: [],
  shared: ['pure'],
  schemas: ['pure', 'shared'],
  node: ['pure', 'shared', 'schemas'],
  worker: ['pure', 'shared', 'schemas'],
  page: ['pure', 'shared'],
  ui: ['pure', 'shared', 'schemas'],
};

const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(full).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    return statSync(path.join(ROOT, rel)).isDirectory() ? walk(rel) : SOURCE.test(name) ? [rel] : [];
  });
}

function contextOf(file: string): Context | undefined {
  for (const [context, prefixes] of Object.entries(CONTEXTS) as [Context, readonly string[]][]) {
    if (prefixes.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))) return context;
  }
  return undefined;
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) found.push({ specifier: m[3]!, typeOnly: !!m[2] });
  for (const m of text.matchAll(DYNAMIC)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

function isFile(file: string): boolean {
  try {
    return statSync(path.join(ROOT, file)).isFile();
  } catch {
    return false;
  }
}

/** The repository file an import names, or undefined for a package. */
function resolve(from: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith('@/')) target = specifier.slice(2);
  else if (specifier.startsWith('.'))
    target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return undefined;
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    if (SOURCE.test(candidate) && isFile(candidate)) return candidate;
  }
  return target; // a CSS file or an asset: no context
}

const FILES = ['lib', 'components', 'entrypoints', 'scripts'].flatMap(walk);

describe('import boundaries between contexts', () => {
  it('every source file belongs to a context', () => {
    expect(FILES.filter((file) => !contextOf(file) && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('imports go only in the allowed directions', () => {
    const crossings: string[] = [];
    for (const file of FILES) {
      const from = contextOf(file);
      if (!from) continue;
      for (const { specifier } of importsOf(file)) {
        const target = resolve(file, specifier);
        const to = target && contextOf(target);
        if (to && to !== from && !ALLOWED[from].includes(to)) crossings.push(`${file} (${from}) → ${target} (${to})`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('no two folders import each other, directly or in a ring', () => {
    const folderOf = (file: string) => path.posix.dirname(file);
    const edges = new Map<string, Set<string>>();
    for (const file of FILES) {
      for (const { specifier } of importsOf(file)) {
        const target = resolve(file, specifier);
        if (!target || !SOURCE.test(target) || folderOf(target) === folderOf(file)) continue;
        if (!edges.has(folderOf(file))) edges.set(folderOf(file), new Set());
        edges.get(folderOf(file))!.add(folderOf(target));
      }
    }
    const rings: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (folder: string, trail: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'open') {
        rings.push([...trail.slice(trail.indexOf(folder)), folder].join(' → '));
        return;
      }
      state.set(folder, 'open');
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(rings).toEqual([]);
  });

  it('only Node-only code imports node: modules', () => {
    const offenders = FILES.filter(
      (file) => contextOf(file) !== 'node' && importsOf(file).some(({ specifier }) => specifier.startsWith('node:')),
    );
    expect(offenders).toEqual([]);
  });

  it('the content script never loads zod, not even through a module it imports (its first stage, page code and card)', () => {
    const seen = new Set<string>();
    const zodPaths: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (typeOnly) continue; // erased at build time
        if (specifier === 'zod' || specifier.startsWith('zod/')) zodPaths.push([...trail, file].join(' → '));
        const target = resolve(file, specifier);
        if (target && SOURCE.test(target)) visit(target, [...trail, file]);
      }
    };
    for (const entry of [
      'entrypoints/content/index.ts',
      'entrypoints/frames.content/index.ts',
      'entrypoints/content-main.ts',
      'entrypoints/card-ui.ts',
    ])
      visit(entry, []);
    expect(seen.size).toBeGreaterThan(20);
    expect(zodPaths).toEqual([]);
  });
});
