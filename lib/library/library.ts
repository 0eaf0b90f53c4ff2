/**
 * The library's operations: each reads the stored corpus, changes it incrementally (see corpus.ts)
 * and writes the change in one transaction (see store.ts). Used by the library page's build worker;
 * pure apart from the database handle, so it runs under `fake-indexeddb` in the unit tests.
 */
import type { Bundle } from '../bundle/schema';
import type { ParsedArticle } from '../corpus/parse';
import type { CuratedEntities } from '../entities';
import { addArticles, articlesOf, buildCorpus, removeArticles } from './corpus';

/** The reader's language (the browser's, in the library's worker): entities are named in it where the corpus has that form. */
const readerLanguage = (): string | undefined => globalThis.navigator?.language?.split('-')[0];
import { parseSource } from './parseSource';
import {
  type LibraryDb,
  type LibraryMeta,
  commitChange,
  listCollections,
  listSources,
  readBundle,
  readMeta,
} from './store';
import {
  type Collection,
  type CollectionKind,
  SAMPLE_COLLECTION_ID,
  type SampleSources,
  type SourceArticle,
  type SourceMeta,
} from './types';

/** A file or page that did not become an article, and why. */
export interface RejectedSource {
  file: string;
  reason: string;
}

/** Progress of an import: articles parsed of the total, then the corpus-wide steps. */
export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'building' | 'saving';
  done: number;
  total: number;
}

/** A source before it has an id and a place in the library. */
export type NewSource = Omit<SourceArticle, 'id' | 'collectionId' | 'addedAt' | 'order'> & { id?: string };

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between articles; when true the import stops and nothing is written. */
  isCancelled?: () => boolean;
  /** Documents these sources replace (a page added again): removed in the same transaction. */
  replaceDocIds?: readonly string[];
  /** The collection exists already: keep its creation time. */
  keepCreatedAt?: string;
  /** Replace the whole library with these sources (in the same one transaction). */
  replace?: boolean;
  /** Lets other work run between articles (the worker's cancel message); default: none. */
  yieldEvery?: { articles: number; yield: () => Promise<void> };
  now?: () => Date;
}

/** The outcome of an import. */
export interface ImportResult {
  collection: Collection;
  added: string[];
  rejected: RejectedSource[];
  meta: LibraryMeta;
}

/** Raised when an import was cancelled: the library is as it was. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** The curated entities in force: those of the collections in the library (only the sample has one). */
function curatedOf(collections: readonly Collection[]): CuratedEntities | undefined {
  return collections.find((c) => c.curated)?.curated;
}

/** A document id for a file name or URL: readable, at most 80 characters, unique among `taken`. */
export function makeDocId(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .filter(Boolean)
      .slice(-2)
      .join('-')
      .replace(/\.(txt|md|markdown|html?|json)$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

async function current(db: LibraryDb): Promise<{ meta?: LibraryMeta; bundle?: Bundle; collections: Collection[] }> {
  const [stored, collections] = await Promise.all([readBundle(db), listCollections(db)]);
  return { meta: stored?.meta, bundle: stored?.bundle, collections };
}

/**
 * Adds sources as one new collection. Bad sources are listed with their reason; the others are
 * added; nothing already in the library changes. Throws {@link ImportCancelled} when cancelled.
 */
export async function importSources(
  db: LibraryDb,
  collection: { kind: CollectionKind; name: string; id?: string; curated?: CuratedEntities },
  sources: readonly NewSource[],
  options: ImportOptions = {},
  rejectedBefore: RejectedSource[] = [],
): Promise<ImportResult> {
  const now = (options.now ?? (() => new Date()))();
  const found = await current(db);
  const state = options.replace ? { meta: found.meta, bundle: undefined, collections: [] } : found;
  const replacing = new Set(options.replaceDocIds ?? []);
  if (state.bundle && replacing.size > 0) {
    const collections = [...state.collections];
    state.bundle = removeArticles(state.bundle, replacing, {
      curated: curatedOf(collections),
      uiLang: readerLanguage(),
      builtAt: now.toISOString(),
    });
  }
  const taken = new Set(state.bundle?.documents.map((d) => d.id) ?? []);
  const collectionId =
    collection.id ?? `import-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const made: Collection = {
    id: collectionId,
    kind: collection.kind,
    name: collection.name,
    createdAt: options.keepCreatedAt ?? now.toISOString(),
    ...(collection.curated ? { curated: collection.curated } : {}),
  };
  const rejected = [...rejectedBefore];
  const stored: SourceArticle[] = [];
  const parsed: ParsedArticle[] = [];
  const baseOrder = now.getTime() * 1000;
  for (let i = 0; i < sources.length; i++) {
    if (options.isCancelled?.()) throw new ImportCancelled('Factlight: import cancelled; the library is unchanged');
    if (options.yieldEvery && i > 0 && i % options.yieldEvery.articles === 0) await options.yieldEvery.yield();
    const { id: wantedId, ...source } = sources[i]!;
    const id = wantedId && !taken.has(wantedId) ? wantedId : makeDocId(source.file, taken);
    taken.add(id);
    const article: SourceArticle = { ...source, id, collectionId, addedAt: now.toISOString(), order: baseOrder + i };
    try {
      parsed.push(parseSource(article));
      stored.push(article);
    } catch (error) {
      taken.delete(id);
      rejected.push({ file: source.file, reason: reasonOf(error) });
    }
    options.onProgress?.({ phase: 'parsing', done: i + 1, total: sources.length });
  }
  if (options.isCancelled?.()) throw new ImportCancelled('Factlight: import cancelled; the library is unchanged');
  options.onProgress?.({ phase: 'building', done: sources.length, total: sources.length });
  const collections = [...state.collections, made];
  const bundle = state.bundle
    ? addArticles(state.bundle, parsed, {
        curated: curatedOf(collections),
        uiLang: readerLanguage(),
        builtAt: now.toISOString(),
      })
    : buildCorpus(parsed, { curated: curatedOf(collections), builtAt: now.toISOString(), uiLang: readerLanguage() });
  options.onProgress?.({ phase: 'saving', done: sources.length, total: sources.length });
  const meta = await commitChange(db, {
    baseRevision: state.meta?.revision,
    clear: options.replace,
    deleteSources: [...replacing],
    putCollections: stored.length > 0 ? [made] : [],
    putSources: stored,
    bundle,
  });
  return { collection: made, added: stored.map((s) => s.id), rejected, meta };
}

/** The id of the collection of pages added from tabs. */
export const PAGES_COLLECTION_ID = 'pages';

/** A page extracted in a tab (see entrypoints/extract-page.ts). */
export interface PageArticle extends SourceMeta {
  url: string;
  text: string;
}

/**
 * Adds the page open in a tab to the library's "Pages added from tabs" collection. A page already
 * there (same URL) is replaced, in the same transaction.
 */
export async function addPage(db: LibraryDb, page: PageArticle, options: ImportOptions = {}): Promise<ImportResult> {
  const stored = await readBundle(db);
  const existing = stored?.bundle.documents.filter((d) => d.sourceUrl === page.url).map((d) => d.id) ?? [];
  const collections = await listCollections(db);
  const pages = collections.find((c) => c.id === PAGES_COLLECTION_ID);
  return importSources(
    db,
    { kind: 'page', name: 'Pages added from tabs', id: PAGES_COLLECTION_ID },
    [{ ...page, file: page.url }],
    { ...options, replaceDocIds: existing, keepCreatedAt: pages?.createdAt },
  );
}

/** The sample corpus as sources of the `sample` collection. */
export function sampleSources(sample: SampleSources): NewSource[] {
  return sample.files.map(({ file, text }) => ({ id: file.replace(/\.txt$/i, ''), file, text }));
}

/** Creates the library with the sample corpus when there is none yet. Returns whether it did. */
export async function initLibrary(db: LibraryDb, sample: () => Promise<SampleSources>): Promise<boolean> {
  if (await readMeta(db)) return false;
  await restoreSample(db, await sample());
  return true;
}

/** Adds the sample corpus back (after it was removed); does nothing when it is there. */
export async function restoreSample(db: LibraryDb, sample: SampleSources): Promise<ImportResult | undefined> {
  const collections = await listCollections(db);
  if (collections.some((c) => c.id === SAMPLE_COLLECTION_ID)) return undefined;
  return importSources(
    db,
    { kind: 'sample', name: 'Sample corpus', id: SAMPLE_COLLECTION_ID, curated: sample.curated },
    sampleSources(sample),
  );
}

/** Removes articles (by document id); a collection left without articles goes too. */
export async function removeDocuments(
  db: LibraryDb,
  docIds: readonly string[],
  now = new Date(),
): Promise<LibraryMeta> {
  const state = await current(db);
  if (!state.bundle || !state.meta) throw new Error('Factlight: the library is empty');
  const removing = new Set(docIds);
  const sources = await listSources(db);
  const left = new Set(sources.filter((s) => !removing.has(s.id)).map((s) => s.collectionId));
  const emptied = state.collections.filter((c) => !left.has(c.id)).map((c) => c.id);
  const collections = state.collections.filter((c) => left.has(c.id));
  const bundle = removeArticles(state.bundle, removing, {
    curated: curatedOf(collections),
    builtAt: now.toISOString(),
  });
  return commitChange(db, {
    baseRevision: state.meta.revision,
    deleteSources: [...removing],
    deleteCollections: emptied,
    bundle,
  });
}

/** Removes a whole collection (an import, the sample corpus, the added pages). */
export async function removeCollection(db: LibraryDb, collectionId: string, now = new Date()): Promise<LibraryMeta> {
  const ids = (await listSources(db, collectionId)).map((s) => s.id);
  if (ids.length === 0) {
    const state = await current(db);
    if (!state.bundle || !state.meta) throw new Error('Factlight: the library is empty');
    return commitChange(db, {
      baseRevision: state.meta.revision,
      deleteCollections: [collectionId],
      bundle: state.bundle,
    });
  }
  return removeDocuments(db, ids, now);
}

/** Rebuilds the corpus from the stored source articles (a damaged store, or a newer pipeline). */
export async function rebuildLibrary(
  db: LibraryDb,
  now = new Date(),
): Promise<{ meta: LibraryMeta; rejected: RejectedSource[] }> {
  const [collections, sources, meta] = await Promise.all([listCollections(db), listSources(db), readMeta(db)]);
  sources.sort((a, b) => a.order - b.order);
  const parsed: ParsedArticle[] = [];
  const rejected: RejectedSource[] = [];
  for (const source of sources) {
    try {
      parsed.push(parseSource(source));
    } catch (error) {
      rejected.push({ file: source.file, reason: reasonOf(error) });
    }
  }
  const bundle = buildCorpus(parsed, {
    curated: curatedOf(collections),
    builtAt: now.toISOString(),
    uiLang: readerLanguage(),
  });
  return { meta: await commitChange(db, { baseRevision: meta?.revision, bundle }), rejected };
}

/** Sources that stand for a bundle's articles: their passages as paragraphs, their metadata kept. */
export function sourcesFromBundle(bundle: Bundle): NewSource[] {
  return articlesOf(bundle).map(({ document, passages }) => ({
    id: document.id,
    file: document.file,
    text: passages.map((p) => p.text).join('\n\n'),
    title: document.title,
    date: document.date,
    byline: document.source,
    url: document.sourceUrl,
    lang: document.lang,
  }));
}

/** Imports a bundle file: its articles as one collection, merged with the library or replacing it. */
export async function importBundle(
  db: LibraryDb,
  bundle: Bundle,
  name: string,
  mode: 'merge' | 'replace',
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importSources(db, { kind: 'bundle', name }, sourcesFromBundle(bundle), {
    ...options,
    replace: mode === 'replace',
  });
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Factlight:\s*/, '');
}
