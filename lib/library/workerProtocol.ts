/**
 * Messages between the library page and its build worker. The worker does every step that costs
 * time (reading files, Readability, parsing, entities, the index, IndexedDB), so the page's main
 * thread only renders.
 */
import type { ImportProgress, PageArticle, RejectedSource } from './library';
import type { Collection } from './types';

/** A job the page asks of the worker. */
export type LibraryJob =
  | { type: 'state' }
  | { type: 'importFiles'; files: File[] }
  | { type: 'importBundle'; file: File; mode: 'merge' | 'replace' }
  | { type: 'removeDocuments'; docIds: string[] }
  | { type: 'removeCollection'; collectionId: string }
  | { type: 'restoreSample' }
  | { type: 'rebuild' }
  | { type: 'export' }
  | { type: 'addPage'; page: PageArticle };

/** A job with its id; `cancel` stops the running import (nothing is written). */
export type ToWorker = { id: number; job: LibraryJob } | { type: 'cancel' };

/** One article as the library page lists it. */
export interface ArticleRow {
  id: string;
  title: string;
  date: string | null;
  lang: string;
  source: string | null;
  url: string | null;
  file: string;
  passages: number;
  names: number;
  collectionId: string | null;
}

/** One name as the library page lists it. */
export interface NameRow {
  id: string;
  name: string;
  type: 'person' | 'place' | 'organisation';
  mentions: number;
  articles: number;
}

/** What the page shows: the library's contents, or the damage found. */
export interface LibrarySnapshot {
  status: 'ok' | 'damaged';
  damage?: string;
  collections: (Collection & { articles: number })[];
  articles: ArticleRow[];
  names: NameRow[];
  passages: number;
  /** Bytes the browser reports for the extension's storage, when it says. */
  storageBytes?: number;
  sampleMissing: boolean;
}

/** What a finished job reports. */
export interface JobResult {
  added?: number;
  rejected?: RejectedSource[];
  /** The exported bundle file. */
  exported?: Blob;
  /** Milliseconds the job took in the worker. */
  ms: number;
  snapshot: LibrarySnapshot;
  /** Whether the stored corpus changed (the background must reload it). */
  changed: boolean;
}

/** What the worker sends back. */
export type FromWorker =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; result: JobResult }
  | { type: 'failed'; id: number; error: string; cancelled?: boolean; snapshot?: LibrarySnapshot };
