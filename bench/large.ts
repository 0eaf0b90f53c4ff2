/**
 * Item 4, the same pages with a user's corpus: the extension as built, with its bundle built from the
 * generated 10,000-passage corpus (bench/generate-corpus.ts, about a thousand names) instead of the
 * seeds. The content script is the same file; the bundle is what `FACTLIGHT_SEEDS=DIR npm run build`
 * puts in the package, built here in-process and copied into a second copy of the build, so the
 * bench does not overwrite `.output/`. Factlight's own main-thread work on each page (median of
 * fresh loads) is compared with the page's walk from the highlight part.
 */
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBench } from './browser';
import { writeCorpus } from './generate-corpus';
import { factlightPass } from './highlight';
import { median } from './stats';

export interface LargeCorpusResult {
  passages: number;
  entities: number;
  aliases: number;
  bundleBytes: number;
  buildS: number;
  pages: { name: string; workMs: number | null; walkMs: number | null; ratio: number | null; painted: number | null }[];
  /** Median over pages of work / walk (goal ≤ 4). */
  medianRatioWalkWork: number | null;
  notes: string[];
}

export async function measureLargeCorpus(options: {
  work: string;
  /** The build whose copy gets the large bundle. */
  extDir: string;
  passages: number;
  pages: { name: string; url: string }[];
  walkMs: Map<string, number | null>;
  runs: number;
  log: (line: string) => void;
}): Promise<LargeCorpusResult> {
  const { work, extDir, passages, pages, walkMs, runs, log } = options;
  const seedsDir = path.join(work, `seeds-${passages}`);
  writeCorpus(seedsDir, { passages });
  try {
    // The curated entities apply to generated text too: it names the same people.
    writeFileSync(path.join(seedsDir, 'entities.curated.json'), readFileSync('seeds/entities.curated.json'));
  } catch {
    /* no curated file */
  }
  log(`large corpus: building the bundle of ${passages} generated passages…`);
  const t0 = Date.now();
  const { buildBundle } = await import('../lib/node/buildBundle');
  const bundle = buildBundle({ seedsDir });
  const buildS = (Date.now() - t0) / 1000;
  const extensionDir = path.join(work, 'ext-large');
  cpSync(extDir, extensionDir, { recursive: true });
  const bundleFile = path.join(extensionDir, 'bundle.json');
  writeFileSync(bundleFile, JSON.stringify(bundle));
  const result: LargeCorpusResult = {
    passages: bundle.passages.length,
    entities: bundle.entities.length,
    aliases: bundle.entities.reduce((sum, e) => sum + e.aliases.length, 0),
    bundleBytes: statSync(bundleFile).size,
    buildS,
    pages: [],
    medianRatioWalkWork: null,
    notes: [],
  };
  log(
    `large corpus: ${result.passages} passages, ${result.entities} entities, ${(result.bundleBytes / 1e6).toFixed(1)} MB; pages…`,
  );
  const browser = await launchBench(true, extensionDir);
  try {
    // The first page load also makes the worker load the big bundle: not part of any page's work.
    const warm = await factlightPass(browser.context, pages[0]!.url);
    if (typeof warm === 'string') result.notes.push(`warm-up: ${warm}`);
    for (const page of pages) {
      const passes = [];
      for (let i = 0; i < runs; i++) {
        const pass = await factlightPass(browser.context, page.url);
        if (typeof pass === 'string') {
          result.notes.push(`${page.name}: ${pass}`);
          break;
        }
        passes.push(pass);
      }
      const workMs = median(passes.flatMap((p) => (p.workMs == null ? [] : [p.workMs])));
      const walk = walkMs.get(page.name) ?? null;
      result.pages.push({
        name: page.name,
        workMs,
        walkMs: walk,
        ratio: workMs != null && walk ? workMs / walk : null,
        painted: passes[0]?.hits ?? null,
      });
      log(`  ${page.name}: work ${workMs?.toFixed(2) ?? 'n/a'} ms (walk ${walk?.toFixed(2) ?? 'n/a'} ms)`);
    }
  } finally {
    await browser.close();
  }
  result.medianRatioWalkWork = median(result.pages.flatMap((p) => (p.ratio == null ? [] : [p.ratio])));
  return result;
}
