/**
 * The user's library: collections of source articles (the sample corpus, each import, pages added
 * from tabs) from which the corpus is built in the browser. Source articles are kept next to the
 * built corpus so it can always be rebuilt from them.
 */
import type { CuratedEntities } from '../entities';

/** Where a collection came from. */
export type CollectionKind = 'sample' | 'files' | 'page' | 'bundle';

/** One import (or the sample corpus, or the pages added from tabs): removable as a whole. */
export interface Collection {
  id: string;
  kind: CollectionKind;
  /** Shown on the library page ("Sample corpus", "Import of 3 Dec 2026, 14:02 (12 files)"). */
  name: string;
  createdAt: string;
  /** The sample corpus's curated entities file; applies while the collection is in the library. */
  curated?: CuratedEntities;
}

/** Metadata known besides the text (from HTML metadata, a page, or a bundle's document). */
export interface SourceMeta {
  title?: string | null;
  url?: string | null;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | null;
  byline?: string | null;
  lang?: string | null;
}

/** One source article as stored: plain text (HTML already reduced to its article) plus metadata. */
export interface SourceArticle extends SourceMeta {
  /** The document id in the corpus; unique in the library. */
  id: string;
  collectionId: string;
  /** File name, or the page URL. */
  file: string;
  text: string;
  addedAt: string;
  /** Position in the corpus: articles are built in this order, so a rebuild gives the same corpus. */
  order: number;
}

/** The sample corpus as the extension ships it (`/sample.json`): the seed files and curated entities. */
export interface SampleSources {
  files: { file: string; text: string }[];
  curated?: CuratedEntities;
}

/** The id of the sample corpus's collection. */
export const SAMPLE_COLLECTION_ID = 'sample';
