/**
 * The one MiniSearch configuration, used both to build the index (at build time, in Node) and to
 * load and query it (in the background worker). Anything that changes how terms are made must
 * change here, or the shipped index and the runtime queries would disagree.
 *
 * Stopwords are per language: each passage's text is indexed under a field named after its language
 * (`text_da`, `text_de`, …), so the tokenizer knows which list applies. A query's language is
 * unknown, so it drops only the words that are stopwords in every corpus language it could mean
 * nothing in — in practice, those listed for any corpus language (queries are short; a lost
 * stopword costs nothing, a kept one floods the results).
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { foldForSearch } from '../text/fold';

/** Stopword lists per language code, already folded with {@link foldForSearch}. */
export type StopwordLists = Record<string, string[]>;

/** Field that holds a passage's text when the passage is in `lang`. */
export function textField(lang: string): string {
  return `text_${lang}`;
}

/** Passage shape the index is built from. */
export interface IndexedPassage {
  id: number;
  lang: string;
  text: string;
}

const tokenizeDefault = MiniSearch.getDefault('tokenize') as (text: string, field?: string) => string[];

/** Terms of fewer letters than this are never looked up with prefixes or typos. */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Search behaviour: prefix and typo-tolerant, with exact matches clearly ahead (prefix and fuzzy
 * matches are weighted down). Up to two typos for long words (so `Selensky` finds `Zelenskyj`).
 */
export const SEARCH_OPTIONS: SearchOptions = {
  prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
  fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
  maxFuzzy: 2,
  weights: { prefix: 0.3, fuzzy: 0.15 },
  combineWith: 'OR',
};

/** The MiniSearch options for a corpus with these languages and stopword lists. */
export function miniSearchOptions(langs: string[], stopwords: StopwordLists): Options<IndexedPassage> {
  const perField = new Map<string, Set<string>>();
  const union = new Set<string>();
  for (const lang of langs) {
    const list = new Set(stopwords[lang] ?? []);
    perField.set(textField(lang), list);
    for (const word of list) union.add(word);
  }
  return {
    idField: 'id',
    fields: langs.map(textField),
    extractField: (passage, field) =>
      field === 'id' ? passage.id : field === textField(passage.lang) ? passage.text : undefined,
    processTerm: (term, field) => {
      const folded = foldForSearch(term);
      if (folded.length === 0) return null;
      const stop = field === undefined ? union : perField.get(field);
      return stop?.has(folded) ? null : folded;
    },
    tokenize: (text) => tokenizeDefault(text),
    searchOptions: SEARCH_OPTIONS,
  };
}

/** Maps a corpus language code to the stopwords-iso list that serves it. */
export function stopwordListFor(lang: string): string {
  return lang === 'nb' || lang === 'nn' ? 'no' : lang;
}
