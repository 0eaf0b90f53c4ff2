/**
 * Spelling-independent keys of single words, shared by the bundle builder (aliases) and the content
 * script (page text). Small on purpose: no dependency beyond a generated 4 kB table.
 *
 * A key is made in three steps:
 * 1. Script conversion to ASCII with any-ascii's tables (Latin with diacritics, Greek, Cyrillic of
 *    ru/uk/be/bg/sr/mk), after lower-casing. Two overrides: Cyrillic ч becomes "tsch" so that it
 *    meets Czech/Croatian č, Polish cz, German tsch and Hungarian cs (any-ascii's "ch" would collide
 *    with German/Polish/Czech ch = х); Greek ου becomes u, μπ b, ντ d, γκ g.
 * 2. Merging the letters transliteration conventions disagree on: every sibilant (s z c ts tz sh zh
 *    sch sz zs cz cs š ž č …) becomes s; kh ch gh g h become h (Ukrainian г is h, Russian г is g);
 *    j y i become i; w becomes v; x becomes ks; q k; ph f; th t.
 * 3. Runs of one letter collapse (Kellogg, Putyin → putiin → putin, Kyiv → kiiv → kiv), and a
 *    word-initial i before a vowel goes (Jevgenij / Yevgeny / Evgeny, Jurij / Yuri).
 *
 * So Zelenskyj, Selenskyj, Zelensky, Zelenskyy, Zełenski, Zelenszkij and Зеленский all give
 * "selenski"; Putin, Путин, Putyin give "putin"; Kyiv, Kyjiw, Київ give "kiv" (Kiev, Kiew, Kijev,
 * Киев give "kiev": an exonym, handled as an alias, see variants.ts); Kharkiv, Charkiw, Харків give
 * "harkiv"; Izium, Isjum, Izjum, Изюм give "isium"; Prigozjin, Prigoschin, Prigozhin, Prigożyn,
 * Пригожин give "prihosin". Moskva / Moskau / Moscow are different words, not spellings: aliases.
 *
 * Case endings are not the key's business: see inflection.ts.
 */
import { TRANSLIT_BLOCKS } from './translit-table';

/** ASCII for one lower-case code point outside ASCII, from the generated table; '' when unknown. */
const TRANSLIT = new Map<number, string>();
for (const [first, joined] of TRANSLIT_BLOCKS) {
  joined.split('\t').forEach((ascii, i) => {
    if (ascii) TRANSLIT.set(first + i, ascii.toLowerCase());
  });
}
/** Deliberate departures from any-ascii, see the file header. */
TRANSLIT.set(0x447, 'tsch'); // ч

/**
 * Greek digraphs any-ascii spells letter by letter: ου is u, μπ b, ντ d, γκ g (Μπαχμούτ → Bahmut),
 * but a word-final μπ/ντ stays mp/nt (Τραμπ is Tramp, not Trab).
 */
const GREEK_DIGRAPHS = /ο[υύ]|μπ(?!$)|ντ(?!$)|γκ/g;
const GREEK_DIGRAPH_OF: Record<string, string> = { ου: 'u', ού: 'u', μπ: 'b', ντ: 'd', γκ: 'g' };
const HAS_GREEK = /[\u0370-\u03ff]/;

/**
 * Lower case, script converted to ASCII, only letters and digits kept. No variant merging: this is
 * the "exact spelling" that short names must match (EU, USA) and that collision checks use.
 */
export function foldWord(word: string): string {
  let lower = word.toLowerCase();
  if (HAS_GREEK.test(lower)) lower = lower.replace(GREEK_DIGRAPHS, (m) => GREEK_DIGRAPH_OF[m] ?? m);
  let out = '';
  for (const ch of lower) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) out += ch;
      continue;
    }
    const ascii = TRANSLIT.get(cp);
    if (ascii === undefined) continue;
    for (const a of ascii) {
      const c = a.charCodeAt(0);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += a;
    }
  }
  return out;
}

/** Longest alternatives first: the regex engine tries them left to right. */
const VARIANTS = /schtsch|shch|szcz|tsch|sch|tch|sh|zh|sz|zs|cz|cs|kh|ch|gh|ph|th|ts|tz|[czgjywqx]/g;
const VARIANT_OF: Record<string, string> = {
  schtsch: 's',
  shch: 's',
  szcz: 's',
  tsch: 's',
  sch: 's',
  tch: 's',
  sh: 's',
  zh: 's',
  sz: 's',
  zs: 's',
  cz: 's',
  cs: 's',
  ts: 's',
  tz: 's',
  c: 's',
  z: 's',
  kh: 'h',
  ch: 'h',
  gh: 'h',
  g: 'h',
  ph: 'f',
  th: 't',
  j: 'i',
  y: 'i',
  w: 'v',
  q: 'k',
  x: 'ks',
};
const DOUBLED = /([a-z0-9])\1+/g;
const INITIAL_I = /^i(?=[aeiou])/;

/**
 * Variant merging (step 2 and 3 of the header) of an already folded word. `wordStart` false keeps a
 * leading i: for case endings (-ie, -iego), which never start a word.
 */
export function keyOfFolded(folded: string, wordStart = true): string {
  const merged = folded.replace(VARIANTS, (m) => VARIANT_OF[m] ?? m).replace(DOUBLED, '$1');
  return wordStart ? merged.replace(INITIAL_I, '') : merged;
}

/** Spelling-independent key of ONE word/token (see the file header). '' when it has no letters. */
export function nameKey(word: string): string {
  return keyOfFolded(foldWord(word));
}
