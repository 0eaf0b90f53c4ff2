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

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u00ad]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);

/** Length (1 or 2 code units) of the code point at i. */
const cpLength = (code: number): number => (code >= 0xd800 && code <= 0xdbff ? 2 : 1);

function isWordChar(text: string, i: number, start: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  const ch = text.slice(i, i + cpLength(c));
  return (start ? WORD_START : WORD_CHAR).test(ch);
}

/** One pass over the text, char by char: linear in its length. */
export function words(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i, true)) {
      i += cpLength(text.charCodeAt(i));
      continue;
    }
    const start = i;
    i += cpLength(text.charCodeAt(i));
    for (;;) {
      while (i < n && isWordChar(text, i, false)) i += cpLength(text.charCodeAt(i));
      // An apostrophe between two Cyrillic letters is part of the word (Куп'янськ).
      if (
        i + 1 < n &&
        APOSTROPHES.has(text.charCodeAt(i)) &&
        CYRILLIC.test(text[i - 1]!) &&
        CYRILLIC.test(text[i + 1]!)
      ) {
        i += 1;
        continue;
      }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}

/** Does the text have an upper-case letter at this offset? */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text.slice(i, i + cpLength(c));
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Does the word start with an upper-case letter (Latin, Greek, Cyrillic ...)? */
export function startsUpper(word: string): boolean {
  const ch = String.fromCodePoint(word.codePointAt(0) ?? 32);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The upper-case letters the word starts with (NATOs → NATO). */
export function leadingUpper(word: string): string {
  let n = 0;
  for (const ch of word) {
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) n += ch.length;
    else break;
  }
  return word.slice(0, n);
}

/** Is the word all upper case (with at least two letters)? */
export function allUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const OPENERS = /[\s"'«»„“”‚‘’([{\-–—•*·]/;
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

const NAME_GAP = /^[ \t\u00a0\u202f\n\r\-\u2010\u2011'\u2019\u02bc&]{1,3}$/;

/** What may stand between two words of one name: a space, a line break, a hyphen, an apostrophe, an ampersand (Johnson & Johnson). */
export function isNameGap(gap: string): boolean {
  return NAME_GAP.test(gap) && !/\n[^\n]*\n/.test(gap);
}
