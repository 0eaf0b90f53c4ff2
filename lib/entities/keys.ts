/**
 * Keys that let one name's spellings meet across languages. Per word, the names helper's `nameKey`
 * (Zelenskyj = Selenskyj = Zelenskij). Beyond spelling, the names helper's table of exonyms and
 * transliterations (Moskva = Moskau = Moscow; Putin = Poutine; Volodymyr = Vladimir as given names)
 * turns every spelling of a group into one group token, so clustering needs no special case.
 */
import { foldWord, nameKey } from '../names/key';
import { type NameResources, nameResources } from '../names/resources';
import { GIVEN_NAME_GROUPS, NAME_GROUPS, PLACE_NAME_GROUPS } from '../names/variants';
import { foldForSearch } from '../text/fold';
import { ATTACHED_ENDINGS, REPLACING_ENDINGS, keyClass, stemOf } from '../names/inflection';

const wordKeys = new Map<string, string>();

/** Key of one word of a name (falls back to plain folding for words without Latin letters). */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = nameKey(word) || foldForSearch(word);
    // Memoised: a corpus repeats its names thousands of times; bounded so a huge corpus cannot grow it forever.
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/** Key of a whole name: the keys of its words, space-separated. */
export function nameKeyOf(name: string): string {
  return name
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

/** Short spellings in capitals (SAD, SAV, ABD for the United States): only a word in capitals is one. */
const isAcronymSpelling = (spelling: string) =>
  /^[\p{Lu}.]+$/u.test(spelling) && spelling.replace(/\./g, '').length <= 5;

function groupTokens(groups: readonly string[][], prefix: string, acronyms: boolean): Map<string, string> {
  const index = new Map<string, string>();
  groups.forEach((group, g) => {
    for (const spelling of group) {
      if (isAcronymSpelling(spelling) !== acronyms) continue;
      const key = nameKeyOf(spelling);
      // A spelling in two groups stays itself: no guess between them.
      if (key && !index.has(key)) index.set(key, `${prefix}${g}`);
      else if (key && index.get(key) !== `${prefix}${g}`) index.set(key, key);
    }
  });
  return index;
}
const NAME_GROUP_OF = groupTokens(NAME_GROUPS, '~n', false);
/** Is this cluster-key word the token of a group of a place's spellings (Moskva, Москвы: ~n3)? Places come first in NAME_GROUPS. */
export function isPlaceGroupToken(token: string): boolean {
  return token.startsWith('~n') && Number(token.slice(2)) < PLACE_NAME_GROUPS.length;
}
/** The groups' acronyms (USA, США, SAD), for words written in capitals only: Shaw is no SAV. */
const ACRONYM_GROUP_OF = groupTokens(NAME_GROUPS, '~n', true);
const GIVEN_GROUP_OF = groupTokens(GIVEN_NAME_GROUPS, '~g', false);

/**
 * The key under which mentions are grouped: a whole name, or its last word (surname, place), that
 * belongs to a group of known spellings becomes the group's token; earlier words that are given
 * names of a group become that group's token.
 */
export function clusterKeyOf(words: string[]): string {
  const keys = words
    .flatMap((w) => w.split(/[\s\u00a0]+/))
    .filter(Boolean)
    .map(wordKey);
  const whole = NAME_GROUP_OF.get(keys.join(' '));
  if (whole) return whole;
  if (words.length === 1 && /^[\p{Lu}.]+$/u.test(words[0]!)) {
    const acronym = ACRONYM_GROUP_OF.get(keys[0]!);
    if (acronym) return acronym;
  }
  return keys.map((k, i) => (i === keys.length - 1 ? (knownGroupOf(k) ?? k) : (givenGroupOf(k) ?? k))).join(' ');
}

/** The group token of a known spelling, also in another case (Putina, Харкова, Кремля). */
function knownGroupOf(key: string): string | undefined {
  const exact = NAME_GROUP_OF.get(key);
  if (exact) return exact;
  for (const ending of ATTACHED_ENDINGS) {
    const base = key.slice(0, key.length - ending.length);
    if (key.endsWith(ending) && base.length >= 4 && MEMBER_KEYS.has(base)) return NAME_GROUP_OF.get(base);
  }
  for (const ending of REPLACING_ENDINGS) {
    const token = key.endsWith(ending) ? MEMBER_STEMS.get(key.slice(0, key.length - ending.length)) : undefined;
    if (token) return token;
  }
  return undefined;
}

/**
 * Is this word a known given name, also in another case (Vladimir, Wladimir, Andrzejem)? The names
 * of variants.ts, and the common given names of the name resources (Przemysław, Frans, Алексей).
 */
export function isKnownGivenName(word: string): boolean {
  const key = wordKey(word);
  if (givenGroupOf(key) !== undefined) return true;
  const { keys: common, excluded } = commonGivenNameKeys();
  if (common.size === 0 || !/^\p{Lu}/u.test(word) || excluded.has(key)) return false;
  if (common.has(key)) return true;
  // The case endings a given name takes (Jarosława, Fransem, Алексею), not every ending: Северный
  // is no form of the Romanian Sever.
  for (const ending of GIVEN_NAME_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= 3 && common.has(key.slice(0, -ending.length)))
      return true;
  }
  return false;
}

/** Endings (of name keys, so Cyrillic ones transliterated) that make a case form of a given name. */
const GIVEN_NAME_ENDINGS = ['a', 'u', 'e', 'em', 'om', 'owi', 'ovi', 'iu', 'ou', 'ym', 'im'];

let commonGivenNames: { from: NameResources | undefined; keys: Set<string>; excluded: Set<string> } | null = null;

/**
 * Keys of the resources' given names, without those that are also places or countries (Georgia,
 * Sofia, Jordan) or frequent English words (Will, May, Mark): there a capital proves no person.
 */
function commonGivenNameKeys(): { keys: Set<string>; excluded: Set<string> } {
  const resources = nameResources();
  const cached = commonGivenNames;
  if (cached && cached.from === resources) return cached;
  const keys = new Set<string>();
  const excluded = new Set<string>();
  if (resources?.givenNames) {
    for (const name of resources.placeNames) excluded.add(wordKey(name));
    for (const byLang of Object.values(resources.countryNames))
      for (const names of Object.values(byLang)) for (const name of names) excluded.add(wordKey(name));
    for (const word of resources.frequentEnglish) excluded.add(wordKey(word));
    for (const name of resources.givenNames) {
      const key = wordKey(name);
      if (key.length >= 3 && !excluded.has(key)) keys.add(key);
    }
  }
  commonGivenNames = { from: resources, keys, excluded };
  return commonGivenNames;
}

/** The group token of a known given name, also in another case (Andrzejem, Марком). */
function givenGroupOf(key: string): string | undefined {
  const exact = GIVEN_GROUP_OF.get(key);
  if (exact) return exact;
  for (const ending of ATTACHED_ENDINGS) {
    const base = key.slice(0, key.length - ending.length);
    if (key.endsWith(ending) && base.length >= 3 && GIVEN_GROUP_OF.has(base)) return GIVEN_GROUP_OF.get(base);
  }
  return undefined;
}

const MEMBERS_OF_GROUP = new Map<string, string[]>();
for (const [key, group] of NAME_GROUP_OF) {
  if (group !== key) MEMBERS_OF_GROUP.set(group, [...(MEMBERS_OF_GROUP.get(group) ?? []), key]);
}

/** Keys of all spellings known to be the same name as this word key (itself included). */
export function variantKeysOf(key: string): string[] {
  const group = NAME_GROUP_OF.get(key);
  return (group && MEMBERS_OF_GROUP.get(group)) || [key];
}

/** Every single-word spelling key of the known-spellings table, with its group token. */
export function groupMemberKeys(): [string, string][] {
  return [...NAME_GROUP_OF.entries()].filter(([k, token]) => !k.includes(' ') && token !== k);
}

const MEMBER_KEYS = new Set(groupMemberKeys().map(([k]) => k));
/** Stems of vowel-final known spellings (ukrain of Ukraina), with their group tokens. */
const MEMBER_STEMS = new Map(
  groupMemberKeys()
    // A stem of one or two letters meets every short word: Belarusian Кіеў (kieu) has the stem
    // "k", which read the acronym KE (the European Commission) as Kyiv.
    .filter(([k]) => keyClass(k) === 1 && stemOf(k).length >= 3)
    .map(([k, token]) => [stemOf(k), token] as const),
);

/**
 * Is this word, perhaps in another case, a spelling of a known place, organisation or surname
 * (Kremla, Ukrainy, Moskwie)? Used to split "Rzecznik Kremla Dmitrij Pieskow" before the person.
 */
export function isKnownNameWord(word: string): boolean {
  let known = knownNameWords.get(word);
  if (known === undefined) {
    known = computeIsKnownNameWord(word);
    // Memoised like wordKey: the rules ask it for the same capitalised words again and again.
    if (knownNameWords.size > 200_000) knownNameWords.clear();
    knownNameWords.set(word, known);
  }
  return known;
}
const knownNameWords = new Map<string, boolean>();

function computeIsKnownNameWord(word: string): boolean {
  const key = wordKey(word);
  if (MEMBER_KEYS.has(key)) return true;
  for (const ending of ATTACHED_ENDINGS) {
    if (
      key.endsWith(ending) &&
      MEMBER_KEYS.has(key.slice(0, key.length - ending.length)) &&
      key.length - ending.length >= 4
    )
      return true;
  }
  for (const ending of REPLACING_ENDINGS) {
    if (key.endsWith(ending) && MEMBER_STEMS.has(key.slice(0, key.length - ending.length))) return true;
  }
  return false;
}

/** Case and possessive endings dropped before a word's sound skeleton (Майклом, Mitchem, Mayová, Putinova, Johna). */
const SKELETON_ENDING = /(?:ov|ow|ev|em|om|am|im|ym|ach|ech|ych|ich|eg|og)$/;

/**
 * Sound skeletons of one word of a name, for meeting its transliteration in another script:
 * Johnson and Джонсон, Theresa and Тереза, Collinson and Коллинсон, Michael and Майкл or
 * Михаэль, Powell and Пауэлл, George and Джордж. The word is folded to ASCII, its case ending
 * dropped, then read sound by sound into consonant classes (vowels and h dropped, repeats
 * collapsed). Where a letter is read two ways, each reading gives a skeleton: Latin ch is k, h or
 * the ch of Charles; j is the j of John or the y of York; c is k or ts; g before e or i may be j;
 * w is v or silent; Cyrillic г may stand for h (Гаррис). Sibilants (s, z, sh, ts), the j and ch
 * sounds, and k/g are three classes, so Janet is not Сенате and York not Джерси. Rough on
 * purpose: only a full name whose first and last words both meet, across scripts, is joined.
 */
export function soundSkeletons(word: string): string[] {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  // The háček says which sound c is before folding drops it (Čaputová: ch, not k).
  let whole = foldWord(cyrillic ? word : word.replace(/[čČ]/g, 'ch'));
  if (cyrillic) whole = whole.replace(/tsch/g, 'ch');
  let folded = whole;
  // Twice: a possessive or feminine suffix can stand before the case ending (Golikovová, Johnsonovým).
  for (let i = 0; i < 2; i++) folded = folded.replace(/[aeiouy]+$/, '').replace(SKELETON_ENDING, '');
  folded = folded.replace(/[aeiouy]+$/, '');
  // A name that itself ends like a case ending (Gove, Гоув; Lavrov) keeps a skeleton with it too.
  const stems = [...new Set([folded, whole.replace(/[aeiouy]+$/, '')])].filter(Boolean);
  // French -ier has a silent r (Barnier, Барнье; Olivier, Оливье).
  if (!cyrillic) for (const stem of [...stems]) if (stem.endsWith('ier')) stems.push(stem.slice(0, -1));
  const out = new Set<string>();
  for (const stem of stems)
    for (const skeleton of readSkeletons(cyrillic ? cyrillicSounds(stem) : latinSounds(stem))) out.add(skeleton);
  return [...out].filter(Boolean);
}

/** Every skeleton of a word's sounds, each sound read each of its ways (repeats collapsed). */
function readSkeletons(sounds: string[][]): string[] {
  let skeletons = [''];
  for (const readings of sounds) {
    const next: string[] = [];
    for (const skeleton of skeletons)
      for (const reading of readings) next.push(reading && !skeleton.endsWith(reading) ? skeleton + reading : skeleton);
    // A long word full of ambiguous letters keeps its first readings only.
    skeletons = [...new Set(next)].slice(0, MAX_SKELETONS);
  }
  return skeletons.filter(Boolean);
}

const MAX_SKELETONS = 16;

/** Consonant classes: labials, k/g, sibilants, t/d, l, m/n, r, and the j/ch affricates. */
const CLASS: Record<string, string> = {
  b: '1',
  p: '1',
  f: '1',
  v: '1',
  k: '2',
  g: '2',
  q: '2',
  s: '7',
  z: '7',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
  j: '8',
};

/** Readings of a Cyrillic word folded to ASCII (дж dzh, ж zh, х kh, ц ts, ч ch, ш sh, щ shch). */
function cyrillicSounds(folded: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < folded.length; ) {
    const rest = folded.slice(i);
    const digraph = /^(shch|dzh|zh|sh|ts|kh|ch)/.exec(rest)?.[1];
    if (digraph) {
      out.push([digraph === 'dzh' || digraph === 'ch' ? '8' : digraph === 'kh' ? '' : '7']);
      i += digraph.length;
      continue;
    }
    const ch = folded[i]!;
    // Russian writes the h of foreign names as г (Гаррис, Гамбург).
    if (ch === 'g') out.push(['2', '']);
    else if (ch === 'x') out.push(['2'], ['7']);
    else out.push([CLASS[ch] ?? '']);
    i++;
  }
  return out;
}

/** Readings of a Latin-script word folded to ASCII, in the conventions of the languages that use it. */
function latinSounds(folded: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < folded.length; ) {
    const rest = folded.slice(i);
    const next = folded[i + 1] ?? '';
    const frontVowel = /[eiy]/.test(next);
    const digraph = /^(sch|sz|sh|zh|cz|ph|th|ck|ch|dj|dz|ts|tz)/.exec(rest)?.[1];
    if (digraph) {
      const readings: Record<string, string[]> = {
        sch: ['7'],
        sz: ['7'],
        sh: ['7'],
        zh: ['7'],
        cz: ['8'],
        ph: ['1'],
        th: ['3'],
        ck: ['2'],
        ch: ['2', '', '8'],
        dj: ['8'],
        dz: ['7', '8'],
        ts: ['7'],
        tz: ['7'],
      };
      out.push(readings[digraph]!);
      i += digraph.length;
      continue;
    }
    const ch = folded[i]!;
    if (ch === 'c') out.push(frontVowel ? ['7'] : ['2', '7']);
    // g before e or i, and a final g whose e was dropped with the vowels (George, Джордж).
    else if (ch === 'g') out.push(frontVowel || next === '' ? ['2', '8'] : ['2']);
    else if (ch === 'j') out.push(['8', '']);
    else if (ch === 'w') out.push(['1', '']);
    else if (ch === 'x') out.push(['2'], ['7']);
    else out.push([CLASS[ch] ?? '']);
    i++;
  }
  return out;
}

/** Shortest stem a case ending is removed from: shorter keys (USA, EU, Rosji → rosi) stay whole. */
const MIN_LOOSE_STEM = 4;
const looseKeys = new Map<string, string>();

/**
 * A word's name key without its case ending: final vowels go, and a final m, h or v after a vowel
 * (the -em, -om, -ach, -ych, -ov, -ów of Slavic cases) with the vowels before it, never below four
 * letters. Trumpowi, Trumpem, Trumpa → trump; Rosji, Rosja, России → rosi; Niemczech, Niemcy,
 * Niemców → niems; Германии, Германия → herman. Deliberately rough: it only counts and compares
 * names, it never decides alone that two words are one name.
 */
export function looseKey(word: string): string {
  let loose = looseKeys.get(word);
  if (loose !== undefined) return loose;
  let key = wordKey(word);
  const stripVowels = () => {
    while (key.length > MIN_LOOSE_STEM && /[aeiou]$/.test(key)) key = key.slice(0, -1);
  };
  stripVowels();
  if (key.length > MIN_LOOSE_STEM + 1 && /[aeiou][mhv]$/.test(key)) {
    key = key.slice(0, -1);
    stripVowels();
  }
  loose = key;
  if (looseKeys.size > 200_000) looseKeys.clear();
  looseKeys.set(word, loose);
  return loose;
}
