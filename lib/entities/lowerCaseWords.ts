/**
 * The words a corpus writes in lower case and never capitalises inside a sentence, per language:
 * "вакцина", "фото", "напомним" in a Russian corpus. They are ordinary words of that language, whatever
 * a capital at a sentence start, a heading or a glued neighbour made of them, so the name matcher
 * never reads them as names in texts of that language (judged from the corpus's own text, as the
 * issue asks, not from lists of examples).
 */
import type { Passage } from '../bundle/schema';
import { foldWord } from '../names/key';
import { type Token, tokenize } from './tokens';

/** What before a capitalised word ends a sentence (a quote, a colon or a dash opens no sentence). */
const SENTENCE_END = /[.!?…\n\r]/u;

/** A word counts as the corpus's ordinary word from this many lower-case uses. */
export const MIN_LOWER_CASE_USES = 3;

/**
 * Lower-case words (as written) with at least MIN_LOWER_CASE_USES uses, none of whose spellings
 * without diacritics is ever capitalised inside a sentence: Czech "německá" (German, adjective) is
 * Německa (of Germany) to the matcher, which folds diacritics. A capital after an opening quote or a
 * colon («Спутник V») is a name's, not a sentence's.
 */
export function lowerCaseOnlyWords(
  passages: readonly Passage[],
  tokensOf: (passage: Passage) => Token[] = (passage) => tokenize(passage.text),
): Record<string, string[]> {
  const lowerUses = new Map<string, Map<string, number>>();
  const capitalisedMidSentence = new Map<string, Set<string>>();
  for (const passage of passages) {
    const lang = passage.lang;
    let lower = lowerUses.get(lang);
    if (!lower) lowerUses.set(lang, (lower = new Map()));
    let capitalised = capitalisedMidSentence.get(lang);
    if (!capitalised) capitalisedMidSentence.set(lang, (capitalised = new Set()));
    tokensOf(passage).forEach((token, index) => {
      if (!/^\p{L}/u.test(token.text)) return;
      if (!token.capitalised) {
        const word = token.text.toLowerCase();
        lower.set(word, (lower.get(word) ?? 0) + 1);
      } else if (!token.sentenceStart || (index > 0 && !SENTENCE_END.test(token.before))) {
        capitalised.add(token.text);
      }
    });
  }
  const out: Record<string, string[]> = {};
  for (const [lang, lower] of lowerUses) {
    // Folded once per distinct word, not per use.
    const capitalised = new Set([...capitalisedMidSentence.get(lang)!].map(foldWord));
    const words = [...lower]
      .filter(([word, uses]) => uses >= MIN_LOWER_CASE_USES && !capitalised.has(foldWord(word)))
      .map(([word]) => word)
      .sort();
    if (words.length > 0) out[lang] = words;
  }
  return out;
}
