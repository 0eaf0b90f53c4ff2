/**
 * Words of a text with UTF-16 offsets, and the small questions the guards ask about them.
 * A word is a run of letters, marks and digits (a soft hyphen inside is kept); an apostrophe joins
 * only Cyrillic letters (Ukrainian м'ясо, Мар'янка), so "Putin's" and Turkish "Putin'in" give the
 * word Putin, and "Kursk-regionen" gives Kursk and regionen.
 */

export interface Words {
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:(?<=\p{Script=Cyrillic})['\u2019\u02bc](?=\p{Script=Cyrillic})[\p{L}\p{M}\p{N}\u00ad]+)*/gu;

/** One regex pass over the text: linear in its length. */
export function words(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Does the word start with an upper-case letter (Latin, Greek, Cyrillic ...)? */
export function startsUpper(word: string): boolean {
  const ch = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Number of upper-case letters the word starts with (NATOs → 4). */
export function leadingUpper(word: string): number {
  let n = 0;
  for (const ch of word) {
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) n += 1;
    else break;
  }
  return n;
}

/** Is the word all upper case (with at least two letters)? */
export function allUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const OPENERS = /[\s"'«»„“”‚‘’(\[{\-–—•*·]/;
const ENDERS = /[.!?…:;]/;

/** Does a sentence (or a line, a heading, a list item) start at this offset? */
export function sentenceStartAt(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') return true;
    if (OPENERS.test(ch)) continue;
    return ENDERS.test(ch);
  }
  return true;
}

/** Exactly one space (or no-break space) between two words. */
export function isSpaceGap(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}

const NAME_GAP = /^[ \t\u00a0\u202f\n\r\-\u2010\u2011'\u2019\u02bc]{1,3}$/;

/** What may stand between two words of one name: a space, a line break, a hyphen, an apostrophe. */
export function isNameGap(gap: string): boolean {
  return NAME_GAP.test(gap) && !/\n[^\n]*\n/.test(gap);
}
