/**
 * Build time: a folder of `.txt` articles → one validated bundle. Runs in Node (the CLI and the
 * extension build). A file that cannot be read is skipped and reported; a folder with nothing
 * usable is an error; a bundle is only ever written whole (temp file, then rename).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../corpus';
import type { ParsedArticle } from '../corpus/parse';
import { parseCurated, type CuratedEntities } from '../entities';
import { assembleBundle, PASSAGES_MAX, PASSAGES_WARN, type PassageLimits } from '../pipeline/assemble';
import { BundleSchema, type Bundle } from '../bundle/schema';
import { useNodeNameResources } from './nameResources';
import { readSeedFolder } from './readFolder';

export { PASSAGES_MAX, PASSAGES_WARN, stopwordsFor } from '../pipeline/assemble';

/** Name of the optional curated entities file inside a seeds folder. */
export const CURATED_FILE = 'entities.curated.json';

/** The seeds folder: `FACTLIGHT_SEEDS` when set, else `seeds/` of the project. */
export function defaultSeedsDir(): string {
  return path.resolve(process.env.FACTLIGHT_SEEDS || 'seeds');
}

export interface BuildOptions {
  seedsDir: string;
  /** Fixed timestamp for reproducible output (tests). */
  builtAt?: string;
  /** Size limits; default {@link PASSAGES_WARN} and {@link PASSAGES_MAX}. */
  limits?: PassageLimits;
}

/** Builds a bundle from a folder of articles. Throws when nothing could be built. */
export function buildBundle(options: BuildOptions): Bundle {
  useNodeNameResources();
  const { files, skipped } = readSeedFolder(options.seedsDir);
  const articles: ParsedArticle[] = [];
  for (const { file, text } of files) {
    let parsed: ParsedArticle;
    try {
      parsed = parseArticle(file, text);
    } catch (error) {
      skipped.push({ file, reason: (error as Error).message });
      continue;
    }
    if (parsed.passages.length === 0) {
      skipped.push({ file, reason: 'no article text left after removing boilerplate' });
      continue;
    }
    articles.push(parsed);
  }
  const bundle = assembleBundle(articles, {
    label: `"${options.seedsDir}"`,
    curated: readCurated(options.seedsDir),
    skipped,
    builtAt: options.builtAt,
    limits: options.limits ?? { warn: PASSAGES_WARN, max: PASSAGES_MAX },
  });
  // The builder's own output must pass the loader's schema: catch a broken build here, not in the browser.
  BundleSchema.parse(bundle);
  return bundle;
}

/** The seed files and curated entities as the library's sample collection (`/sample.json`). */
export function readSampleSources(seedsDir: string): {
  files: { file: string; text: string }[];
  curated?: CuratedEntities;
} {
  const curated = readCurated(seedsDir);
  return { files: readSeedFolder(seedsDir).files, ...(curated ? { curated } : {}) };
}

function readCurated(seedsDir: string): CuratedEntities | undefined {
  const file = path.join(seedsDir, CURATED_FILE);
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Factlight: ${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseCurated(json, file);
}

/** Writes a bundle whole: to a temp file beside the target, then renamed over it. */
export function writeBundleFile(file: string, bundle: Bundle): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(bundle));
  renameSync(temp, file);
}
