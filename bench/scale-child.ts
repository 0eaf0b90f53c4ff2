/**
 * One step of the scale benchmark, in its own Node process so that every load is cold (fresh JIT,
 * fresh heap) and a corpus too big for memory kills only this step. Run by bench/scale.ts:
 *
 *   node --expose-gc --import tsx bench/scale-child.ts build <passages> <workDir>
 *   node --expose-gc --import tsx bench/scale-child.ts build-index <passages> <workDir>
 *   node --expose-gc --import tsx bench/scale-child.ts load <bundle.json>
 *
 * Prints one JSON line on stdout.
 */
import { createRequire } from 'node:module';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus, createRandom } from './generate-corpus';

/** What `build` reports. */
export interface ScaleBuildResult {
  passagesRequested: number;
  passages: number;
  documents: number;
  entities: number;
  /** `buildBundle` (the real pipeline) or `index-only` when the pipeline could not run. */
  builder: 'buildBundle' | 'index-only';
  builderNote?: string;
  corpusBytes: number;
  generateMs: number;
  buildMs: number;
  /** CPU time of the build (all threads of the process). */
  buildCpuMs: number;
  bundleBytes: number;
  gzipBytes: number;
  indexBytes: number;
  bundleFile: string;
}

/** What `load` reports. Times in ms, heap in bytes. */
export interface ScaleLoadResult {
  readMs: number;
  jsonParseMs: number;
  parseBundleMs: number;
  createSearchEngineMs: number;
  loadMs: number;
  /** CPU time of read + load (ms). */
  loadCpuMs: number;
  /** Heap still held after load (garbage collected before and after). */
  heapBytes: number;
  /** The first query after the load (cold JIT). */
  firstQueryMs: number;
  /** Wall-clock percentiles, and the same in CPU time (robust to other processes on the machine). */
  search: Record<
    QueryKind,
    { p50: number; p95: number; max: number; cpuP50: number; cpuP95: number; hitsMedian: number }
  >;
}

export type QueryKind = 'oneWord' | 'twoWords' | 'prefix' | 'typo';

/** Queries per kind: names and words the generator writes, in several languages. */
export const QUERIES: Record<QueryKind, string[]> = {
  oneWord: [
    'Zelenskyj',
    'Kursk',
    'Stoltenberg',
    'Waffenruhe',
    'forhandlingene',
    'Prigozjin',
    'Bakhmut',
    'ceasefire',
    'Witkoff',
    'Luftabwehr',
  ],
  twoWords: [
    'Putin Kursk',
    'Biden Nato',
    'Selenskyj Kellogg',
    'Trump Witkoff',
    'Reznikov Austin',
    'Lukaschenko Belarus',
    'soldater grensen',
    'Drohnen Angriff',
  ],
  prefix: ['Zelen', 'Bakh', 'forhandl', 'Stolt', 'Kreml', 'Waffen', 'Pesk', 'modoff'],
  typo: ['Selensky', 'Prigozin', 'Stoltenbreg', 'Lukashenka', 'Kelog', 'Witcoff', 'Rezinkov', 'Bachmud'],
};

const require = createRequire(import.meta.url);
const ms = (start: number): number => performance.now() - start;
/** CPU time of this process since `start` (ms): steadier than wall time on a busy, shared machine. */
const cpuMs = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function build(passagesRequested: number, workDir: string, indexOnly = false): Promise<ScaleBuildResult> {
  const seedsDir = path.join(workDir, `corpus-${passagesRequested}`);
  rmSync(seedsDir, { recursive: true, force: true });
  let start = performance.now();
  const written = writeCorpus(seedsDir, { passages: passagesRequested });
  const generateMs = ms(start);
  // The corpus's curated entities apply to generated text too: it names the same people.
  try {
    writeFileSync(path.join(seedsDir, 'entities.curated.json'), readFileSync('seeds/entities.curated.json'));
  } catch {
    /* no curated file yet */
  }

  let bundle: Record<string, unknown>;
  let builder: ScaleBuildResult['builder'] = 'buildBundle';
  let builderNote: string | undefined;
  start = performance.now();
  let cpu = process.cpuUsage();
  try {
    if (indexOnly) throw new Error('the full build was not tried (asked for an index-only bundle)');
    const { buildBundle } = await import('../lib/node/buildBundle');
    bundle = buildBundle({ seedsDir, builtAt: '2026-01-01T00:00:00.000Z' }) as unknown as Record<string, unknown>;
  } catch (error) {
    // The pipeline (lib/corpus, lib/entities, lib/names) may not have landed yet: build what the
    // search engine needs from the generated paragraphs, with the project's own index code.
    builder = 'index-only';
    builderNote = indexOnly
      ? 'index-only bundle (documents, passages, index; no entities)'
      : `buildBundle failed: ${(error as Error).message.split('\n')[0]}`;
    start = performance.now();
    cpu = process.cpuUsage();
    bundle = await indexOnlyBundle(seedsDir);
  }
  const buildMs = ms(start);
  const buildCpuMs = cpuMs(cpu);
  const text = JSON.stringify(bundle);
  const bundleFile = path.join(workDir, `bundle-${passagesRequested}.json`);
  writeFileSync(bundleFile, text);
  rmSync(seedsDir, { recursive: true, force: true });
  return {
    passagesRequested,
    passages: (bundle.passages as unknown[]).length,
    documents: (bundle.documents as unknown[]).length,
    entities: (bundle.entities as unknown[]).length,
    builder,
    ...(builderNote ? { builderNote } : {}),
    corpusBytes: written.bytes,
    generateMs,
    buildMs,
    buildCpuMs,
    bundleBytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text).length,
    indexBytes: Buffer.byteLength(JSON.stringify(bundle.index)),
    bundleFile,
  };
}

/** A valid bundle without entities: documents and passages straight from the generated files. */
async function indexOnlyBundle(seedsDir: string): Promise<Record<string, unknown>> {
  const { readdirSync } = await import('node:fs');
  const { buildIndex, corpusLangs } = await import('../lib/search');
  const { stopwordListFor } = await import('../lib/search/options');
  const { foldForSearch } = await import('../lib/text/fold');
  const { BUNDLE_FORMAT_VERSION } = await import('../lib/bundle/schema');
  const documents: Record<string, unknown>[] = [];
  const passages: { id: number; docId: string; start: number; end: number; text: string; lang: string }[] = [];
  for (const file of readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(path.join(seedsDir, file), 'utf8');
    const id = file.replace(/\.txt$/, '');
    const lang = /_([a-z]{2})\.txt$/.exec(file)?.[1] ?? 'und';
    const first = passages.length;
    let offset = 0;
    const blocks = text.split('\n\n');
    blocks.forEach((block, i) => {
      if (i > 0 && block.trim().length > 40)
        passages.push({ id: passages.length, docId: id, start: offset, end: offset + block.length, text: block, lang });
      offset += block.length + 2;
    });
    documents.push({
      id,
      file,
      title: blocks[0]!.replace(/^ date \S+ /, ''),
      date: null,
      dateSource: 'none',
      lang,
      source: null,
      sourceUrl: null,
      firstPassage: first,
      passageCount: passages.length - first,
    });
  }
  const all = require('stopwords-iso') as Record<string, string[]>;
  const stopwords: Record<string, string[]> = {};
  for (const lang of corpusLangs(passages))
    stopwords[lang] = [...new Set((all[stopwordListFor(lang)] ?? []).map(foldForSearch))].sort();
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt: '2026-01-01T00:00:00.000Z',
    documents,
    passages,
    entities: [],
    matcher: await emptyMatcher(),
    stopwords,
    index: buildIndex(passages, stopwords),
    report: {
      documents: [],
      entities: { total: 0, extracted: 0, curated: 0, both: 0, suppressed: [] },
      skipped: [],
      warnings: [],
    },
  };
}

/** Matcher data for no entities, from the names helper's own builder when it is there. */
async function emptyMatcher(): Promise<unknown> {
  try {
    const { buildMatcherData } = await import('../lib/names/build');
    return buildMatcherData([]);
  } catch {
    return { version: 1 };
  }
}

async function load(bundleFile: string): Promise<ScaleLoadResult> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  // Import the code before the clock starts: the worker has its code loaded before the bundle.
  // As in the extension's worker, whose CSP forbids the code generation zod's JIT uses.
  const { z } = await import('zod');
  z.config({ jitless: true });
  const { parseBundle } = await import('../lib/bundle/load');
  const { createSearchEngine } = await import('../lib/search');
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  let start = performance.now();
  const text = readFileSync(bundleFile, 'utf8');
  const readMs = ms(start);
  start = performance.now();
  const json = JSON.parse(text) as unknown;
  const jsonParseMs = ms(start);
  start = performance.now();
  const bundle = parseBundle(json);
  const parseBundleMs = ms(start);
  start = performance.now();
  const engine = createSearchEngine(bundle);
  const createSearchEngineMs = ms(start);
  const loadCpuMs = cpuMs(cpuBefore);
  gc();
  const heapBytes = process.memoryUsage().heapUsed - heapBefore;

  // The first query after a cold load pays for JIT and lazy structures: reported on its own, then
  // every query runs once untimed so the percentiles describe a worker in use.
  const start2 = performance.now();
  engine.search('Zelenskyj Kursk');
  const firstQueryMs = ms(start2);
  for (const query of Object.values(QUERIES).flat()) engine.search(query);
  const search = {} as ScaleLoadResult['search'];
  const random = createRandom(5);
  for (const kind of Object.keys(QUERIES) as QueryKind[]) {
    const times: number[] = [];
    const hits: number[] = [];
    // Each query several times, in shuffled order, so one slow query shows in p95 but not alone.
    const runs = QUERIES[kind].flatMap((q) => [q, q, q, q, q]).sort(() => random() - 0.5);
    const cpuTimes: number[] = [];
    for (const query of runs) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      hits.push(engine.search(query).length);
      times.push(ms(t));
      cpuTimes.push(cpuMs(cpu));
    }
    search[kind] = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      cpuP50: percentile(cpuTimes, 50),
      cpuP95: percentile(cpuTimes, 95),
      hitsMedian: percentile(hits, 50),
    };
  }
  void bundle;
  return {
    readMs,
    jsonParseMs,
    parseBundleMs,
    createSearchEngineMs,
    loadMs: jsonParseMs + parseBundleMs + createSearchEngineMs,
    loadCpuMs,
    heapBytes,
    firstQueryMs,
    search,
  };
}

function main(): void {
  const [mode, a, b] = process.argv.slice(2);
  const run =
    mode === 'build' || mode === 'build-index'
      ? build(Number(a), b!, mode === 'build-index')
      : mode === 'load'
        ? load(a!)
        : Promise.reject(new Error(`unknown mode ${mode}`));
  run.then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    },
    (error: Error) => {
      process.stderr.write(`${error.stack ?? error.message}\n`);
      process.exit(1);
    },
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main();
