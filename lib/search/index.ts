/**
 * Search over the bundle's passages: builds the MiniSearch index at build time, loads the shipped
 * index at run time (never re-indexing), and turns hits into passage ids with the ranges of the
 * passage text to emphasise.
 */
import MiniSearch from 'minisearch';
import type { Bundle, Passage } from '../bundle/schema';
import { createMatcher, type NameMatcher } from '../names/matcher';
import { foldForSearch } from '../text/fold';
import { miniSearchOptions, type IndexedPassage, type StopwordLists } from './options';

/** One ranked passage. */
export interface PassageHit {
  passageId: number;
  score: number;
  /** The indexed (folded) terms that matched. */
  terms: string[];
  /** Ranges of the passage text to emphasise: the words whose folded form matched. */
  marks: [number, number][];
}

export interface SearchEngine {
  search(query: string, limit?: number): PassageHit[];
}

/** Languages in the order the index's fields are declared: sorted, deduplicated. */
export function corpusLangs(passages: Pick<Passage, 'lang'>[]): string[] {
  return [...new Set(passages.map((p) => p.lang))].sort();
}

/** Builds the index (build time). Returns MiniSearch's JSON form, ready for the bundle. */
export function buildIndex(passages: IndexedPassage[], stopwords: StopwordLists): Record<string, unknown> {
  const miniSearch = new MiniSearch<IndexedPassage>(miniSearchOptions(corpusLangs(passages), stopwords));
  miniSearch.addAll(passages);
  return miniSearch.toJSON() as unknown as Record<string, unknown>;
}

// A run between MiniSearch's default separators (line breaks, spaces, punctuation): exactly the
// words the index holds, so "USA's" marks USA as the term usa was indexed from it.
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Ranges of `text` whose folded word is one of `terms`. */
export function markTerms(text: string, terms: Iterable<string>): [number, number][] {
  const wanted = new Set(terms);
  const marks: [number, number][] = [];
  if (wanted.size === 0) return marks;
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(foldForSearch(m[0]))) marks.push([m.index, m.index + m[0].length]);
  }
  return marks;
}

/**
 * Spellings to add to a query that names a corpus entity in another spelling, script or case
 * (Zelensky, Зеленского, selenskyjs): the entity's own spellings, so every language's passages
 * are found. The name matcher decides what names the query holds, as it does on pages.
 */
function aliasExpander(
  bundle: Pick<Bundle, 'entities'>,
  matcher: Pick<NameMatcher, 'match'>,
): (query: string) => string[] {
  // Single-word spellings only (Putin, Putins): a given name from "Vladimir Putin" would find every
  // Vladimir. An entity known only by full names keeps them.
  const spellings = new Map(
    bundle.entities.map((e) => {
      const texts = [...new Set(e.aliases.map((a) => a.text))];
      const single = texts.filter((t) => !/\s/.test(t));
      return [e.id, single.length ? single : texts];
    }),
  );
  const capitalise = (query: string) =>
    query.replace(/(^|[\s\-'’])(\p{Ll})/gu, (_m, gap: string, ch: string) => gap + ch.toUpperCase());
  return (query) => {
    const found = new Set(matcher.match(capitalise(query)).map((span) => span.entityId));
    return [...found].flatMap((id) => spellings.get(id) ?? []);
  };
}

/** Spellings the user did not type count for less than the words they did. */
const ALIAS_WEIGHT = 0.4;

/**
 * Loads the bundle's index (run time) and answers queries. Pass the name matcher when the caller
 * already has one (the background does); otherwise it is made from the bundle.
 */
export function createSearchEngine(
  bundle: Pick<Bundle, 'passages' | 'index' | 'stopwords' | 'entities' | 'matcher'>,
  matcher: Pick<NameMatcher, 'match'> = createMatcher(bundle.matcher),
): SearchEngine {
  const options = miniSearchOptions(corpusLangs(bundle.passages), bundle.stopwords);
  const miniSearch = MiniSearch.loadJS<IndexedPassage>(bundle.index as never, options);
  const expand = aliasExpander(bundle, matcher);
  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const aliases = expand(trimmed);
      // Spellings of a named entity are exact words: no prefix or typo matching for them.
      const request = aliases.length
        ? {
            combineWith: 'OR',
            queries: [
              trimmed,
              { queries: aliases, prefix: false, fuzzy: false, combineWith: 'OR', boostTerm: () => ALIAS_WEIGHT },
            ],
          }
        : trimmed;
      return miniSearch
        .search(request as never)
        .slice(0, limit)
        .map((result) => {
          const passage = bundle.passages[result.id as number];
          return {
            passageId: result.id as number,
            score: result.score,
            terms: result.terms,
            marks: passage ? markTerms(passage.text, result.terms) : [],
          };
        });
    },
  };
}
