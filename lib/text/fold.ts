/**
 * Folding for search: lower case, Nordic and German letters spelled out the same way
 * (æ/ä → ae, ø/ö/œ → oe, ü → ue, å → aa, ß → ss; ł → l and the like) so Danish "præsident" and German "Präsident"
 * meet, then every other diacritic dropped.
 */
const SPELLED_OUT: Record<string, string> = {
  æ: 'ae',
  ä: 'ae',
  ø: 'oe',
  ö: 'oe',
  œ: 'oe',
  ü: 'ue',
  å: 'aa',
  ß: 'ss',
  // Letters that Unicode does not decompose into a base letter and a mark.
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const SPECIAL = /[æäøöœüåßłđðþıħ]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export function foldForSearch(term: string): string {
  return term
    .toLowerCase()
    .replace(SPECIAL, (ch) => SPELLED_OUT[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}
