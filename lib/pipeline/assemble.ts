/**
 * The pure half of the bundle builder: parsed articles in, one bundle out (numbered passages,
 * entities, name matcher, search index, report). No file access, so it runs in Node (the CLI and
 * the extension build, through `build.ts`) and in the browser (the library's build worker) alike.
 */
import type { ParsedArticle } from '../corpus/parse';
import { extractEntities, type CuratedEntities } from '../entities';
import { buildMatcherData } from '../names/build';
import { buildIndex, corpusLangs } from '../search';
import { stopwordListFor, type StopwordLists } from '../search/options';
import { foldForSearch } from '../text/fold';
import { STOPWORDS_ISO } from '../text/stopwordsIso';
import {
  BUNDLE_FORMAT_VERSION,
  type Bundle,
  type BuildReport,
  type CorpusDocument,
  type Passage,
} from '../bundle/schema';

/**
 * Corpus sizes the in-browser index serves well, measured by `npm run bench` (bench/RESULTS.md):
 * up to about 10,000 passages search stays under 16 ms at p95; past 20,000 two-word queries miss
 * it even on exact terms, and at 50,000 the worker's cold load takes seconds and two-word queries
 * about 60 ms. So: a note in the report past the first, a refusal past the second.
 */
export const PASSAGES_WARN = 10_000;
export const PASSAGES_MAX = 50_000;

/** Passage-count limits: a warning past `warn`, a refusal past `max`. */
export interface PassageLimits {
  warn: number;
  max: number;
}

/** What {@link assembleBundle} needs besides the articles. */
export interface AssembleOptions {
  /** Names the corpus in errors (the seeds folder, "the library"). */
  label: string;
  curated?: CuratedEntities;
  /** Files set aside before parsing, reported as skipped. */
  skipped?: BuildReport['skipped'];
  /** Fixed timestamp for reproducible output (tests). */
  builtAt?: string;
  limits?: PassageLimits;
  /** The reader's UI language (ISO 639-1): an entity is named in it where the corpus writes that form. Default en. */
  uiLang?: string;
}

/** Parsed articles with their passages numbered in order: the corpus without its derived parts. */
export interface NumberedArticles {
  documents: CorpusDocument[];
  passages: Passage[];
  reportDocs: BuildReport['documents'];
}

/** Numbers passages across articles (a passage's id is its index) and links documents to them. */
export function numberArticles(articles: readonly ParsedArticle[]): NumberedArticles {
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  const reportDocs: BuildReport['documents'] = [];
  for (const parsed of articles) {
    documents.push({ ...parsed.document, firstPassage: passages.length, passageCount: parsed.passages.length });
    for (const passage of parsed.passages) passages.push({ ...passage, id: passages.length });
    reportDocs.push({
      docId: parsed.document.id,
      passages: parsed.passages.length,
      dropped: parsed.dropped,
      notes: parsed.notes,
    });
  }
  return { documents, passages, reportDocs };
}

/** Throws past the limit; returns the warnings for a corpus past the warning size. */
export function checkPassageLimits(count: number, label: string, limits: PassageLimits): string[] {
  if (count > limits.max) {
    throw new Error(
      `Factlight: ${label} makes ${count} passages, more than the ${limits.max} the extension can search quickly; split the corpus`,
    );
  }
  return count > limits.warn
    ? [
        `${count} passages: past ${limits.warn}, searches may take longer than a frame (16 ms) and the first load about a second`,
      ]
    : [];
}

/**
 * Everything derived from the numbered passages except the search index: entities (corpus-wide,
 * so recomputed whenever the passages change), the name matcher and the stopword lists.
 */
export function deriveNames(
  numbered: Pick<NumberedArticles, 'documents' | 'passages'>,
  curated: CuratedEntities | undefined,
  uiLang?: string,
): Pick<Bundle, 'entities' | 'matcher' | 'stopwords'> & {
  entityReport: BuildReport['entities'];
} {
  const { entities, suppressed, counts, lowerCaseWords } = extractEntities({ ...numbered, curated, uiLang });
  return {
    entities,
    matcher: buildMatcherData(entities, { corpusLowerCaseWords: lowerCaseWords }),
    stopwords: stopwordsFor(corpusLangs(numbered.passages)),
    entityReport: { total: entities.length, ...counts, suppressed },
  };
}

/** Builds a whole bundle from parsed articles. Throws when there is no article or too many passages. */
export function assembleBundle(articles: readonly ParsedArticle[], options: AssembleOptions): Bundle {
  const skipped = options.skipped ?? [];
  if (articles.length === 0) {
    const why = skipped.map((s) => `${s.file}: ${s.reason}`).join('; ');
    throw new Error(`Factlight: no usable article in ${options.label}${why ? ` (${why})` : ''}`);
  }
  const numbered = numberArticles(articles);
  const warnings = checkPassageLimits(
    numbered.passages.length,
    options.label,
    options.limits ?? { warn: PASSAGES_WARN, max: PASSAGES_MAX },
  );
  const { entityReport, ...names } = deriveNames(numbered, options.curated, options.uiLang);
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    builtAt: options.builtAt ?? new Date().toISOString(),
    documents: numbered.documents,
    passages: numbered.passages,
    ...names,
    index: buildIndex(numbered.passages, names.stopwords),
    report: { documents: numbered.reportDocs, entities: entityReport, skipped, warnings },
  };
}

/** stopwords-iso's lists for the corpus languages, folded the way the index folds terms. */
export function stopwordsFor(langs: string[]): StopwordLists {
  const lists: StopwordLists = {};
  for (const lang of langs) {
    const words = STOPWORDS_ISO[stopwordListFor(lang)] ?? [];
    lists[lang] = [...new Set(words.map(foldForSearch))].sort();
  }
  return lists;
}
