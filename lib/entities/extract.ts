/**
 * Entities of a corpus: the people, places and organisations its passages name, with their
 * spellings across languages merged into one entity (nameKey: Zelenskyj = Selenskyj; a lone
 * surname joins its full name), types from cues, mentions, ready-made excerpts and co-occurrences.
 * The curated file complements extraction: canonical names, types, spellings, suppressions.
 */
import type { CorpusDocument, Entity, EntityType, Mention, Passage } from '../bundle/schema';
import type { CuratedEntities, CuratedEntry } from './curated';
import {
  findMentionsWithEvidence,
  isCommonWordOf,
  opensSentenceOf,
  type RawMention,
  type TypeVotes,
  tokenizePassages,
} from './candidates';
import { lowerCaseOnlyWords } from './lowerCaseWords';
import { splitGluedMentions } from './boundaries';
import { countryLocalesFor, countryOf as countryIn, regionOf as regionIn, regionName } from './countries';
import { isWellKnownPlace } from './places';
import { distinctNames, linkWellKnownPlaces, placeName, placeOfCluster } from './placeLinks';
import { isCountryAcronym } from './lexicon';
import { chooseExcerpts, type Span } from './excerpts';
import { acronymLinks } from './acronyms';
import { isInstitutionHead } from './institutions';
import {
  clusterKeyOf,
  groupMemberKeys,
  isKnownGivenName,
  isPlaceGroupToken,
  looseKey,
  nameKeyOf,
  soundSkeletons,
  wordKey,
} from './keys';
import {
  ADJECTIVAL_ENDINGS,
  ALTERNATING_ENDINGS,
  ATTACHED_ENDINGS,
  type BuildEndings,
  buildEndings,
  REPLACING_ENDINGS,
  keyClass,
  stemOf,
} from '../names/inflection';
import { NAME_GROUPS } from '../names/variants';
import { slugOf } from './slug';

export type { CuratedEntities } from './curated';

export interface ExtractResult {
  /** Entities sorted by id. */
  entities: Entity[];
  /** The curated file's suppressions that removed something, sorted. */
  suppressed: string[];
  /** How many entities came from extraction only, from the curated file only, or both. */
  counts: { extracted: number; curated: number; both: number };
  /** Per language, the words the corpus writes in lower case only (see lowerCaseWords.ts), for the matcher. */
  lowerCaseWords: Record<string, string[]>;
}

export interface ExtractInput {
  documents: CorpusDocument[];
  passages: Passage[];
  curated?: CuratedEntities;
  /**
   * The language entity names are preferred in (the reader's UI language; default English): a
   * country or the EU is named by its CLDR name in it, whatever case form the corpus uses most.
   */
  uiLang?: string;
}

/** At most this many related entities per entity. */
const MAX_RELATED = 10;

/** A mention made by matching a curated spelling literally: where it stands, and the curated entry's index. */
type CuratedMention = Pick<RawMention, 'passageId' | 'docId' | 'lang' | 'start' | 'end' | 'surface'> & {
  entry: number;
};

/** A group of mentions on its way to become an entity. */
interface Cluster {
  raw: RawMention[];
  curatedMentions: CuratedMention[];
  entry: number | null;
  /** Extraction found this curated entity too (an extracted mention overlapped a curated one). */
  extractedToo: boolean;
}

/** Languages country names are read in for the extraction under way (see countryLocalesFor). */
let countryLocales: readonly string[] = countryLocalesFor([]);
const countryOf = (words: readonly string[], lang?: string) => countryIn(words, lang, countryLocales);
const regionOf = (words: readonly string[], lang?: string) => regionIn(words, lang, countryLocales);

export function extractEntities(input: ExtractInput): ExtractResult {
  const { passages } = input;
  countryLocales = countryLocalesFor(new Set(passages.map((p) => p.lang)));
  const entries = input.curated?.entries ?? [];
  const suppressKeys = new Map((input.curated?.suppress ?? []).map((s) => [nameKeyOf(s), s] as const));

  const curatedMentions = findCuratedMentions(passages, entries);
  const extractedOverlap = new Set<number>();
  const suppressedUsed = new Set<string>();
  const curatedByPassage = new Map<number, CuratedMention[]>();
  for (const c of curatedMentions) curatedByPassage.set(c.passageId, [...(curatedByPassage.get(c.passageId) ?? []), c]);
  const tokens = tokenizePassages(passages);
  // Read here, from the tokens extraction made anyway (tokenizing a corpus again costs ~2 % of a build).
  const lowerCaseWords = lowerCaseOnlyWords(passages, (p) => tokens.get(p.id) ?? []);
  const found = findMentionsWithEvidence(passages, tokens);
  const raw = splitGluedMentions(found.mentions, passages, {
    isCommonWord: (word) => isCommonWordOf(found.evidence, word),
    opensSentence: (word) => opensSentenceOf(found.evidence, word),
  }).filter((m) => {
    const overlapping = curatedByPassage.get(m.passageId)?.find((c) => c.start < m.end && m.start < c.end);
    if (overlapping) {
      extractedOverlap.add(overlapping.entry);
      return false;
    }
    const suppressedBy = suppressKeys.get(m.words.map(wordKey).join(' '));
    if (suppressedBy !== undefined) {
      suppressedUsed.add(suppressedBy);
      return false;
    }
    return true;
  });

  const passageTexts = new Map(passages.map((p) => [p.id, p.text] as const));
  const clusters = clusterMentions(raw, curatedMentions, entries, extractedOverlap, passageTexts).filter(
    (c) => c.entry !== null || !opensSentencesOnly(c.raw),
  );
  const entities = buildEntities(clusters, entries, passages, input.uiLang ?? 'en');
  const counts = { extracted: 0, curated: 0, both: 0 };
  for (const e of entities) counts[e.origin]++;
  return { entities, suppressed: [...suppressedUsed].sort(), counts, lowerCaseWords };
}

// ---------------------------------------------------------------------------------------------
// Curated spellings matched literally

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every occurrence of a curated name or alias, with its genitive ending; longest spellings first. */
function findCuratedMentions(passages: Passage[], entries: CuratedEntry[]): CuratedMention[] {
  const forms = entries
    .flatMap((entry, index) => [entry.name, ...(entry.aliases ?? [])].map((form) => ({ form, index })))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  const patterns = forms.map(({ form, index }) => ({
    index,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(form).replace(/ /g, '\\s+')}(?:['’]s|['’]|s)?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
  }));
  const found: CuratedMention[] = [];
  for (const passage of passages) {
    const taken: Span[] = [];
    for (const { index, re } of patterns) {
      for (const match of passage.text.matchAll(re)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (!/^\p{Lu}/u.test(match[0])) continue; // names are written with a capital letter
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ start, end });
        found.push({
          passageId: passage.id,
          docId: passage.docId,
          lang: passage.lang,
          start,
          end,
          surface: match[0],
          entry: index,
        });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Grouping mentions into entities

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller root wins, so the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Shortest key that inflected forms are merged into: shorter ones (Rom, USA, Kiv) meet too many words. */
const MIN_INFLECTED_BASE = 4;

/**
 * Czech and Slovak possessive adjectives and feminine surnames made on a name, in key space:
 * Trumpův, Trumpova, Trumpovo, Macronovým, Banksových, Putinovou, Mayová, Harrisovou.
 */
const POSSESSIVE_ENDINGS = ['uv', 'ova', 'ovo', 'ovi', 'ove', 'ovu', 'ovou', 'ovim', 'ovih', 'ovimi', 'ovem'];

const endingsByLanguages = new Map<string, BuildEndings>();

/** The endings the languages of these mentions put on names, together. */
function endingsOfMentions(mentions: readonly RawMention[]): BuildEndings {
  const langs = [...new Set(mentions.map((m) => m.lang ?? ''))].sort();
  const id = langs.join(' ');
  let endings = endingsByLanguages.get(id);
  if (!endings) {
    const each = langs.map((lang) => buildEndings(lang || undefined));
    endings =
      each.length === 1
        ? each[0]!
        : {
            attached: new Set(each.flatMap((e) => [...e.attached])),
            replacing: new Set(each.flatMap((e) => [...e.replacing])),
            slavicForms: each.some((e) => e.slavicForms),
          };
    endingsByLanguages.set(id, endings);
  }
  return endings;
}

/** Finds the uninflected name a key is a case form of (Putina → Putin, Moskvy → Moskva's group). */
function inflectionIndex(singles: string[]): (key: string, endings: BuildEndings) => string | null {
  const present = new Set(singles);
  const bases = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, node: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(node)) list.push(node);
    map.set(key, list);
  };
  const adjectivalStems = new Map<string, string[]>();
  const addBase = (key: string, node: string) => {
    if (key.length < MIN_INFLECTED_BASE) return;
    add(bases, key, node);
    if (keyClass(key) === 1) add(stems, stemOf(key), node);
    if (keyClass(key) === 2) add(adjectivalStems, key.slice(0, -1), node); // Zelenski → Zelensk-oho
  };
  // Known spellings first: they are the uninflected forms.
  for (const [member, token] of groupMemberKeys()) if (present.has(token)) addBase(member, token);
  for (const key of singles) if (!key.startsWith('~')) addBase(key, key);
  const other = (nodes: string[] | undefined, key: string) => nodes?.find((n) => n !== key) ?? null;
  return (key, endings) => {
    if (key.startsWith('~')) return null;
    for (const ending of ATTACHED_ENDINGS) {
      if (!key.endsWith(ending) || !endings.attached.has(ending)) continue;
      const node = other(bases.get(key.slice(0, key.length - ending.length)), key);
      if (node) return node;
    }
    for (const ending of REPLACING_ENDINGS) {
      if (!key.endsWith(ending) || !endings.replacing.has(ending)) continue;
      const node = other(stems.get(key.slice(0, key.length - ending.length)), key);
      if (node) return node;
    }
    if (!endings.slavicForms) return null;
    for (const ending of POSSESSIVE_ENDINGS) {
      if (!key.endsWith(ending)) continue;
      const node = other(bases.get(key.slice(0, key.length - ending.length)), key);
      if (node) return node;
    }
    for (const ending of ADJECTIVAL_ENDINGS) {
      if (!key.endsWith(ending)) continue;
      const node = other(adjectivalStems.get(key.slice(0, key.length - ending.length)), key);
      if (node) return node;
    }
    // Endings that change the stem's last consonant (Praha → Praze, Ameryka → Ameryce, Bachmut →
    // Bachmucie); Polish sk → sc collapses to one s in key space (Alaska → Alasce: alase → alask).
    for (const [ending, consonant] of ALTERNATING_ENDINGS) {
      if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
      const node = other(stems.get(key.slice(0, key.length - ending.length) + consonant), key);
      if (node) return node;
    }
    if (key.endsWith('se')) {
      const node = other(stems.get(`${key.slice(0, -1)}k`), key);
      if (node) return node;
    }
    return null;
  };
}

/**
 * A surname's key for comparing full names: its loose key, Polish soft "ie" read as e, with final
 * vowels gone down to three letters, so short surnames meet their case forms (Рааб, Рааба; Хан, Хана; Duda, Dudy; Janda,
 * Jandy), which looseKey keeps apart to stay safe for lone words. Only used beside a first name
 * that must match too, so the laxer key cannot join two people by itself.
 */
function surnameKey(word: string, besideFirstName = false): string {
  // Polish writes a soft consonant before e as "ie" (Sierdiukow, Pieskow; Czech Serdjukov, Peskov):
  // read so only beside a matching first name, as Daniel and Danel are different names alone.
  let key = besideFirstName ? looseKey(word).replace(/([^aeiou])ie/g, '$1e') : looseKey(word);
  const stripVowels = () => {
    while (key.length > 3 && /[aeiou]$/.test(key)) key = key.slice(0, -1);
  };
  stripVowels();
  // Polish and Czech instrumental -em/-om of a short surname, which looseKey keeps (Khanem, Khan):
  // beside a matching first name only (Imranem Khanem, Imran Khan).
  if (besideFirstName && key.length === 5 && /[^aeiou][aeo]m$/.test(key)) key = key.slice(0, -2);
  // Czech feminine and possessive -ov- (Mayová, Mayové, Trumpova): Golikov and Golikova lose it alike.
  if (key.length >= 5 && /[^aeiou]ov$/.test(key)) {
    key = key.slice(0, -2);
    stripVowels();
  }
  // The mobile e of Czech and Polish -ek/-ec surnames, gone in other cases (Hamáček, Hamáčka;
  // Zaorálek, Zaorálkem): both forms lose it.
  if (key.length >= 6 && /[^aeiou]e[^aeiou]$/.test(key)) key = key.slice(0, -2) + key.slice(-1);
  return key;
}

/** Same place across languages: keys equal but for a final vowel (Ukraine, Ukraina). */
function finalVowelVariant(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ') || Math.min(a.length, b.length) < 5) return false;
  const stem = (k: string) => k.replace(/[aeiou]$/, '');
  return a !== b && stem(a) === stem(b);
}

const scriptOf = (word: string) =>
  /\p{Script=Cyrillic}/u.test(word) ? 'cyrl' : /\p{Script=Greek}/u.test(word) ? 'grek' : 'latn';

/**
 * Case forms and transliterations of one name (its words' loose keys, see boundaries.ts): Rosja,
 * Rosji, Rosję; Kamala Harrisová and Камала Харрис; Висконсине and Wisconsin. Equal loose keys are
 * one name. Across scripts, where transliteration conventions differ by a letter (Wisconsin,
 * Висконсин; Michigan, Мичиган), loose keys of at least five letters one edit apart are one name too;
 * within a script such pairs are rather different names (Austria, Australia are two edits apart,
 * but Mali, Bali or Iran, Iraq are one), so only across, and never by the first letter.
 */
function linkLooseSpellings(
  keys: string[],
  groups: Map<string, RawMention[]>,
  node: Map<string, number>,
  uf: UnionFind,
): void {
  const byLoose = new Map<string, number>();
  const looseOf = new Map<string, { loose: string; script: string }>();
  for (const key of keys) {
    const first = groups.get(key)![0];
    if (!first || key.startsWith('~')) continue;
    const loose = first.words.map(looseKey).join(' ');
    if (loose.replace(/ /g, '').length < 4) continue;
    looseOf.set(key, { loose, script: scriptOf(first.words.join(' ')) });
    const existing = byLoose.get(loose);
    if (existing === undefined) byLoose.set(loose, node.get(key)!);
    else uf.union(existing, node.get(key)!);
  }
  // One edit apart across scripts: keys meet on their one-letter deletions, then the edit distance decides.
  const byDeletion = new Map<string, { script: string; n: number; loose: string }[]>();
  for (const [key, { loose, script }] of looseOf) {
    if (loose.length < 5) continue;
    const n = node.get(key)!;
    const variants = new Set([loose]);
    // Never the first letter: a name and another that starts one letter later are rather unrelated
    // (Аризона, Harrison: arison, harison) than one name transliterated.
    for (let i = 1; i < loose.length; i++) if (loose[i] !== ' ') variants.add(loose.slice(0, i) + loose.slice(i + 1));
    for (const v of variants) {
      const list = byDeletion.get(v) ?? [];
      for (const other of list) {
        // Keys that each lost a different letter are two edits apart.
        if (other.script !== script && levenshtein(other.loose, loose) <= 1) uf.union(other.n, n);
      }
      list.push({ script, n, loose });
      byDeletion.set(v, list);
    }
  }
}

/** Shortest sound skeleton (consonant classes of first and last word together) that may join two scripts. */
const MIN_SKELETON = 4;

/**
 * Full names written in two scripts (Boris Johnson, Борис Джонсон; Theresa May, Терезе Мэй;
 * Stephen Collinson, Стивен Коллинсон) are one name when their first and last words have the same
 * sound skeletons (keys.ts). Within a script the spelling keys decide; across scripts, where the
 * conventions differ (дж/j, c/к, w/у), two words meeting at once is the evidence.
 */
function linkTransliteratedNames(
  multi: string[],
  groups: Map<string, RawMention[]>,
  node: Map<string, number>,
  uf: UnionFind,
): void {
  const bySkeleton = new Map<string, { script: string; n: number }[]>();
  for (const key of multi) {
    const n = node.get(key)!;
    // A group holds every spelling with its key, in any script (Czech Salmán Tásír and Russian
    // Салман Тасир share "salman tasir"): each script's spelling meets the other scripts.
    for (const [script, words] of wordsByScript(groups.get(key) ?? [])) {
      if (words.length < 2) continue;
      const firsts = soundSkeletons(words[0]!);
      const lasts = soundSkeletons(words[words.length - 1]!);
      for (const first of firsts)
        for (const last of lasts) {
          if (first.length + last.length < MIN_SKELETON) continue;
          const skeleton = `${first} ${last}`;
          const list = bySkeleton.get(skeleton) ?? [];
          for (const other of list) if (other.script !== script) uf.union(other.n, n);
          list.push({ script, n });
          bySkeleton.set(skeleton, list);
        }
    }
  }
}

/** The words of a group's first mention in each script it is written in. */
function wordsByScript(mentions: RawMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mentions) {
    const script = scriptOf(m.words.join(' '));
    // Hyphens part words here (Нью-Йорк, Nowy Jork).
    if (!out.has(script)) out.set(script, m.words.flatMap((w) => w.split('-')).filter(Boolean));
  }
  return out;
}

function clusterMentions(
  raw: RawMention[],
  curated: CuratedMention[],
  entries: CuratedEntry[],
  extractedOverlap: Set<number>,
  passageTexts: ReadonlyMap<number, string>,
): Cluster[] {
  const groups = new Map<string, RawMention[]>();
  for (const m of raw) {
    const key = clusterKeyOf(m.words);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  // Curated spellings take part in grouping even where extraction found none of them, so a lone
  // surname still joins a curated full name.
  for (const entry of entries) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const key = clusterKeyOf([form]);
      if (!groups.has(key)) groups.set(key, []);
    }
  }
  const keys = [...groups.keys()].sort();
  const uf = new UnionFind();
  const node = new Map<string, number>();
  for (const key of keys) node.set(key, uf.add());
  const entryNode = entries.map(() => uf.add());

  // Curated spellings claim the groups that share their keys.
  entries.forEach((entry, index) => {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const n = node.get(clusterKeyOf([form]));
      if (n !== undefined) uf.union(entryNode[index]!, n);
    }
  });

  const multi = keys.filter((k) => k.includes(' '));
  const lastWord = (k: string) => k.slice(k.lastIndexOf(' ') + 1);
  const firstWord = (k: string) => k.slice(0, k.indexOf(' '));
  // Full names with one surname and close first names are one person (Volodymyr/Wolodymyr/Volodimir),
  // in any case form (Joem Bidenem, Joe Biden): surnames and first names compared by loose keys.
  // Short first names must be closer (Joe and Jill Biden are two people).
  const looseWords = new Map<string, [string, string]>();
  for (const k of multi) {
    const words = groups.get(k)?.[0]?.words;
    looseWords.set(
      k,
      words ? [looseKey(words[0]!), surnameKey(words[words.length - 1]!, true)] : [firstWord(k), lastWord(k)],
    );
  }
  const looseWordsOf = (k: string) => looseWords.get(k)!;
  const byLastWord = new Map<string, string[]>();
  for (const k of multi) {
    const last = looseWordsOf(k)[1]!;
    byLastWord.set(last, [...(byLastWord.get(last) ?? []), k]);
  }
  for (const sameLast of byLastWord.values()) {
    for (let i = 0; i < sameLast.length; i++) {
      for (let j = i + 1; j < sameLast.length; j++) {
        const a = looseWordsOf(sameLast[i]!)[0]!;
        const b = looseWordsOf(sameLast[j]!)[0]!;
        if (levenshtein(a, b) <= (Math.min(a.length, b.length) <= 4 ? 1 : 2))
          uf.union(node.get(sameLast[i]!)!, node.get(sameLast[j]!)!);
      }
    }
  }
  linkTransliteratedNames(
    keys.filter((k) => k.includes(' ') || groups.get(k)?.[0]?.words.some((w) => w.includes('-'))),
    groups,
    node,
    uf,
  );
  const rootSizes = new Map<number, number>();
  // A full name's mentions in all its spellings (Boris Johnson, Борис Джонсон) decide together
  // whether it is a person's and whether it outweighs its lone last word.
  const rootMentions = new Map<number, RawMention[]>();
  for (const k of multi) {
    const root = uf.find(node.get(k)!);
    rootSizes.set(root, (rootSizes.get(root) ?? 0) + groups.get(k)!.length);
    const list = rootMentions.get(root) ?? [];
    for (const m of groups.get(k)!) list.push(m);
    rootMentions.set(root, list);
  }
  // Words that are names on their own: "Конгресса США" (the Congress) is no person whose surname is США.
  const soloCounts = new Map<string, number>();
  for (const m of raw)
    if (m.words.length === 1) soloCounts.set(looseKey(m.words[0]!), (soloCounts.get(looseKey(m.words[0]!)) ?? 0) + 1);
  const personGroups = new Map<RawMention[], boolean>();
  const isPersonGroup = (mentions: RawMention[]) => {
    let person = personGroups.get(mentions);
    if (person === undefined) {
      person = isPersonByVotes(mentions);
      personGroups.set(mentions, person);
    }
    return person;
  };
  const ownsLoneWord = (key: string) => {
    const mentions = groups.get(key)!;
    const first = mentions[0]?.words[0];
    if (!first) return true;
    const root = uf.find(node.get(key)!);
    const all = rootMentions.get(root) ?? mentions;
    // Only a person's full name takes in its lone last word: "Генштаба ВС России" (an organisation)
    // must not take in every "России".
    if (!isPersonGroup(all)) return false;
    // "Эхо Москвы" (a radio station) ends on a place, no surname: it must not take in every "Москвы".
    if (isPlaceGroupToken(lastWord(key))) return false;
    const words = mentions[0]!.words;
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w)) || countryOf(words.slice(-1), mentions[0]!.lang)) return false;
    if (/^\p{Lu}{2,}$/u.test(first)) return false;
    // A known given name alone is no other name (Владимир alone, for Putin, beside Владимир Батюк).
    if (isKnownGivenName(first)) return true;
    const solo = soloCounts.get(looseKey(first)) ?? 0;
    return solo === 0 || solo * 2 < all.length;
  };
  const multiBySurname = new Map<string, string[]>();
  // Every script a full name's group is written in (Wiktor Medwedczuk and Виктор Медведчук share a key).
  const multiScripts = new Map<string, Set<string>>();
  for (const k of multi) {
    const words = groups.get(k)?.[0]?.words;
    if (!words) continue;
    const last = words[words.length - 1]!;
    multiScripts.set(k, new Set(wordsByScript(groups.get(k)!).keys()));
    const bySurname = multiBySurname.get(surnameKey(last)) ?? [];
    bySurname.push(k);
    multiBySurname.set(surnameKey(last), bySurname);
  }
  // An acronym (CIRE, KE) is spelled, not inflected or transliterated: it never meets a word through
  // case endings or a final vowel (CIRE is no case form of Sýrii), only through the known spellings.
  const acronymKey = (key: string) => {
    const first = groups.get(key)?.[0];
    return (
      first !== undefined && first.words.length === 1 && !first.inCapitals && /^\p{Lu}{2,}$/u.test(first.words[0]!)
    );
  };
  const multiByLast = new Map<string, string[]>();
  for (const k of multi) multiByLast.set(lastWord(k), [...(multiByLast.get(lastWord(k)) ?? []), k]);
  const singles = keys.filter((k) => !k.includes(' '));
  const singlesByStem = new Map<string, string[]>();
  for (const k of singles) {
    const stem = k.replace(/[aeiou]$/, '');
    singlesByStem.set(stem, [...(singlesByStem.get(stem) ?? []), k]);
  }
  for (const key of singles) {
    // A lone surname joins the full name it ends (the most mentioned, if several).
    const owners = (multiByLast.get(key) ?? []).filter(ownsLoneWord);
    if (owners.length > 0) {
      const roots = [...new Set(owners.map((k) => uf.find(node.get(k)!)))];
      const best = roots.sort((a, b) => (rootSizes.get(b) ?? 0) - (rootSizes.get(a) ?? 0) || a - b)[0]!;
      uf.union(best, node.get(key)!);
      continue;
    }
    // A surname in another case or with the Czech -ová (Mayové → Theresa Mayová) joins the one full
    // name of its script it can belong to. (Across scripts, a lone word's sound skeleton alone met
    // too many other names: Канада and Janda, Испания and Собянин.)
    const lone = groups.get(key)![0];
    if (lone && lone.words.length === 1 && !/^\p{Lu}{2,}$/u.test(lone.words[0]!)) {
      const word = lone.words[0]!;
      const script = scriptOf(word);
      const candidates = (multiBySurname.get(surnameKey(word)) ?? []).filter((k) => multiScripts.get(k)?.has(script));
      const roots = [...new Set(candidates.filter(ownsLoneWord).map((k) => uf.find(node.get(k)!)))];
      if (roots.length === 1) {
        uf.union(roots[0]!, node.get(key)!);
        continue;
      }
    }
    if (acronymKey(key)) continue;
    for (const other of singlesByStem.get(key.replace(/[aeiou]$/, '')) ?? []) {
      if (finalVowelVariant(key, other) && !acronymKey(other)) uf.union(node.get(key)!, node.get(other)!);
    }
  }
  // Countries in every language and case (CLDR names): Niemcy, Niemczech, Německo, Германии are Germany.
  const regionNodes = new Map<string, number>();
  /** Keys that are no region: a city's or province's spellings meet through the gazetteer instead. */
  const placeKeys: string[] = [];
  for (const key of keys) {
    // A group of known spellings (~n…) holds several names: any of them may be the region's.
    const seen = new Set<string>();
    let region: string | null = null;
    for (const m of groups.get(key)!) {
      const name = `${m.lang}:${m.words.join(' ')}`;
      if (seen.has(name)) continue;
      seen.add(name);
      region = regionOf(m.words, m.lang);
      if (region || seen.size >= 4) break;
    }
    if (!region) {
      placeKeys.push(key);
      continue;
    }
    const existing = regionNodes.get(region);
    if (existing === undefined) regionNodes.set(region, node.get(key)!);
    else uf.union(existing, node.get(key)!);
  }
  linkWellKnownPlaces(placeKeys, groups, node, uf, countryLocales);
  // Acronyms meet acronyms only (NATO, НАТО), words meet words.
  linkLooseSpellings(
    keys.filter((k) => !acronymKey(k)),
    groups,
    node,
    uf,
  );
  linkLooseSpellings(keys.filter(acronymKey), groups, node, uf);
  // Case endings: Putina, Putinem → Putin; Ukrainy, Ukrainie → Ukraina (the names helper's endings).
  const inflectable = singles.filter((k) => !acronymKey(k));
  const baseOf = inflectionIndex(inflectable);
  for (const key of inflectable) {
    // Only the endings of the languages the form was written in (see buildEndings).
    const base = baseOf(key, endingsOfMentions(groups.get(key)!));
    if (base) uf.union(node.get(base)!, node.get(key)!);
  }
  // Acronyms and the names they stand for (NFZ, Narodowego Funduszu Zdrowia), from the text's own evidence.
  const links = acronymLinks({
    groups,
    acronymKeys: keys.filter(acronymKey),
    isPerson: (key) => {
      const words = groups.get(key)![0]?.words ?? [];
      if (isKnownGivenName(words[0] ?? '')) return true;
      return !words.some(isInstitutionHead) && isPersonGroup(groups.get(key)!);
    },
    rootOf: (key) => uf.find(node.get(key)!),
    passageText: (id) => passageTexts.get(id),
  });
  for (const [acronym, name] of links) uf.union(node.get(name)!, node.get(acronym)!);

  const clusters = new Map<number, Cluster>();
  const clusterOf = (n: number) => {
    const root = uf.find(n);
    let c = clusters.get(root);
    if (!c) {
      c = { raw: [], curatedMentions: [], entry: null, extractedToo: false };
      clusters.set(root, c);
    }
    return c;
  };
  for (const key of keys) clusterOf(node.get(key)!).raw.push(...groups.get(key)!);
  entries.forEach((_, index) => {
    const c = clusterOf(entryNode[index]!);
    // Two curated entries never merge through extraction: the first claims the cluster.
    if (c.entry === null) c.entry = index;
    if (extractedOverlap.has(index)) c.extractedToo = true;
  });
  for (const m of curated) clusterOf(entryNode[m.entry]!).curatedMentions.push(m);
  return [...clusters.values()].filter((c) => c.raw.length + c.curatedMentions.length > 0);
}

/**
 * A lone word that stands first in its sentence nearly every time it is written is a sentence
 * opener ("Напомним," "Ранее"), not a name: names turn up inside sentences too. Acronyms aside
 * (a news agency's "TASS" may open every dateline); three mentions at least, to judge at all.
 */
function opensSentencesOnly(mentions: RawMention[]): boolean {
  if (mentions.length < 3) return false;
  let opening = 0;
  for (const m of mentions) {
    if (m.words.length > 1 || /^\p{Lu}{2,}$/u.test(m.words[0]!)) return false;
    if (m.atSentenceStart) opening++;
  }
  return opening >= 0.9 * mentions.length;
}

// ---------------------------------------------------------------------------------------------
// Building the entities

const TYPE_ORDER: EntityType[] = ['person', 'organisation', 'place'];
/** On a tie, a multi-word name is rather a person, a single word rather an organisation or a place. */
const TIE_ORDER_MULTI: EntityType[] = ['person', 'organisation', 'place'];
const TIE_ORDER_SINGLE: EntityType[] = ['organisation', 'place', 'person'];

function sumVotes(mentions: RawMention[]): TypeVotes {
  const total: TypeVotes = { person: 0, place: 0, organisation: 0 };
  for (const m of mentions) for (const t of TYPE_ORDER) total[t] += m.votes[t];
  return total;
}

/** The mentions' own cues say person (before the name is known). */
function isPersonByVotes(mentions: RawMention[]): boolean {
  const votes = sumVotes(mentions);
  return votes.person > 0 && votes.person >= votes.place && votes.person >= votes.organisation;
}

function votedType(votes: TypeVotes, name: string): EntityType | null {
  let best: EntityType | null = null;
  for (const t of name.includes(' ') ? TIE_ORDER_MULTI : TIE_ORDER_SINGLE)
    if (votes[t] > 0 && (best === null || votes[t] > votes[best])) best = t;
  return best;
}

/** Languages whose names take case endings, where the nominative is told from the other forms by its ending. */
const CASE_LANGS = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk', 'bg', 'ru', 'uk', 'be']);
/** Endings of Slavic oblique cases that end in a consonant (-ych, -ej, -em, -ów, -ого, -ой, -ах): not a nominative. */
const OBLIQUE_CONSONANT_ENDING =
  /(?:ych|ich|ej|ach|ami|em|om|ów|ům|ách|ích|ého|ém|ой|ей|ом|ем|ах|ях|ого|его|ым|им|ых|их)$/u;
/** What may stand after a stem in the nominative a case form was made from (Stan-y, Wielk-a, Putin). */
const NOMINATIVE_TAILS = [
  '',
  'a',
  'o',
  'y',
  'i',
  'e',
  'á',
  'é',
  'ý',
  'а',
  'о',
  'ы',
  'и',
  'е',
  'я',
  'й',
  'ий',
  'ый',
  'ая',
  'ое',
];
const VOWEL_FINAL = /[aeiouyáéíóúýěůąęаеёиоуыэюяіїє]$/iu;

/**
 * How unlike a nominative a word's ending is, in a language with case endings (lower is likelier):
 * a consonant (Putin, Kyjev, Китай) 0, -o (Rusko, Německo) 1, -a/-я (Rosja, Praha, Россия; also a
 * masculine genitive, which loses to the consonant-final form) 2, any other vowel or an oblique
 * ending (Rosji, Ukrainę, Praze, Украину, Wielkiej, Stanach) 3. Other languages: all 0.
 */
function caseRank(word: string, lang: string, words: ReadonlySet<string>): number {
  if (!CASE_LANGS.has(lang)) return 0;
  const lower = word.toLowerCase();
  // An oblique ending counts only where the cluster has the word without it (Putinem beside Putin,
  // Stanach beside Stany): Gazprom and Andrzej end so by themselves.
  const oblique = OBLIQUE_CONSONANT_ENDING.exec(lower);
  if (oblique) {
    const stem = lower.slice(0, oblique.index);
    if (NOMINATIVE_TAILS.some((tail) => words.has(stem + tail))) return 3;
  }
  if (!VOWEL_FINAL.test(lower)) return 0;
  if (/[oо]$/u.test(lower)) return 1;
  if (/[aая]$/u.test(lower)) return 2;
  return 3;
}

/**
 * The entity's name: its most used name (all case forms of it counted together), in its nominative
 * where the corpus has it (Rosja over Rosji, Donald Trump over Donalda Trumpa), in the UI language
 * where the corpus has that, else its most used form. A multi-word form wins when it recurs
 * (a person's full name even when written once).
 */
function canonicalName(mentions: RawMention[], person: boolean, uiLang: string): string {
  const counts = new Map<string, number>();
  const lastCounts = new Map<string, number>();
  // Case forms of one name count together (Джо Байден, Джо Байдена, Джо Байдену), so that a glued
  // form written three times ("Демпартии Джо Байден") cannot outnumber the name's own forms.
  const looseCounts = new Map<string, number>();
  const looseOfName = new Map<string, string>();
  const rankOf = new Map<string, number>();
  const inUiLang = new Set<string>();
  const allWords = new Set(mentions.flatMap((m) => m.words.map((w) => w.toLowerCase())));
  for (const m of mentions) {
    const name = m.words.join(' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
    let loose = looseOfName.get(name);
    if (loose === undefined) {
      loose = m.words.map(looseKey).join(' ');
      looseOfName.set(name, loose);
    }
    looseCounts.set(loose, (looseCounts.get(loose) ?? 0) + 1);
    const last = m.words[m.words.length - 1]!;
    lastCounts.set(last, (lastCounts.get(last) ?? 0) + 1);
    const rank = m.words.reduce((sum, w) => sum + caseRank(w, m.lang, allWords), 0);
    rankOf.set(name, Math.min(rankOf.get(name) ?? rank, rank));
    if (m.lang === uiLang) inUiLang.add(name);
  }
  const lastOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  const formsOf = (name: string) => looseCounts.get(looseOfName.get(name)!)!;
  const candidates = [...counts.keys()];
  // A multi-word form names the entity when it recurs: a full name written once beside a hundred
  // mentions of the short form is more likely two names glued together ("Finów Gazprom").
  // A person's full name is the name even when written once (Alexander Stubb, then Stubb).
  const multi = candidates.filter((n) => n.includes(' ') && (person || formsOf(n) >= 2));
  const pool = multi.length > 0 ? multi : candidates;
  // The most used name (all its case forms); ties: the form whose last word is used most.
  const best = pool.sort(
    (a, b) =>
      formsOf(b) - formsOf(a) ||
      counts.get(b)! - counts.get(a)! ||
      (lastCounts.get(lastOf(b)) ?? 0) - (lastCounts.get(lastOf(a)) ?? 0) ||
      a.length - b.length ||
      a.localeCompare(b),
  )[0]!;
  // Among that name's case forms: the UI language's, then the likeliest nominative, then the most
  // used, then the shorter (uninflected: Kharkiv, not Charkowie).
  const forms = pool.filter((n) => looseOfName.get(n) === looseOfName.get(best));
  const chosen = forms.sort(
    (a, b) =>
      Number(inUiLang.has(b)) - Number(inUiLang.has(a)) ||
      rankOf.get(a)! - rankOf.get(b)! ||
      counts.get(b)! - counts.get(a)! ||
      a.length - b.length ||
      a.localeCompare(b),
  )[0]!;
  // A single word that is a case form of a known spelling (Kremla, Кремля) takes that spelling
  // (Kreml, Кремль): the table's spellings are nominatives.
  if (!chosen.includes(' ')) {
    const known = knownSpellingOf(chosen);
    if (known) return known;
  }
  // A dateline's capitals ("МОСКВА, 5 мая") are no acronym when the name is also written in lower
  // case (Москвы, Москве): named in title case, Москва.
  if (ALL_CAPITALS.test(chosen) && forms.some((n) => !ALL_CAPITALS.test(n)))
    return chosen.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
  return chosen;
}
const ALL_CAPITALS = /^[\p{Lu}\s-]+$/u;

let knownSpellings: Map<string, string[]> | null = null;
/**
 * The one-word spelling of the known-spellings table (names/variants.ts) in the word's script with
 * the word's loose key: Kremla → Kreml, Кремля → Кремль, Moskwie → Moskwa. Where several share the
 * key (Kreml, Kremlj), the longest that the word begins with.
 */
function knownSpellingOf(word: string): string | undefined {
  if (!knownSpellings) {
    knownSpellings = new Map();
    for (const group of NAME_GROUPS)
      for (const spelling of group) {
        if (/[\s.]/.test(spelling) || /^\p{Lu}{2,}$/u.test(spelling)) continue;
        const id = `${scriptOf(spelling)} ${looseKey(spelling)}`;
        const list = knownSpellings.get(id) ?? [];
        if (!list.includes(spelling)) list.push(spelling);
        knownSpellings.set(id, list);
      }
  }
  if (/^\p{Lu}{2,}$/u.test(word)) return undefined;
  const list = knownSpellings.get(`${scriptOf(word)} ${looseKey(word)}`);
  if (!list) return undefined;
  // Compared without soft and hard signs: Кремля begins with Кремль's letters.
  const bare = (text: string) => text.toLowerCase().replace(/[ьъ]/g, '');
  const known =
    list.length === 1
      ? list[0]
      : list.filter((s) => bare(word).startsWith(bare(s))).sort((x, y) => y.length - x.length)[0];
  return known !== word ? known : undefined;
}

/**
 * The region (country or EU, see regionOf) most of a cluster's mentions name, when at least half
 * of them do; null otherwise.
 */
function regionOfCluster(mentions: RawMention[]): string | null {
  const byRegion = new Map<string, number>();
  for (const { words, lang, count } of distinctNames(mentions)) {
    // Read in the mention's own language only: Polish "Georgii" (the US state) spells English
    // "Georgia", the country, which Polish calls Gruzja; it must not name the entity Gruzja.
    const region = regionIn(words, lang, [lang]);
    if (region) byRegion.set(region, (byRegion.get(region) ?? 0) + count);
  }
  const [region, count] = [...byRegion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  return region !== null && count * 2 >= mentions.length ? region : null;
}

/** The UI language if some mention is in it, else the language most mentions are in. */
function namingLanguage(mentions: RawMention[], uiLang: string): string {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.lang === uiLang) return uiLang;
    counts.set(m.lang, (counts.get(m.lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? uiLang;
}

const COORDINATION = /^\s*(,|og|und|and|och|eller|or|oder|samt|sowie|et|e|y|i)\s*$/i;

function buildEntities(clusters: Cluster[], entries: CuratedEntry[], passages: Passage[], uiLang: string): Entity[] {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const firstPassageOf = new Map<string, number>();
  for (const p of passages)
    if (!firstPassageOf.has(p.docId) || p.id < firstPassageOf.get(p.docId)!) firstPassageOf.set(p.docId, p.id);
  interface Draft {
    cluster: Cluster;
    name: string;
    type: EntityType | null;
    spans: (Mention & { surface: string; lang: string; docId: string })[];
    id: string;
  }
  /** A country is a place and the EU an organisation, whatever the cues around their mentions say. */
  const regionType = (region: string | null): EntityType | null =>
    region === null ? null : region === 'EU' ? 'organisation' : 'place';
  const drafts: Draft[] = clusters.map((cluster) => {
    const entry = cluster.entry === null ? undefined : entries[cluster.entry];
    // A country or the EU is named by its CLDR name (a nominative, whatever case forms the corpus
    // uses most) in the UI language where the corpus writes about it in that language, else in the
    // language most of its mentions are in.
    const region = entry ? null : regionOfCluster(cluster.raw);
    // A well-known city or province likewise, by the gazetteer's name (Kijów, not Kijowie).
    const place = entry || region ? null : placeOfCluster(cluster.raw, countryLocales);
    const name =
      entry?.name ??
      (region ? regionName(region, namingLanguage(cluster.raw, uiLang)) : null) ??
      (place ? placeName(place, namingLanguage(cluster.raw, uiLang)) : null) ??
      canonicalName(cluster.raw, isPersonByVotes(cluster.raw), uiLang);
    const spans = [
      ...cluster.raw.map((m) => ({
        passageId: m.passageId,
        start: m.start,
        end: m.end,
        surface: m.surface,
        lang: m.lang,
        docId: m.docId,
      })),
      ...cluster.curatedMentions.map((m) => ({
        passageId: m.passageId,
        start: m.start,
        end: m.end,
        surface: m.surface,
        lang: m.lang,
        docId: m.docId,
      })),
    ].sort((a, b) => a.passageId - b.passageId || a.start - b.start);
    return {
      cluster,
      name,
      type: entry?.type ?? regionType(region) ?? (place ? 'place' : null) ?? votedType(sumVotes(cluster.raw), name),
      spans,
      id: entry?.id ?? slugOf(name),
    };
  });

  // A name that holds another entity's place or organisation ("Конгресса США", "MSZ Rosji") is no
  // person: it must not be typed one, or its last word would be read as a surname on pages.
  const soloOwner = new Map<string, Draft>();
  for (const draft of drafts) {
    if (draft.cluster.entry !== null) continue;
    for (const m of draft.cluster.raw) if (m.words.length === 1) soloOwner.set(looseKey(m.words[0]!), draft);
  }
  for (const draft of drafts) {
    if (draft.type !== 'person' || draft.cluster.entry !== null) continue;
    const words = draft.name.split(/\s+/);
    if (words.length < 2) continue;
    // "Manchester United", "Washington Post": a name that starts with a city is no person's.
    const startsWithPlace =
      isWellKnownPlace(words.slice(0, 1)) && !isWellKnownPlace(words) && !isKnownGivenName(words[0]!);
    const holdsOther =
      startsWithPlace ||
      words.some((w) => {
        if (/^\p{Lu}{2,}$/u.test(w)) return true;
        if (countryOf([w], draft.cluster.raw[0]?.lang)) return true;
        const owner = soloOwner.get(looseKey(w));
        return owner !== undefined && owner !== draft && (owner.type === 'place' || owner.type === 'organisation');
      });
    if (holdsOther) {
      const votes = sumVotes(draft.cluster.raw);
      draft.type = votes.place > votes.organisation ? 'place' : 'organisation';
    }
  }

  // A country (CLDR) is a place whatever its mentions' cues say: "Sudan's army", "Sudan said" read as
  // an organisation's, yet the name is the country's; an organisation holding it has a longer name.
  for (const draft of drafts) {
    if (draft.cluster.entry !== null || draft.type === 'place') continue;
    const words = draft.name.split(/\s+/);
    if (countryOf(words, draft.cluster.raw[0]?.lang) !== null) draft.type = 'place';
    // A big city or province (gazetteer) named alone is the place, not the government or club in it,
    // unless its mentions read as a person's ("Washington said" stays what the cues say).
    else if (words.length === 1 && draft.type === 'organisation' && isWellKnownPlace(words)) draft.type = 'place';
  }

  // An institution followed by its country ("Конгресс США", "MSZ Ukrainy", "Sąd Najwyższy Pakistanu")
  // is an organisation: the place is only its owner.
  for (const draft of drafts) {
    if (draft.cluster.entry !== null || draft.type === 'organisation') continue;
    const words = draft.name.split(/\s+/);
    if (words.length < 2) continue;
    const lang = draft.cluster.raw[0]?.lang;
    const last = words[words.length - 1]!;
    const lastIsCountry = isCountryAcronym(last) || countryOf([last], lang) !== null;
    if (!lastIsCountry || countryOf(words, lang) !== null) continue;
    const head = words.slice(0, -1);
    if (countryOf(head, lang) !== null || isWellKnownPlace(head) || isKnownGivenName(head[0]!)) continue;
    draft.type = 'organisation';
  }

  // A full name whose full mentions read as a person's (a known given name, or their own cues) is a
  // person, although its lone surname votes as a government would ("Маас заявил"); unless a word of
  // it is a country or an acronym.
  for (const draft of drafts) {
    if (draft.type === 'person' || draft.cluster.entry !== null) continue;
    const words = draft.name.split(/\s+/);
    if (words.length < 2 || words.length > 3) continue;
    const full = draft.cluster.raw.filter((m) => m.words.length >= 2);
    // Beyond the two votes every multi-word name gets (judgeRun), a cue of its own: a title before it.
    const cued = full.length >= 2 && isPersonByVotes(full) && sumVotes(full).person > 2 * full.length;
    if (!isKnownGivenName(words[0]!) && !cued) continue;
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) || countryOf([w], draft.cluster.raw[0]?.lang) !== null)) continue;
    if (isWellKnownPlace(words)) continue;
    draft.type = 'person';
  }

  // Untyped names take the type of names they are listed with ("Kupjansk og Balaklija").
  const byPassage = new Map<number, { draft: Draft; start: number; end: number }[]>();
  for (const draft of drafts) {
    for (const s of draft.spans) {
      const list = byPassage.get(s.passageId) ?? [];
      list.push({ draft, start: s.start, end: s.end });
      byPassage.set(s.passageId, list);
    }
  }
  for (const list of byPassage.values()) list.sort((a, b) => a.start - b.start);
  for (const draft of drafts.filter((d) => d.type === null)) {
    const votes: TypeVotes = { person: 0, place: 0, organisation: 0 };
    for (const s of draft.spans) {
      const list = byPassage.get(s.passageId)!;
      const at = list.findIndex((x) => x.draft === draft && x.start === s.start);
      for (const neighbour of [list[at - 1], list[at + 1]]) {
        if (!neighbour || neighbour.draft.type === null) continue;
        const [from, to] = neighbour.start < s.start ? [neighbour.end, s.start] : [s.end, neighbour.start];
        if (COORDINATION.test(passageById.get(s.passageId)!.text.slice(from, to))) votes[neighbour.draft.type]++;
      }
    }
    // No cue at all: a country (CLDR) or a big city or province (gazetteer) is a place; another lone word with no preposition of place
    // before it anywhere is rather a company, party or brand (Facebook, Spotify) than a place.
    const lone = !draft.name.includes(' ');
    const words = draft.name.split(/\s+/);
    const place = countryOf(words, draft.spans[0]?.lang) !== null || isWellKnownPlace(words);
    const fallback = place ? 'place' : lone ? 'organisation' : 'person';
    draft.type = votedType(votes, draft.name) ?? fallback;
  }

  // Unique ids: curated ids first, then by name.
  const used = new Set<string>();
  const ordered = [...drafts].sort(
    (a, b) =>
      Number(b.cluster.entry !== null) - Number(a.cluster.entry !== null) ||
      a.id.localeCompare(b.id) ||
      a.name.localeCompare(b.name),
  );
  for (const draft of ordered) {
    let id = draft.id;
    for (let n = 2; used.has(id); n++) id = `${draft.id}-${n}`;
    draft.id = id;
    used.add(id);
  }

  const entitiesInPassage = new Map<number, Set<string>>();
  for (const draft of drafts)
    for (const s of draft.spans) {
      const set = entitiesInPassage.get(s.passageId) ?? new Set<string>();
      set.add(draft.id);
      entitiesInPassage.set(s.passageId, set);
    }

  const entities = drafts.map((draft): Entity => {
    const { cluster } = draft;
    const aliasCounts = new Map<string, { text: string; lang: string; count: number }>();
    for (const s of draft.spans) {
      const key = `${s.surface}\u0000${s.lang}`;
      const alias = aliasCounts.get(key) ?? { text: s.surface, lang: s.lang, count: 0 };
      alias.count++;
      aliasCounts.set(key, alias);
    }
    const aliases = [...aliasCounts.values()].sort(
      (a, b) => b.count - a.count || a.text.localeCompare(b.text) || a.lang.localeCompare(b.lang),
    );
    const mentionsByPassage = new Map<number, Span[]>();
    for (const s of draft.spans) {
      const list = mentionsByPassage.get(s.passageId) ?? [];
      list.push({ start: s.start, end: s.end, full: /\s/.test(s.surface) });
      mentionsByPassage.set(s.passageId, list);
    }
    const related = new Map<string, number>();
    for (const passageId of mentionsByPassage.keys()) {
      for (const other of entitiesInPassage.get(passageId) ?? [])
        if (other !== draft.id) related.set(other, (related.get(other) ?? 0) + 1);
    }
    const origin =
      cluster.entry === null ? 'extracted' : cluster.raw.length > 0 || cluster.extractedToo ? 'both' : 'curated';
    return {
      id: draft.id,
      name: draft.name,
      type: draft.type!,
      origin,
      aliases,
      mentions: draft.spans.map(({ passageId, start, end }) => ({ passageId, start, end })),
      docCount: new Set(draft.spans.map((s) => s.docId)).size,
      excerpts: chooseExcerpts(
        mentionsByPassage,
        passageById,
        (p) => (entitiesInPassage.get(p)?.size ?? 1) - 1,
        (p) => p - (firstPassageOf.get(passageById.get(p)!.docId) ?? p),
      ),
      related: [...related.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_RELATED)
        .map(([entityId, count]) => ({ entityId, count })),
    };
  });
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}
