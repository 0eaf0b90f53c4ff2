/**
 * The library's corpus as a bundle, built whole or changed incrementally. A bundle's passage ids are
 * their indexes, so articles are kept in the order they were added: adding appends passages (their
 * ids are new, nothing is renumbered) and MiniSearch indexes only the new ones; removing renumbers
 * the passages after the removed ones and indexes them again. Entities are corpus-wide (evidence from every passage decides what is a name),
 * so they are derived again from all passages; that is the cheap part next to parsing and indexing.
 * The result equals a full build of the same articles (tests/unit/library-corpus.test.ts).
 */
import MiniSearch from 'minisearch';
import {
  type AssembleOptions,
  assembleBundle,
  checkPassageLimits,
  deriveNames,
  numberArticles,
  PASSAGES_MAX,
  PASSAGES_WARN,
} from '../pipeline/assemble';
import { BUNDLE_FORMAT_VERSION, type Bundle } from '../bundle/schema';
import type { ParsedArticle } from '../corpus/parse';
import type { CuratedEntities } from '../entities';
import { buildMatcherData } from '../names/build';
import { buildIndex, corpusLangs } from '../search';
import { type IndexedPassage, miniSearchOptions } from '../search/options';

const LABEL = 'the library';
const LIMITS = { warn: PASSAGES_WARN, max: PASSAGES_MAX };

/** A corpus with no article (every collection removed). */
export function emptyBundle(builtAt = new Date().toISOString()): Bundle {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt,
    documents: [],
    passages: [],
    entities: [],
    matcher: buildMatcherData([]),
    stopwords: {},
    index: buildIndex([], {}),
    report: {
      documents: [],
      entities: { total: 0, extracted: 0, curated: 0, both: 0, suppressed: [] },
      skipped: [],
      warnings: [],
    },
  };
}

/** Builds the whole corpus from parsed articles, in order. */
export function buildCorpus(articles: readonly ParsedArticle[], options: Omit<AssembleOptions, 'label'> = {}): Bundle {
  if (articles.length === 0) return emptyBundle(options.builtAt);
  return assembleBundle(articles, { label: LABEL, limits: LIMITS, ...options });
}

/** The parsed articles a bundle was built from (passages without ids, in order). */
export function articlesOf(bundle: Bundle): ParsedArticle[] {
  const reports = new Map(bundle.report.documents.map((d) => [d.docId, d] as const));
  return bundle.documents.map(({ firstPassage, passageCount, ...document }) => ({
    document,
    passages: bundle.passages
      .slice(firstPassage, firstPassage + passageCount)
      .map(({ id: _id, ...passage }) => passage),
    dropped: reports.get(document.id)?.dropped ?? [],
    notes: reports.get(document.id)?.notes ?? [],
  }));
}

/** Everything but the index, from articles in order. */
function rebuildAllButIndex(
  articles: ParsedArticle[],
  curated: CuratedEntities | undefined,
  builtAt: string,
  skipped: Bundle['report']['skipped'],
  uiLang: string | undefined,
): Omit<Bundle, 'index'> {
  const numbered = numberArticles(articles);
  const warnings = checkPassageLimits(numbered.passages.length, LABEL, LIMITS);
  const { entityReport, ...names } = deriveNames(numbered, curated, uiLang);
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt,
    documents: numbered.documents,
    passages: numbered.passages,
    ...names,
    report: { documents: numbered.reportDocs, entities: entityReport, skipped, warnings },
  };
}

/** Options for {@link addArticles} and {@link removeArticles}. */
export interface ChangeOptions {
  curated?: CuratedEntities;
  builtAt?: string;
  /** See AssembleOptions.uiLang. */
  uiLang?: string;
}

/**
 * Appends articles (replacing none: remove an article first to replace it). The index is updated
 * with MiniSearch's `addAll` unless the corpus gains a language (the index's fields are per language).
 */
export function addArticles(bundle: Bundle, added: readonly ParsedArticle[], options: ChangeOptions = {}): Bundle {
  const builtAt = options.builtAt ?? new Date().toISOString();
  const articles = [...articlesOf(bundle), ...added];
  if (bundle.documents.length === 0) return buildCorpus(articles, { curated: options.curated, builtAt });
  const next = rebuildAllButIndex(articles, options.curated, builtAt, bundle.report.skipped, options.uiLang);
  const langsBefore = corpusLangs(bundle.passages);
  if (!sameList(langsBefore, corpusLangs(next.passages))) {
    return { ...next, index: buildIndex(next.passages, next.stopwords) };
  }
  const miniSearch = loadIndex(bundle, langsBefore);
  miniSearch.addAll(next.passages.slice(bundle.passages.length));
  return { ...next, index: miniSearch.toJSON() as unknown as Record<string, unknown> };
}

/**
 * Removes articles by document id. The index is built again from the remaining passages: MiniSearch's
 * `remove` followed by renumbering the ids after them gave BM25 scores that differed from a fresh
 * index (checked in tests/unit/library.test.ts before this choice), and a removal is rare next to
 * an addition; re-indexing 10,000 passages takes under a second.
 */
export function removeArticles(bundle: Bundle, docIds: Iterable<string>, options: ChangeOptions = {}): Bundle {
  const builtAt = options.builtAt ?? new Date().toISOString();
  const removed = new Set(docIds);
  const kept = articlesOf(bundle).filter((a) => !removed.has(a.document.id));
  if (kept.length === 0) return emptyBundle(builtAt);
  const next = rebuildAllButIndex(kept, options.curated, builtAt, bundle.report.skipped, options.uiLang);
  return { ...next, index: buildIndex(next.passages, next.stopwords) };
}

function loadIndex(bundle: Bundle, langs: string[]): MiniSearch<IndexedPassage> {
  return MiniSearch.loadJS<IndexedPassage>(bundle.index as never, miniSearchOptions(langs, bundle.stopwords));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
