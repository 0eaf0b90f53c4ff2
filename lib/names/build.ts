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
 * - a surname in `options.ambiguous` (default Austin, Duda, Kellogg): AMBIGUOUS;
 * - a single word that is a stopword of any language (stopwords-iso) or in EXTRA_COMMON_WORDS:
 *   COMMON. A common word that reaches an alias only through a case ending is put in `blocked`
 *   (folded spelling).
 */
import { EXTRA_COMMON_WORDS } from './common-words';
import { type KeyClass, keyClass } from './inflection';
import { foldWord, keyOfFolded, nameKey } from './key';
import { makeLookup } from './lookup';
import {
  ALIAS_AMBIGUOUS,
  ALIAS_CAPS,
  ALIAS_COMMON,
  ALIAS_EXACT,
  type AliasRecord,
  MATCHER_DATA_VERSION,
  type MatcherData,
  type MatcherEntity,
} from './matcher';
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
    const k = nameKey(t);
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
    for (const s of surnames) spellings.add(s);
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

export function buildMatcherData(entities: MatcherEntity[], options: BuildMatcherOptions = {}): MatcherData {
  const useVariants = options.variants ?? true;
  const nameGroups = groupIndex(NAME_GROUPS);
  const givenGroups = groupIndex(GIVEN_NAME_GROUPS);
  const ambiguous = new Set((options.ambiguous ?? DEFAULT_AMBIGUOUS).map(nameKey));

  const perEntity = entities.map((e) => [...spellingsOf(e, useVariants, nameGroups, givenGroups)]);

  const givenNames = new Set<string>();
  entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    for (const s of perEntity[i]!) {
      const { keys } = split(s);
      if (keys.length > 1) givenNames.add(keys[0]!);
    }
  });

  const records = new Map<string, AliasRecord>();
  const aliasText = new Map<AliasRecord, string>();
  entities.forEach((e, ei) => {
    for (const spelling of perEntity[ei]!) {
      const { texts, keys } = split(spelling);
      if (keys.length === 0 || keys.length > MAX_WORDS) continue;
      const single = keys.length === 1;
      if (single && e.type === 'person' && givenNames.has(keys[0]!)) continue;
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
        if (startsUpper(t)) capsMask |= 1 << j;
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
  for (const record of records.values()) {
    if (record[1].length !== 1 || record[2] & ALIAS_CAPS) continue;
    const spelling = aliasText.get(record)!.toLowerCase();
    if (stopwordSet.has(spelling) || curatedFolds.has(foldWord(spelling))) record[2] |= ALIAS_COMMON;
  }

  const personSurnames = new Set(
    [...records.values()].filter((r) => r[1].length === 1 && entities[r[0]]!.type === 'person').map((r) => r[1][0]!),
  );

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
  };
}
