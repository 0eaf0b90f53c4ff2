/**
 * Well-known places in many languages and scripts, for merging their spellings into one entity
 * (Kyiv, Kijów, Kyjev, Киев, Kiew) and naming it in the reader's language: the `placeSpellings` of
 * the build's name resources (CLDR's exemplar cities and the curated table data/places.json, read
 * by lib/node/placeNames.ts). Pure: without resources nothing is a gazetteer place.
 *
 * Names are compared by their loose keys (name key without a case ending, see boundaries.ts), so
 * case forms meet them too (Kijowie, Kyjevě, Киеве); multi-word names also by laxer keys (Nowym
 * Jorku, Karolinie Północnej). A key two places share is left out, and so is a one-word name that
 * is a frequent word of its language (CLDR's Nome, Center) or a known given name.
 */
import { foldWord } from '../names/key';
import { nameResources, type NameResources, type PlaceSpellings } from '../names/resources';
import { looseKey } from './keys';
import { isKnownGivenName, wordKey } from './keys';

/**
 * Shortest spelling (letters, all words) a place is recognised by, and shortest key: Kyiv and Київ
 * (key kiv) count, Рим and Rom (Rome) are too short to tell from other words.
 */
const MIN_LETTERS = 4;
/**
 * Longest loose key under which a mention must also be spelled like one of the place's names (its
 * folded spelling starting with theirs, final vowel aside): a key this short is the key of other
 * words too. Russian Буча (Bucha) and Буша (Bush's genitive) share the key busa; Czech Říha and
 * Riga the key riha. Бучи, Bucza, Buczy are spelled like Bucha's names; Буша and Říha are not.
 */
const SHORT_KEY = 4;
const spelledStem = (name: string) => foldWord(name).replace(/(?<=...)[aeiouy]+$/, '');
/**
 * A short name's loose key without its final vowels, which the loose key keeps below four letters:
 * Буча, Бучи, Буче → bus (their spelling must match too, see SHORT_KEY).
 */
const bareKey = (word: string) => looseKey(word).replace(/(?<=...)[aeiou]+$/, '');

/** Letters from which a name's case forms may be one letter shorter (see fullLength). */
const LONG_NAME = 6;
const MIN_KEY = 3;

/**
 * One-word CLDR cities that are as often a given name or surname in the news (Sofia, Santiago,
 * Darwin, Stanley …), compared by loose key in every language (София, Sofía): a person's lone name
 * must not become the city. Hand-kept, from the zone list.
 */
const PERSON_NAMES = [
  'Darwin',
  'Santiago',
  'Sofia',
  'Victoria',
  'Regina',
  'Stanley',
  'Jersey',
  'Dawson',
  'Chatham',
  'Nelson',
];

interface PlaceIndex {
  /** Keys of names in any language → place id; a key two places share is left out. */
  all: Map<string, string>;
  /** Keys per language, which decide first for a mention in that language. */
  byLang: Map<string, Map<string, string>>;
  /** Per key, the letters of the shortest name indexed under it (see fullLength). */
  shortest: Map<string, number>;
  /** Per short key (see SHORT_KEY), the exact spellings of its names without a final vowel. */
  spelledStems: Map<string, Set<string>>;
  spellings: PlaceSpellings;
}

/**
 * The letters of a name's full word keys. A case form is no shorter than its nominative (Kijów,
 * Kijowie; Сараево, Сараева), but for a letter in a long name (Ateny, Aten): a shorter word that
 * meets a place's loose key is another word whose ending the loose key took for a case ending
 * (Сара is no Сараево, Hart no Хартум, Bomb no Bombay, Salt no Salta).
 */
const fullLength = (words: readonly string[]) => words.reduce((sum, w) => sum + wordKey(w).replace(/ /g, '').length, 0);

/** Loose key with final vowels and an -m or -h after them gone down to three letters (Nowym, Nowy → nov). */
function laxKey(word: string): string {
  let key = looseKey(word);
  while (key.length > 3 && /[aeiou][mh]?$/.test(key)) key = key.replace(/[mh]$/, '').slice(0, -1);
  return key;
}

/**
 * A name's words as one key sequence; with `splitHyphens`, hyphen compounds count as several words
 * (Saint-Pétersbourg). Both are indexed: a mention keeps Нью-Йорка as one word, and its short half
 * (Йорка) keeps no case ending of its own.
 */
function keyOf(words: readonly string[], wordKey: (word: string) => string, splitHyphens = false): string {
  return words
    .flatMap((w) => w.split(splitHyphens ? /[\s\u00a0-]+/ : /[\s\u00a0]+/))
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

const frequentCache = new WeakMap<NameResources, Map<string, Set<string>>>();
/** The language's frequent words (lower case), which no one-word place name may be; built on first use. */
function frequentWords(resources: NameResources, lang: string): Set<string> {
  let byLang = frequentCache.get(resources);
  if (!byLang) frequentCache.set(resources, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    // English's list holds a whole dictionary (Nice, Reading): its frequent words stand for it.
    const list = lang === 'en' ? resources.frequentEnglish : (resources.wordLists[lang] ?? []);
    words = new Set(list.map((w) => w.toLowerCase()));
    byLang.set(lang, words);
  }
  return words;
}

const indexCache = new WeakMap<NameResources, Map<string, PlaceIndex>>();

/** The index of the places' names in these languages (and English, every place's fallback name). */
function index(langs: readonly string[] | undefined): PlaceIndex | null {
  const resources = nameResources();
  const spellings = resources?.placeSpellings;
  if (!resources || !spellings) return null;
  const wanted = langs ? new Set(['en', ...langs]) : null;
  const cacheKey = wanted ? [...wanted].sort().join(',') : '*';
  let byLangs = indexCache.get(resources);
  if (!byLangs) indexCache.set(resources, (byLangs = new Map()));
  const cached = byLangs.get(cacheKey);
  if (cached) return cached;
  const personKeys = new Set(PERSON_NAMES.map((name) => looseKey(name)));
  const all = new Map<string, string>();
  const byLang = new Map<string, Map<string, string>>();
  const ambiguous = new Set<string>();
  const shortest = new Map<string, number>();
  const spelledStems = new Map<string, Set<string>>();
  for (const [id, names] of Object.entries(spellings)) {
    for (const [lang, spelled] of Object.entries(names)) {
      if (wanted && !wanted.has(lang)) continue;
      let own = byLang.get(lang);
      if (!own) byLang.set(lang, (own = new Map()));
      for (const name of spelled) {
        if (name.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
        const words = name.split(/[\s\u00a0]+/).filter(Boolean);
        if (words.length === 1 && !name.includes('-')) {
          const lower = name.toLowerCase();
          if (personKeys.has(looseKey(name)) || isKnownGivenName(name)) continue;
          if (frequentWords(resources, lang).has(lower) || frequentWords(resources, 'en').has(lower)) continue;
        }
        const keys = new Set([keyOf(words, looseKey), keyOf(words, looseKey, true)]);
        if (words.length > 1 || name.includes('-')) keys.add(keyOf(words, laxKey)).add(keyOf(words, laxKey, true));
        else if (looseKey(name).length <= SHORT_KEY) keys.add(bareKey(name));
        const length = fullLength(words);
        for (const key of keys) {
          if (key.replace(/ /g, '').length < MIN_KEY) continue;
          shortest.set(key, Math.min(shortest.get(key) ?? length, length));
          if (words.length === 1 && key.length <= SHORT_KEY) {
            const stems = spelledStems.get(key) ?? new Set<string>();
            spelledStems.set(key, stems.add(spelledStem(name)));
          }
          if (!own.has(key)) own.set(key, id);
          else if (own.get(key) !== id) own.set(key, '');
          const other = all.get(key);
          if (other !== undefined && other !== id) ambiguous.add(key);
          else all.set(key, id);
        }
      }
    }
  }
  for (const key of ambiguous) all.delete(key);
  for (const own of byLang.values()) for (const [key, id] of own) if (id === '') own.delete(key);
  const built = { all, byLang, shortest, spelledStems, spellings };
  byLangs.set(cacheKey, built);
  return built;
}

/** Languages whose locative and dative alternate a city's last consonant (Alaska → Alasce, Praga → Pradze). */
const SLAVIC = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'ru', 'uk', 'be', 'bg']);

/**
 * Keys of the nominatives a Slavic locative or dative may stand for, in key space (where c, z, sz
 * are s and g is h): Polish Alasce → alask, Pradze → prah, Bukareszcie → bukarest, Madrycie →
 * madrit. Looked up in the mention's own language only.
 */
function alternatedKeys(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}+[eě]$/u.test(word)) return [];
  const key = looseKey(word);
  const head = key.slice(0, -1);
  // Not Czech h → z (Praze → prah): the locative's key (pras) is the key of other words (Polish
  // Pracy, "of work"), which would pull their names into the city.
  const candidates = [`${key}k`, `${key}t`, `${head}k`, `${head}t`];
  if (key.endsWith('ds')) candidates.push(`${key.slice(0, -2)}h`);
  return candidates.filter((c) => c.length >= MIN_LETTERS && c !== key);
}

/**
 * The well-known place (its id, `tz:Europe/Kiev` or `curated:kharkiv`) a name's words spell in any
 * case form: in the mention's language first, then in any of `langs` (default: every language the
 * resources hold; English always); or null. Countries are not here (countries.ts reads them from
 * CLDR): callers ask regionOf first.
 */
export function placeOf(words: readonly string[], lang?: string, langs?: readonly string[]): string | null {
  const places = index(langs);
  if (!places || words.length === 0) return null;
  // An acronym (SALT, NOME) is spelled, not inflected: it is no place's case form.
  if (words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0]!)) return null;
  const own = lang ? places.byLang.get(lang) : undefined;
  const compound = words.length > 1 || words[0]!.includes('-');
  const length = fullLength(words);
  const keys = compound ? [keyOf(words, looseKey), keyOf(words, laxKey)] : [keyOf(words, looseKey)];
  // Case endings of short names in the languages that decline them (English Lime is no Lima).
  if (!compound && keys[0]!.length <= SHORT_KEY && lang && SLAVIC.has(lang)) keys.push(bareKey(words[0]!));
  // The loose key drops -ów/-ov with a vowel after it (Charków, Charkova: hark) but keeps it before
  // a longer ending (Charkowem, Харьковом: harkov).
  if (!compound && lang && SLAVIC.has(lang) && /.{4}ov$/.test(keys[0]!)) keys.push(keys[0]!.slice(0, -2));
  for (const key of keys) {
    const shortest = places.shortest.get(key) ?? 0;
    if (length < shortest - (shortest >= LONG_NAME ? 1 : 0)) continue;
    const stems = compound ? undefined : places.spelledStems.get(key);
    if (stems && ![...stems].some((stem) => foldWord(words[0]!).startsWith(stem))) continue;
    const found = own?.get(key) ?? places.all.get(key);
    if (found) return found;
  }
  if (compound || !own || !SLAVIC.has(lang!)) return null;
  for (const key of alternatedKeys(words[0]!)) {
    const found = own.get(key);
    if (found) return found;
  }
  return null;
}

/** The place's usual name in a language (Kijów in Polish), else its English one; null for an unknown id. */
export function placeName(id: string, lang: string): string | null {
  const names = nameResources()?.placeSpellings?.[id];
  return names?.[lang]?.[0] ?? names?.en?.[0] ?? null;
}
