/**
 * Tokens of a passage for entity extraction: words with their offsets, whether they are
 * capitalised, and whether they open a sentence (where a capital letter proves nothing).
 */

export interface Token {
  /** The word as written, hyphen compounds and a trailing genitive apostrophe included. */
  text: string;
  start: number;
  end: number;
  /** First letter is an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case (NATO, CNN), possibly with a genitive `s`/`'s` (NATOs). */
  acronym: boolean;
  /** First word of the passage or of a sentence, a quote, a line or a dash-led clause. */
  sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  before: string;
}

// Letters and digits, joined by inner hyphens, apostrophes or dots (Kursk-regionen, USA's, NUME.ch);
// a trailing apostrophe is the genitive of a name ending in s, x or z (Waltz').
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*(?:(?<=[sxzSXZ])['’](?![\p{L}\p{N}]))?/gu;
// What between two words ends a sentence or opens a new clause whose first word is capitalised anyway.
const SENTENCE_BREAK = /[.!?…:;]|[\n\r]|[«»„“”"]|(^|\s)[-–—](\s|$)|^\s*[-–—•*]/u;

const UPPER = /^\p{Lu}/u;
// French and Italian elision: l'Ukraine, d'Ukraine, dell'Ucraina, L'agence. The name starts after it.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|all|nell|dall|sull|coll|quell|un)['’](?=\p{L})/iu;
const ACRONYM = /^\p{Lu}{2,}(?:s|['’]s)?$/u;
// A full stop with no space after it, between a lower-case word and a capitalised one, ends a
// sentence ("Павел Волчков.Вакцины не…"); NUME.ch, news.bg and initials (W.W) are no such place.
const GLUED_SENTENCE = /(?<=\p{Ll}{2})[.](?=\p{Lu}\p{Ll})/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (word: string, start: number, sentenceStart: boolean) => {
    const before = text.slice(previousEnd, start);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      capitalised: UPPER.test(word),
      acronym: ACRONYM.test(word),
      sentenceStart: sentenceStart || tokens.length === 0 || SENTENCE_BREAK.test(before),
      before,
    });
    previousEnd = start + word.length;
  };
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = match[0];
    const elision = ELISION.exec(word);
    if (elision) {
      push(elision[0], start, false);
      const rest = word.slice(elision[0].length);
      // The word after an elided article at a sentence start still stands first.
      push(rest, start + elision[0].length, tokens[tokens.length - 1]!.sentenceStart);
      continue;
    }
    const glued = GLUED_SENTENCE.exec(word);
    if (glued) {
      push(word.slice(0, glued.index), start, false);
      push(word.slice(glued.index + 1), start + glued.index + 1, true);
      continue;
    }
    push(word, start, false);
  }
  return tokens;
}
