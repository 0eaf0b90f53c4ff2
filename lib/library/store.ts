/**
 * The library in IndexedDB (through `idb`): collections, source articles and the built corpus, in
 * the extension's own origin. Every change is one readwrite transaction over all stores, so a
 * browser killed mid-import leaves the previous library whole. The corpus is stored as two JSON
 * strings (everything but the search index, and the index) because a string is copied in and out
 * of IndexedDB far faster than an object graph of 10,000 passages, and a card needs only the first.
 * `meta` records their lengths and a revision, so a damaged store is detected rather than half-read.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { BUNDLE_FORMAT_VERSION, type Bundle } from '../bundle/schema';
import type { Collection, SourceArticle } from './types';

/** Name of the database. */
export const LIBRARY_DB = 'factlight-library';
/**
 * The IndexedDB schema version. Raise it with a new `upgrade` step (never edit an old step): a
 * library written by an older version is migrated in place when the database opens.
 */
export const LIBRARY_DB_VERSION = 1;

/** The library's state record. */
export interface LibraryMeta {
  /** The bundle format of the stored corpus ({@link BUNDLE_FORMAT_VERSION}). */
  formatVersion: number;
  /** Raised by every change; a writer that read an older revision must start again. */
  revision: number;
  updatedAt: string;
  coreChars: number;
  indexChars: number;
  documents: number;
  passages: number;
  entities: number;
}

interface LibrarySchema extends DBSchema {
  meta: { key: 'state'; value: LibraryMeta };
  collections: { key: string; value: Collection };
  sources: { key: string; value: SourceArticle; indexes: { collectionId: string } };
  corpus: { key: 'core' | 'index'; value: { revision: number; json: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** Opens (and creates or migrates) the library database. */
export function openLibraryDb(name = LIBRARY_DB): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, in order: a database at version N runs the steps after N.
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('collections', { keyPath: 'id' });
        db.createObjectStore('sources', { keyPath: 'id' }).createIndex('collectionId', 'collectionId');
        db.createObjectStore('corpus');
      }
    },
  });
}

/** The corpus's parts that a card or the matcher needs: the bundle without its index. */
export type CorpusCore = Omit<Bundle, 'index'>;

/** What the store holds: nothing yet, a usable corpus, or a damaged one (with the reason). */
export type StoredCorpus =
  | { state: 'empty' }
  | { state: 'ok'; meta: LibraryMeta; core: CorpusCore; loadIndex: () => Promise<Record<string, unknown>> }
  | { state: 'damaged'; reason: string };

/** Thrown by {@link commitChange} when another writer changed the library since it was read. */
export class LibraryConflict extends Error {
  override name = 'LibraryConflict';
}

export async function readMeta(db: LibraryDb): Promise<LibraryMeta | undefined> {
  return db.get('meta', 'state');
}

/**
 * Reads the corpus core (the index stays in the store until `loadIndex`). Checks the format
 * version, the revision and the lengths recorded with it, and that the JSON parses.
 */
export async function readCorpus(db: LibraryDb): Promise<StoredCorpus> {
  const tx = db.transaction(['meta', 'corpus'], 'readonly');
  const [meta, core] = await Promise.all([tx.objectStore('meta').get('state'), tx.objectStore('corpus').get('core')]);
  await tx.done;
  if (!meta) return { state: 'empty' };
  const damaged = (reason: string): StoredCorpus => ({ state: 'damaged', reason: `Factlight: ${reason}` });
  if (meta.formatVersion !== BUNDLE_FORMAT_VERSION)
    return damaged(`the stored corpus has format ${meta.formatVersion}, not ${BUNDLE_FORMAT_VERSION}`);
  if (!core || typeof core.json !== 'string') return damaged('the stored corpus is missing');
  if (core.revision !== meta.revision || core.json.length !== meta.coreChars)
    return damaged('the stored corpus does not match its record (revision or length differ)');
  let parsed: CorpusCore;
  try {
    parsed = JSON.parse(core.json) as CorpusCore;
  } catch (error) {
    return damaged(`the stored corpus is not valid JSON (${(error as Error).message})`);
  }
  if (
    !Array.isArray(parsed.documents) ||
    !Array.isArray(parsed.passages) ||
    !Array.isArray(parsed.entities) ||
    parsed.passages.length !== meta.passages ||
    parsed.documents.length !== meta.documents
  )
    return damaged('the stored corpus does not hold what its record says');
  return {
    state: 'ok',
    meta,
    core: parsed,
    loadIndex: async () => {
      const index = await db.get('corpus', 'index');
      if (!index || index.revision !== meta.revision || index.json.length !== meta.indexChars)
        throw new Error('Factlight: the stored search index is damaged; rebuild the corpus on the library page');
      return JSON.parse(index.json) as Record<string, unknown>;
    },
  };
}

/** Reads the whole stored bundle (core and index), or throws naming the damage. */
export async function readBundle(db: LibraryDb): Promise<{ meta: LibraryMeta; bundle: Bundle } | undefined> {
  const stored = await readCorpus(db);
  if (stored.state === 'empty') return undefined;
  if (stored.state === 'damaged') throw new Error(stored.reason);
  return { meta: stored.meta, bundle: { ...stored.core, index: await stored.loadIndex() } };
}

export async function listCollections(db: LibraryDb): Promise<Collection[]> {
  return db.getAll('collections');
}

export async function listSources(db: LibraryDb, collectionId?: string): Promise<SourceArticle[]> {
  return collectionId === undefined
    ? db.getAll('sources')
    : db.getAllFromIndex('sources', 'collectionId', collectionId);
}

/** One change of the library: collections and sources put or deleted, and the corpus built from them. */
export interface LibraryChange {
  /** The revision the change was computed from (undefined: the library was empty). */
  baseRevision: number | undefined;
  putCollections?: Collection[];
  deleteCollections?: string[];
  putSources?: SourceArticle[];
  deleteSources?: string[];
  /** Delete every collection and source first (rebuild from a bundle file in replace mode). */
  clear?: boolean;
  bundle: Bundle;
}

/** Writes one change in one transaction; nothing is written when another writer came first. */
export async function commitChange(db: LibraryDb, change: LibraryChange): Promise<LibraryMeta> {
  const { index, ...core } = change.bundle;
  const coreJson = JSON.stringify(core);
  const indexJson = JSON.stringify(index);
  const tx = db.transaction(['meta', 'collections', 'sources', 'corpus'], 'readwrite');
  const current = await tx.objectStore('meta').get('state');
  if (current?.revision !== change.baseRevision) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new LibraryConflict('Factlight: the library changed meanwhile; try again');
  }
  const revision = (current?.revision ?? 0) + 1;
  const meta: LibraryMeta = {
    formatVersion: change.bundle.formatVersion,
    revision,
    updatedAt: change.bundle.builtAt,
    coreChars: coreJson.length,
    indexChars: indexJson.length,
    documents: core.documents.length,
    passages: core.passages.length,
    entities: core.entities.length,
  };
  const collections = tx.objectStore('collections');
  const sources = tx.objectStore('sources');
  const writes: Promise<unknown>[] = [];
  if (change.clear) writes.push(collections.clear(), sources.clear());
  for (const id of change.deleteCollections ?? []) writes.push(collections.delete(id));
  for (const id of change.deleteSources ?? []) writes.push(sources.delete(id));
  for (const c of change.putCollections ?? []) writes.push(collections.put(c));
  for (const s of change.putSources ?? []) writes.push(sources.put(s));
  writes.push(
    tx.objectStore('corpus').put({ revision, json: coreJson }, 'core'),
    tx.objectStore('corpus').put({ revision, json: indexJson }, 'index'),
    tx.objectStore('meta').put(meta, 'state'),
  );
  await Promise.all([...writes, tx.done]);
  return meta;
}

/** What the browser says this origin stores, in bytes (all of it: the library is nearly all). */
export async function estimateBytes(): Promise<number | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  return estimate?.usage;
}
