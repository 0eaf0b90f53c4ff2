/**
 * `npm run bench -- [--pages DIR] [--runs N] [--out FILE] [--scale 1000,10000,100000] [--only a,b] [--build]
 *                  [--markjs-budget SECONDS] [--build-timeout SECONDS] [--md FILE] [--ext DIR] [--firefox-ext DIR]`
 * `npm run bench -- --from FILE` prints the tables of an earlier run's JSON.
 *
 * --ext: measure another Chromium build of the extension (a copy of an earlier .output/chrome-mv3, to
 * compare before and after on the same machine); nothing is built then. --firefox-ext: the same for
 * the firefox part (a copy of .output/firefox-mv3).
 *
 * --build-timeout: longest a scale corpus may take in buildBundle (default 120 s); past it, load
 * and search are measured on an index-only bundle of the same passages, and the table says so.
 *
 * Factlight in headless Debian Chromium with the built extension (.output/chrome-mv3), against the
 * bare page walk and mark.js (in a second browser without the extension). Prints a markdown table
 * and writes JSON to --out (default bench-results/latest.json). A part that cannot run prints n/a
 * with the reason; the rest still runs.
 *
 * Parts (for --only): highlight, living, hover, search, scale, sizes, names (the name matcher's size and
 * start-up with the seeds and a 1,000-entity lexicon), large (the highlight pass's pages again with the
 * extension's bundle built from a generated corpus of --large passages, default 10000; needs the
 * highlight part for the walks), firefox (the highlight pass's own work, walk and start in Firefox ESR
 * with .output/firefox-mv3, which `npm run build:firefox` makes), library (the library page: import to highlighted for the seeds, 1,000
 * and 10,000 passages, add one page, cold first card, storage; its own browsers, see bench/library.ts).
 */
import { execFileSync, execSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/browser/harness';
import { EXTENSION_DIR } from '../tests/browser/harness';
import { launchBench, serveBench } from './browser';
import { IDLE_FRAME_HTML, idleFrameCosts, idleFramesPage, measurePage, type PageResult } from './highlight';
import { measureHover } from './hover';
import { measureFirefox } from './firefox';
import { measureLargeCorpus } from './large';
import { measureLibrary } from './library';
import { measureLiving } from './living';
import { makeBigPage } from './make-pages';
import { markdownReport, type BenchResults } from './report';
import { measureScaleInWorker, measureScaleNode, type ScaleRow } from './scale';
import { measureSearch } from './search';
import { measureNames } from './names';
import { measureSizes } from './sizes';
import { median, rounded } from './stats';

const PARTS = [
  'highlight',
  'living',
  'hover',
  'search',
  'scale',
  'sizes',
  'names',
  'large',
  'firefox',
  'library',
] as const;
type Part = (typeof PARTS)[number];

interface Args {
  pagesDir: string | null;
  runs: number;
  out: string;
  scale: number[];
  only: Set<Part>;
  build: boolean;
  markjsBudgetS: number;
  buildTimeoutS: number;
  /** Also write the markdown tables to this file. */
  md: string | null;
  /** Passages of the generated corpus for the large-corpus part. */
  largePassages: number;
  /** The Chromium build measured (default .output/chrome-mv3). */
  extDir: string;
  /** True when --ext named another build: it is measured as it is, nothing is built. */
  otherBuild: boolean;
  /** The Firefox build measured by the firefox part (--firefox-ext; default .output/firefox-mv3). */
  firefoxExtDir: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(value('runs') ?? '5');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('Factlight bench: --runs wants a whole number ≥ 1');
  const scale = (value('scale') ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
  if (scale.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error('Factlight bench: --scale wants sizes like 1000,10000');
  const only = new Set((value('only') ?? PARTS.join(',')).split(',').filter(Boolean) as Part[]);
  for (const part of only)
    if (!PARTS.includes(part)) throw new Error(`Factlight bench: unknown part "${part}" (parts: ${PARTS.join(', ')})`);
  const pagesDir = value('pages') ?? null;
  if (pagesDir && !existsSync(pagesDir)) throw new Error(`Factlight bench: no folder ${pagesDir}`);
  return {
    pagesDir,
    runs,
    out: value('out') ?? 'bench-results/latest.json',
    scale: scale.filter((n) => n > 0),
    only,
    build: argv.includes('--build'),
    markjsBudgetS: Number(value('markjs-budget') ?? '20'),
    buildTimeoutS: Number(value('build-timeout') ?? '120'),
    md: value('md') ?? null,
    largePassages: Number(value('large') ?? '10000'),
    extDir: path.resolve(value('ext') ?? EXTENSION_DIR),
    otherBuild: value('ext') !== undefined,
    firefoxExtDir: value('firefox-ext') ? path.resolve(value('firefox-ext')!) : undefined,
  };
}

const log = (line: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

/** Builds and zips the extension (`npx wxt zip`) when asked or when there is no build / zip yet. */
function ensureBuild(force: boolean, na: Record<string, string>): void {
  const built = existsSync('.output/chrome-mv3/manifest.json');
  const zipped = existsSync('.output') && readdirSync('.output').some((f) => f.endsWith('-chrome.zip'));
  if (!force && built && zipped) {
    const age = (Date.now() - statSync('.output/chrome-mv3/manifest.json').mtimeMs) / 60_000;
    log(`using the existing build (${age.toFixed(0)} min old; --build to rebuild)`);
    return;
  }
  log('building and zipping the extension (npx wxt zip)…');
  try {
    execSync('npx wxt zip', { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    na.build = `npx wxt zip failed: ${stderr.split('\n').find((l) => /error/i.test(l)) ?? (error as Error).message.split('\n')[0]}`;
    log(na.build);
  }
}

/** Alias texts of the built bundle's entities: the names mark.js gets. */
function bundleNames(extDir: string): string[] {
  try {
    const bundle = JSON.parse(readFileSync(path.join(extDir, 'bundle.json'), 'utf8')) as {
      entities: { aliases: { text: string }[] }[];
    };
    return [...new Set(bundle.entities.flatMap((e) => e.aliases.map((a) => a.text)))].sort();
  } catch {
    return [];
  }
}

/** One-minute load average: on a shared machine it says how much the timings are inflated. */
function loadAverage(): number {
  return Math.round(loadavg()[0]! * 10) / 10;
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/ built on.*/, '');
  } catch {
    return 'Chromium (version unknown)';
  }
}

const USAGE = `npm run bench -- [--pages DIR] [--runs N] [--out FILE] [--md FILE] [--scale 1000,10000,100000]
                 [--only highlight,living,hover,search,scale,sizes,names,large,firefox,library] [--large PASSAGES]
                 [--build] [--markjs-budget S] [--build-timeout S] [--ext DIR] [--firefox-ext DIR]
npm run bench -- --from FILE      (print the tables of an earlier run's JSON)`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const from = process.argv.indexOf('--from');
  if (from >= 0) {
    // Re-render the tables of an earlier run's JSON.
    process.stdout.write(
      `${markdownReport(JSON.parse(readFileSync(process.argv[from + 1]!, 'utf8')) as BenchResults)}\n`,
    );
    return;
  }
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const na: Record<string, string> = {};
  const want = (part: Part) => args.only.has(part);
  const needsBrowser =
    want('large') ||
    want('highlight') ||
    want('living') ||
    want('hover') ||
    want('search') ||
    (want('scale') && args.scale.length > 0);
  if ((needsBrowser || want('sizes')) && !args.otherBuild) ensureBuild(args.build, na);

  // Scale first, in Node, before the browsers compete for the two cores.
  const work = mkdtempSync(path.join(tmpdir(), 'factlight-bench-'));
  let scale: ScaleRow[] = [];
  if (want('scale') && args.scale.length)
    scale = await measureScaleNode(args.scale, work, args.buildTimeoutS * 1000, log);

  // Pages: the chosen folder at /, the bench's own pages (with the 2 MB page) at /__bench/.
  const own = path.join(work, 'own');
  mkdirSync(own, { recursive: true });
  for (const f of readdirSync('bench/pages').filter((f) => f.endsWith('.html')))
    copyFileSync(path.join('bench/pages', f), path.join(own, f));
  writeFileSync(path.join(own, 'big-2mb.html'), makeBigPage());
  writeFileSync(path.join(own, 'ad-frame.html'), IDLE_FRAME_HTML);
  writeFileSync(path.join(own, 'idle-frames.html'), idleFramesPage('ad-frame.html'));
  for (const row of scale)
    if (row.build) copyFileSync(row.build.bundleFile, path.join(own, path.basename(row.build.bundleFile)));
  const server = await serveBench(args.pagesDir ?? 'bench/pages', own);
  const pageList = args.pagesDir
    ? readdirSync(args.pagesDir)
        .filter((f) => /\.html?$/i.test(f))
        .sort()
        .map((f) => ({
          name: f,
          url: `${server.url}/${encodeURIComponent(f)}`,
          bytes: statSync(path.join(args.pagesDir!, f)).size,
        }))
    : [
        ...readdirSync('bench/pages')
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => ({ name: f, url: `${server.url}/${f}`, bytes: statSync(path.join('bench/pages', f)).size })),
        {
          name: 'big-2mb.html',
          url: `${server.url}/__bench/big-2mb.html`,
          bytes: statSync(path.join(own, 'big-2mb.html')).size,
        },
      ];

  let ext: ExtensionBrowser | null = null;
  let noExt: ExtensionBrowser | null = null;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      node: process.versions.node,
      chromium: chromiumVersion(),
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtStart: loadAverage(),
      loadAverageAtEnd: 0,
    },
    runs: args.runs,
    pagesDir: args.pagesDir ?? 'bench/pages (+ generated 2 MB page)',
    extensionDir: args.extDir,
    pages: [],
    summary: {
      medianRatioWalk: null,
      medianRatioWalkWork: null,
      medianSpeedupMarkjs: null,
      medianSpeedupMarkRegExp: null,
      rangeTaxRatio: null,
      longestTaskMs: null,
      rescanMs: null,
      pageStartMs: null,
      largeCorpusRatioWalkWork: null,
    },
    idleFrameMs: null,
    living: null,
    large: null,
    firefox: null,
    hover: null,
    search: null,
    scale,
    sizes: null,
    names: null,
    library: null,
    na,
    durationS: 0,
  };
  const attempt = async (part: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      na[part] = (error as Error).message.split('\n')[0]!;
      log(`${part}: ${na[part]}`);
    }
  };

  try {
    if (needsBrowser) {
      await attempt('browser without extension', async () => {
        noExt = await launchBench(false);
      });
      await attempt('extension', async () => {
        if (!existsSync(path.join(args.extDir, 'manifest.json')))
          throw new Error(`no build (${na.build ?? args.extDir})`);
        ext = await launchBench(true, args.extDir);
      });
    }
    const extContext: BrowserContext | null = (ext as ExtensionBrowser | null)?.context ?? null;
    const noExtContext = (noExt as ExtensionBrowser | null)?.context ?? null;

    if (want('highlight') && noExtContext) {
      const names = bundleNames(args.extDir);
      log(`highlight pass: ${pageList.length} pages, ${args.runs} runs, ${names.length} names for mark.js`);
      const setup = {
        ext: extContext,
        noExt: noExtContext,
        names,
        runs: args.runs,
        slowMs: 3_000,
        markjsBudgetMs: args.markjsBudgetS * 1000,
        markjsMsPerChar: 0,
        log,
      };
      for (const page of pageList) {
        await attempt(`highlight ${page.name}`, async () => {
          const result: PageResult = await measurePage(setup, page);
          results.pages.push(result);
          log(
            `  ${page.name}: walk ${result.walkMs?.toFixed(2)} ms, Factlight ${result.factlightMs?.toFixed(2) ?? 'n/a'} ms, mark() ${result.markjsMs?.toFixed(1) ?? 'n/a'} ms, markRegExp ${result.markRegExpMs?.toFixed(1) ?? 'n/a'} ms`,
          );
        });
      }
      if (extContext) {
        await attempt('highlight idle frames', async () => {
          const costs = await idleFrameCosts(extContext!, `${server.url}/__bench/idle-frames.html`, args.runs);
          results.idleFrameMs = costs.length
            ? { median: median(costs)!, max: Math.max(...costs), frames: costs.length }
            : null;
          log(
            `  frames without text: ${costs.length} measured, median ${results.idleFrameMs?.median.toFixed(2) ?? 'n/a'} ms`,
          );
        });
      }
    }

    if (want('living') && noExtContext) {
      await attempt('living', async () => {
        log('cost of living: edits with and without, longest task, rescan');
        results.living = await measureLiving({
          ext: extContext,
          noExt: noExtContext,
          articleUrl: `${server.url}/__bench/long-article.html`,
          bigUrl: `${server.url}/__bench/big-2mb.html`,
          runs: args.runs,
          log,
        });
      });
    }

    if (want('large')) {
      if (results.pages.length === 0) na.large = 'needs the highlight part (the walks to compare with)';
      else
        await attempt('large', async () => {
          results.large = await measureLargeCorpus({
            work,
            extDir: args.extDir,
            passages: args.largePassages,
            pages: pageList,
            walkMs: new Map(results.pages.map((p) => [p.name, p.walkMs])),
            runs: args.runs,
            log,
          });
        });
    }

    if (want('firefox'))
      await attempt('firefox', async () => {
        log(`firefox: own work, walk and start on the same pages (${args.firefoxExtDir ?? '.output/firefox-mv3'})`);
        results.firefox = await measureFirefox({
          extensionDir: args.firefoxExtDir,
          pages: pageList,
          runs: args.runs,
          log,
        });
      });

    const extBrowser = ext as ExtensionBrowser | null;
    if (want('hover')) {
      if (!extBrowser) na.hover = 'the extension is not loaded';
      else
        await attempt('hover', async () => {
          log('hover to card: warm, then with the worker stopped');
          results.hover = await measureHover({
            ext: extBrowser,
            url: `${server.url}/__bench/long-article.html`,
            samples: Math.max(10, 4 * args.runs),
            coldSamples: Math.max(5, 2 * args.runs),
            log,
          });
        });
    }

    if (want('search')) {
      if (!extBrowser) na.search = 'the extension is not loaded';
      else
        await attempt('search', async () => {
          log('popup search: keystroke to results');
          results.search = await measureSearch({ ext: extBrowser, rounds: Math.max(1, Math.ceil(args.runs / 2)), log });
        });
    }

    if (want('scale') && scale.length) {
      if (!extBrowser) na['scale (worker)'] = 'the extension is not loaded: load times are from Node only';
      else
        await attempt('scale (worker)', async () => {
          log("scale: cold loads in the extension's worker");
          await measureScaleInWorker(scale, extBrowser.worker, (file) => `${server.url}/__bench/${file}`, log);
        });
    }
  } finally {
    await (ext as ExtensionBrowser | null)?.close().catch(() => undefined);
    await (noExt as ExtensionBrowser | null)?.close().catch(() => undefined);
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  if (want('sizes')) results.sizes = measureSizes(args.extDir);
  if (want('names')) results.names = await measureNames();
  if (want('library')) {
    try {
      log('library: import to highlighted (seeds, 1,000, 10,000 passages), add one page, cold first card');
      results.library = await measureLibrary({ sizes: ['seeds', 1000, 10000], log });
    } catch (error) {
      na.library = (error as Error).message;
      log(`library: n/a (${na.library})`);
    }
  }

  const ratios = (pick: (p: PageResult) => number | null) =>
    median(results.pages.map(pick).filter((v): v is number => v != null));
  results.summary = {
    medianRatioWalk: ratios((p) => (p.factlightMs != null && p.walkMs ? p.factlightMs / p.walkMs : null)),
    medianRatioWalkWork: ratios((p) => (p.factlightWorkMs != null && p.walkMs ? p.factlightWorkMs / p.walkMs : null)),
    medianSpeedupMarkjs: ratios((p) => (p.markjsMs != null && p.factlightMs ? p.markjsMs / p.factlightMs : null)),
    medianSpeedupMarkRegExp: ratios((p) =>
      p.markRegExpMs != null && p.factlightMs ? p.markRegExpMs / p.factlightMs : null,
    ),
    rangeTaxRatio: results.living?.rangeTaxRatio ?? null,
    longestTaskMs: results.living?.longestTaskMs ?? null,
    rescanMs: results.living?.rescanMs ?? null,
    pageStartMs: ratios((p) => p.factlightStartMs),
    idleFrameMs: results.idleFrameMs?.median ?? null,
    largeCorpusRatioWalkWork: results.large?.medianRatioWalkWork ?? null,
    firefoxMedianRatioWalkWork: results.firefox?.medianRatioWalkWork ?? null,
    firefoxPageStartMs: results.firefox?.pageStartMs ?? null,
  };
  results.durationS = (Date.now() - started) / 1000;
  results.machine.loadAverageAtEnd = loadAverage();
  const final = rounded(results);
  mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(final, null, 2)}\n`);
  const markdown = markdownReport(final);
  process.stdout.write(`${markdown}\n`);
  if (args.md) writeFileSync(args.md, `${markdown}\n`);
  log(`done in ${final.durationS.toFixed(0)} s; JSON in ${args.out}`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
