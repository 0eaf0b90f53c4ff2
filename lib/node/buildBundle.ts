/**
 * Build time: a folder of `.txt` articles → one validated bundle. Runs in Node (the CLI and the
 * extension build). A file that cannot be read is skipped and reported; a folder with nothing
 * usable is an error; a bundle is only ever written whole (temp file, then rename).
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../corpus';
import { useNodeNameResources } from './nameResources';
import { readSeedFolder } from './readFolder';
import { extractEntities, parseCurated, type CuratedEntities } from '../entities';
import { buildMatcherData } from '../names/build';
import { buildIndex, corpusLangs } from '../search';
import { stopwordListFor, type StopwordLists } from '../search/options';
import { foldForSearch } from '../text/fold';
import {
  BUNDLE_FORMAT_VERSION,
  BundleSchema,
  type Bundle,
  type BuildReport,
  type CorpusDocument,
  type Passage,
} from '../bundle/schema';

/** Name of the optional curated entities file inside a seeds folder. */
export const CURATED_FILE = 'entities.curated.json';

/**
 * Corpus sizes the in-browser index serves well, measured by `npm run bench` (bench/RESULTS.md):
 * up to about 10,000 passages search stays under 16 ms at p95; past 20,000 two-word queries miss
 * it even on exact terms, and at 50,000 the worker's cold load takes seconds and two-word queries
 * about 60 ms. So: a note in the report past the first, a refusal past the second.
 */
export const PASSAGES_WARN = 10_000;
export const PASSAGES_MAX = 50_000;

/** The seeds folder: `FACTLIGHT_SEEDS` when set, else `seeds/` of the project. */
export function defaultSeedsDir(): string {
  return path.resolve(process.env.FACTLIGHT_SEEDS || 'seeds');
}

export interface BuildOptions {
  seedsDir: string;
  /** Fixed timestamp for reproducible output (tests). */
  builtAt?: string;
  /** Size limits; default {@link PASSAGES_WARN} and {@link PASSAGES_MAX}. */
  limits?: { warn: number; max: number };
}

/** Builds a bundle from a folder of articles. Throws when nothing could be built. */
export function buildBundle(options: BuildOptions): Bundle {
  useNodeNameResources();
  const { files, skipped } = readSeedFolder(options.seedsDir);
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  const reportDocs: BuildReport['documents'] = [];

  for (const { file, text } of files) {
    let parsed: ReturnType<typeof parseArticle>;
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
    documents.push({ ...parsed.document, firstPassage: passages.length, passageCount: parsed.passages.length });
    for (const passage of parsed.passages) passages.push({ ...passage, id: passages.length });
    reportDocs.push({
      docId: parsed.document.id,
      passages: parsed.passages.length,
      dropped: parsed.dropped,
      notes: parsed.notes,
    });
  }
  if (documents.length === 0) {
    const why = skipped.map((s) => `${s.file}: ${s.reason}`).join('; ');
    throw new Error(`Factlight: no usable article in "${options.seedsDir}"${why ? ` (${why})` : ''}`);
  }

  const limits = options.limits ?? { warn: PASSAGES_WARN, max: PASSAGES_MAX };
  if (passages.length > limits.max) {
    throw new Error(
      `Factlight: "${options.seedsDir}" makes ${passages.length} passages, more than the ${limits.max} the extension can search quickly; split the corpus`,
    );
  }
  const warnings =
    passages.length > limits.warn
      ? [
          `${passages.length} passages: past ${limits.warn}, searches may take longer than a frame (16 ms) and the first load about a second`,
        ]
      : [];

  const curated = readCurated(options.seedsDir);
  const { entities, suppressed, counts } = extractEntities({ documents, passages, curated });
  const stopwords = stopwordsFor(corpusLangs(passages));

  const bundle: Bundle = {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt: options.builtAt ?? new Date().toISOString(),
    documents,
    passages,
    entities,
    matcher: buildMatcherData(entities),
    stopwords,
    index: buildIndex(passages, stopwords),
    report: {
      documents: reportDocs,
      entities: { total: entities.length, ...counts, suppressed },
      skipped,
      warnings,
    },
  };
  // The builder's own output must pass the loader's schema: catch a broken build here, not in the browser.
  BundleSchema.parse(bundle);
  return bundle;
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

const require = createRequire(import.meta.url);

/** stopwords-iso's lists for the corpus languages, folded the way the index folds terms. */
export function stopwordsFor(langs: string[]): StopwordLists {
  const all = require('stopwords-iso') as Record<string, string[]>;
  const lists: StopwordLists = {};
  for (const lang of langs) {
    const words = all[stopwordListFor(lang)] ?? [];
    lists[lang] = [...new Set(words.map(foldForSearch))].sort();
  }
  return lists;
}

/** Writes a bundle whole: to a temp file beside the target, then renamed over it. */
export function writeBundleFile(file: string, bundle: Bundle): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(bundle));
  renameSync(temp, file);
}
