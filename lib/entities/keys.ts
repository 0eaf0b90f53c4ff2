/**
 * Spelling keys that let one name's spellings meet across languages (Zelenskyj, Selenskyj,
 * Zelenskij): the names helper's per-word `nameKey`. Keys are per word, so a lone surname can be
 * matched to a full name's last word.
 */
import { nameKey } from '../names/key';
import { foldForSearch } from '../text/fold';

/** Key of one word of a name (falls back to plain folding for words without Latin letters). */
export function wordKey(word: string): string {
  return nameKey(word) || foldForSearch(word);
}

/** Key of a whole name: the keys of its words, space-separated. */
export function nameKeyOf(name: string): string {
  return name
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}
