/**
 * Item 5, scale: corpora of 1k, 10k and 100k generated passages. Each size is built and then loaded
 * in fresh Node processes (bench/scale-child.ts), so every load is cold; then, when the extension is
 * up, the same bundle is fetched and loaded inside the extension's service worker.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import type { Worker } from 'playwright-core';
import { NAME_SHIM } from './browser';
import type { ScaleBuildResult, ScaleLoadResult } from './scale-child';

export interface ScaleRow {
  passages: number;
  build: ScaleBuildResult | null;
  load: ScaleLoadResult | null;
  /** Cold load in the extension's service worker (ms): JSON.parse + parseBundle + createSearchEngine. */
  worker: {
    fetchMs: number;
    jsonParseMs: number;
    parseBundleMs: number;
    createSearchEngineMs: number;
    loadMs: number;
  } | null;
  notes: string[];
}

function runChild(args: string[], timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', path.join('bench', 'scale-child.ts'), ...args],
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed
            ? `killed after ${timeoutMs / 1000} s`
            : (stderr
                .trim()
                .split('\n')
                .find((l) => /Error/.test(l)) ?? error.message);
          reject(new Error(why));
          return;
        }
        resolve(JSON.parse(stdout.trim().split('\n').pop()!));
      },
    );
  });
}

/** Builds and loads each size in Node. */
export async function measureScaleNode(
  sizes: number[],
  workDir: string,
  buildTimeoutMs: number,
  log: (line: string) => void,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  /** Slowest full build so far, per passage: a size it predicts past the timeout is not tried. */
  let buildMsPerPassage = 0;
  for (const passages of sizes) {
    const row: ScaleRow = { passages, build: null, load: null, worker: null, notes: [] };
    rows.push(row);
    try {
      try {
        const predicted = buildMsPerPassage * passages;
        if (predicted > buildTimeoutMs) {
          throw new Error(
            `not tried: ~${Math.round(predicted / 1000)} s expected from the smaller sizes (over the ${buildTimeoutMs / 1000} s limit)`,
          );
        }
        row.build = (await runChild(['build', String(passages), workDir], buildTimeoutMs)) as ScaleBuildResult;
        // Small builds are mostly start-up: only a build of 5,000+ passages predicts a bigger one.
        if (row.build.builder === 'buildBundle' && row.build.passages >= 5_000)
          buildMsPerPassage = Math.max(buildMsPerPassage, row.build.buildMs / row.build.passages);
      } catch (error) {
        // The full pipeline is too slow (or failed) at this size: the index alone still tells
        // whether MiniSearch can serve it.
        row.notes.push(`buildBundle: ${(error as Error).message}; load and search measured on an index-only bundle`);
        log(`scale ${passages}: buildBundle ${(error as Error).message}; building the index only`);
        row.build = (await runChild(['build-index', String(passages), workDir], 300_000)) as ScaleBuildResult;
      }
      if (row.build.builderNote) row.notes.push(row.build.builderNote);
      log(
        `scale ${passages}: built in ${(row.build.buildMs / 1000).toFixed(1)} s (${row.build.builder}), ${(row.build.bundleBytes / 1e6).toFixed(1)} MB`,
      );
      row.load = (await runChild(['load', row.build.bundleFile], 300_000)) as ScaleLoadResult;
      log(`scale ${passages}: cold load ${row.load.loadMs.toFixed(0)} ms in Node`);
    } catch (error) {
      row.notes.push(`scale ${passages}: ${(error as Error).message}`);
      log(`scale ${passages}: ${(error as Error).message}`);
    }
  }
  return rows;
}

let compiled: string | undefined;
async function loaderCode(): Promise<string> {
  if (!compiled) {
    const result = await build({
      entryPoints: [path.join('bench', 'worker-load-entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      target: 'chrome120',
      minify: true,
    });
    compiled = result.outputFiles[0]!.text;
  }
  return compiled;
}

/**
 * A function for `evaluate` whose source is `body`. Playwright sends a function's source through the
 * debugger protocol, which the extension's CSP does not block (a string expression it evaluates
 * with eval, which the CSP refuses); so the loader code goes in as a function body.
 */
function asFunction(body: string): () => unknown {
  const fn = (): unknown => undefined;
  fn.toString = () => `() => {\n${body}\n}`;
  return fn;
}

/**
 * Loads each built bundle inside the extension's service worker (fetched from the bench server),
 * with Factlight's own loading code (lib/bundle/load, lib/search) compiled by esbuild. Each size
 * evaluates a fresh copy of the code, so nothing is optimised from the size before. zod runs
 * jitless, as in the real worker, whose CSP forbids the code generation zod's JIT needs.
 */
export async function measureScaleInWorker(
  rows: ScaleRow[],
  worker: () => Promise<Worker>,
  bundleUrl: (file: string) => string,
  log: (line: string) => void,
): Promise<void> {
  const code = await loaderCode();
  for (const row of rows) {
    if (!row.build) continue;
    try {
      const sw = await worker();
      await sw.evaluate(asFunction(`${NAME_SHIM}\n${code}\n// size ${row.passages}, ${Date.now()}`));
      row.worker = await sw.evaluate(
        async (url) => {
          const api = (
            globalThis as unknown as {
              __factlightBench: { parseBundle: (j: unknown) => unknown; createSearchEngine: (b: unknown) => unknown };
            }
          ).__factlightBench;
          let t = performance.now();
          const text = await (await fetch(url)).text();
          const fetchMs = performance.now() - t;
          t = performance.now();
          const json = JSON.parse(text) as unknown;
          const jsonParseMs = performance.now() - t;
          t = performance.now();
          const bundle = api.parseBundle(json);
          const parseBundleMs = performance.now() - t;
          t = performance.now();
          api.createSearchEngine(bundle);
          const createSearchEngineMs = performance.now() - t;
          delete (globalThis as { __factlightBench?: unknown }).__factlightBench;
          return {
            fetchMs,
            jsonParseMs,
            parseBundleMs,
            createSearchEngineMs,
            loadMs: jsonParseMs + parseBundleMs + createSearchEngineMs,
          };
        },
        bundleUrl(path.basename(row.build.bundleFile)),
      );
      log(`scale ${row.passages}: cold load ${row.worker.loadMs.toFixed(0)} ms in the extension's worker`);
    } catch (error) {
      row.notes.push(`worker load: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
