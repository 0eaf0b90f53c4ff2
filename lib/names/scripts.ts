/**
 * Names in scripts without capitals (shipped to pages with the matcher; no dependencies).
 * - Arabic, Persian, Hebrew: words are spaced; a name is a word whose normalised spelling (no
 *   vowel marks, one alef, Persian yeh and kaf as Arabic) is the alias's, possibly after one-letter
 *   proclitics and the article (و ب ل ك ف, ال; Hebrew ו ה ב ל מ ש כ): وبوتين, لأوكرانيا, לרוסיה.
 *   Keys carry a '~' so they never meet a Latin key.
 * - Chinese, Japanese, Korean, Thai: no spaces between words (Korean attaches particles), so an alias
 *   is found as a substring of the text (ロシアのプーチン大統領, 러시아는).
 */

/** Scripts with spaced words and no capitals. */
export const SPACED_UNCASED = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Scripts written without spaces between words (or with attached particles). */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const MARKS = /[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/g;
const LETTER_OF: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  ؤ: 'و',
  ئ: 'ي',
};

/** Key of a word in an Arabic or Hebrew script ('' for any other word). */
export function uncasedKey(word: string): string {
  if (!SPACED_UNCASED.test(word)) return '';
  const norm = word
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[أإآٱىیةکؤئ]/g, (c) => LETTER_OF[c] ?? c);
  return norm ? `~${norm}` : '';
}

const ARABIC_PROCLITICS = /^(?:[وف])?(?:[بلك])?(?:ال|ل(?=ل))?/;
const HEBREW_PROCLITICS = /^[ובלמשכה]{1,2}/;

/** Keys the word may stand for once its proclitics are taken off (the key itself first). */
export function uncasedReadings(key: string, has: (key: string) => boolean): string[] {
  const found: string[] = [];
  if (has(key)) found.push(key);
  const body = key.slice(1);
  for (const re of [ARABIC_PROCLITICS, HEBREW_PROCLITICS]) {
    const m = re.exec(body);
    if (!m || m[0].length === 0) continue;
    for (let cut = 1; cut <= m[0].length; cut++) {
      const rest = body.slice(cut);
      // With the article gone the alias may keep its own (الولايات): try both.
      for (const k of [`~${rest}`, `~ال${rest}`]) if (rest.length >= 2 && has(k) && !found.includes(k)) found.push(k);
    }
  }
  return found;
}

/** Every start of every alias spelling in the text (unspaced scripts), longest first where they overlap. */
export function findUnspaced(
  text: string,
  aliases: readonly (readonly [number, string])[],
): { start: number; end: number; entity: number }[] {
  if (!UNSPACED.test(text)) return [];
  const hits: { start: number; end: number; entity: number }[] = [];
  for (const [entity, spelling] of aliases) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      const end = at + spelling.length;
      if (!wordStart(text, at, spelling) || !wordEnd(text, end, spelling)) continue;
      hits.push({ start: at, end, entity });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
  for (const h of hits) if (kept.length === 0 || h.start >= kept[kept.length - 1]!.end) kept.push(h);
  return kept;
}

const HANGUL = /\p{Script=Hangul}/u;
const KATAKANA = /[\p{Script=Katakana}\u30fc]/u;

/**
 * Korean attaches particles after a word, never before: a Hangul name starts a word (이란 "Iran" is
 * not the 이란 of 사랑이란). A katakana name is not part of a longer katakana word at either end.
 */
function wordStart(text: string, at: number, spelling: string): boolean {
  const before = text[at - 1];
  if (before === undefined) return true;
  if (HANGUL.test(spelling[0]!) && HANGUL.test(before)) return false;
  return !(KATAKANA.test(spelling[0]!) && KATAKANA.test(before));
}

function wordEnd(text: string, end: number, spelling: string): boolean {
  const after = text[end];
  return after === undefined || !(KATAKANA.test(spelling[spelling.length - 1]!) && KATAKANA.test(after));
}
