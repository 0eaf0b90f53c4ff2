/**
 * Country and region names in every language, from the runtime's CLDR data (`Intl.DisplayNames`,
 * build time only): Russia, Rusko, Rosja, Россия and Rusland are all region RU, so their mentions
 * are one entity whatever the corpus languages. Names are compared by their loose keys (name key
 * without a case ending, see boundaries.ts), so Rosji and Niemczech find Rosja and Niemcy too.
 */
import { looseKey } from './keys';

/**
 * Languages whose country names are read: the languages of Europe and the world's most used ones.
 * A name that is the same in several languages (Polska, Ukraina) counts once.
 */
const LOCALES = (
  'en de fr it es pt nl da sv nb nn no fi et lv lt pl cs sk sl hr sr bs mk bg ru uk be ro hu el tr ' +
  'sq ga cy is mt ca eu gl lb ka hy az kk ar he fa hi zh ja ko id vi'
).split(' ');

/** Shortest loose key a country name is recognised by (Irán/Iran, Peru stay; shorter ones are too ambiguous). */
const MIN_KEY = 4;

interface CountryIndex {
  /** Names in all languages; a key two regions share in different languages (Estonian Rootsi, Polish Rosja) is left out. */
  all: Map<string, string>;
  /** Names per language, which decide first for a mention in that language. */
  byLocale: Map<string, Map<string, string>>;
}
const indexes = new Map<string, CountryIndex>();

/** Loose key sequences of country names (space-separated per word) → region code, in these languages. */
function index(locales: readonly string[]): CountryIndex {
  const cacheKey = locales.join(',');
  const cached = indexes.get(cacheKey);
  if (cached) return cached;
  const found = new Map<string, string>();
  const byLocale = new Map<string, Map<string, string>>();
  const ambiguous = new Set<string>();
  const codes: string[] = [];
  // Deprecated codes (SU, DD, UK) carry their successor's name: the English name tells them apart.
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const englishShort = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  const idOf = new Map<string, string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a) + String.fromCharCode(b);
      const name = english.of(code);
      if (!name || name === code) continue;
      codes.push(code);
      idOf.set(code, Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4));
    }
  for (const locale of locales) {
    let long: Intl.DisplayNames;
    let short: Intl.DisplayNames;
    try {
      long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      short = new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' });
    } catch {
      continue; // a runtime without this locale's data
    }
    const own = new Map<string, string>();
    byLocale.set(locale, own);
    for (const code of codes) {
      // Pseudo-regions and groupings (UN, XK is Kosovo, kept; QO "Outlying Oceania") are left out;
      // the European Union is kept (its id EU): news names it like a country, in every language.
      if (code === 'EZ' || code === 'UN' || code === 'ZZ' || code.startsWith('Q')) continue;
      const longName = long.of(code);
      // The short form differs for a handful of regions only (US, UK, Hong Kong): asked only then.
      const shortName = english.of(code) !== englishShort.of(code) ? short.of(code) : undefined;
      for (const name of [longName, shortName]) {
        if (!name || name === code) continue;
        const words = name.split(/[\s\u00a0-]+/).filter(Boolean);
        const id = idOf.get(code)!;
        // Multi-word names are also read by their laxer keys (Unii Europejskiej, Unia Europejska):
        // the other words keep a short word's case form from meeting an unrelated name.
        const keys = [words.map(looseKey).join(' ')];
        if (words.length > 1) keys.push(words.map(laxKey).join(' '));
        for (const key of keys) {
          if (key.replace(/ /g, '').length < MIN_KEY) continue;
          if (!own.has(key)) own.set(key, id);
          const other = found.get(key);
          if (other !== undefined && other !== id) ambiguous.add(key);
          else found.set(key, id);
        }
      }
    }
  }
  // A name two countries share (Congo in some languages) names neither.
  for (const key of ambiguous) found.delete(key);
  const built = { all: found, byLocale };
  indexes.set(cacheKey, built);
  return built;
}

/**
 * The languages worth reading country names in for a corpus: its own, and English (the names
 * news writes in any language: US, UK). Reading all of LOCALES costs about 0.15 s per build;
 * the corpus's few cost milliseconds, and a name in a language the corpus lacks is never written.
 */
export function countryLocalesFor(corpusLangs: Iterable<string>): string[] {
  return [...new Set(['en', ...corpusLangs])].sort();
}

/** Loose key with final vowels gone down to three letters (Unii, Unia → uni). */
function laxKey(word: string): string {
  let key = looseKey(word);
  while (key.length > 3 && /[aeiou]$/.test(key)) key = key.slice(0, -1);
  return key;
}

/** The name's words as one loose key sequence. */
const keyOfWords = (words: readonly string[], wordKey: (w: string) => string) =>
  words
    .flatMap((w) => w.split(/[\s\u00a0-]+/))
    .filter(Boolean)
    .map(wordKey)
    .join(' ');

/** The region (ISO 3166 code, or EU) of a name's exact CLDR spelling in any case form, or null. */
function cldrRegion(words: readonly string[], lang: string | undefined, locales: readonly string[]): string | null {
  const { all, byLocale } = index(locales);
  const key = keyOfWords(words, looseKey);
  const found = (lang ? byLocale.get(lang)?.get(key) : undefined) ?? all.get(key);
  if (found || words.length < 2) return found ?? null;
  const lax = keyOfWords(words, laxKey);
  return (lang ? byLocale.get(lang)?.get(lax) : undefined) ?? all.get(lax) ?? null;
}

/**
 * The region code (ISO 3166) a name's words spell, in any case form: in the mention's language
 * first, then in any of `locales` (default: all of LOCALES); or null. A country, never the European
 * Union (see regionOf): used to type names as places.
 */
export function countryOf(
  words: readonly string[],
  lang?: string,
  locales: readonly string[] = LOCALES,
): string | null {
  const region = cldrRegion(words, lang, locales);
  return region === 'EU' ? null : region;
}

/**
 * Abbreviations of country and union names, per language: CLDR has none. Hand-kept, small: the
 * standard abbreviations each language's press writes for states and the EU (Russian ФРГ, Polish
 * RFN and Czech SRN for Germany; РФ for Russia; Czech ČR), compiled from general knowledge of these
 * languages' usage, not from any corpus. An abbreviation counts only written in capitals as a whole
 * name and in one of its languages; one two states share (РК: Kazakhstan, Korea) is left out.
 */
const ABBREVIATIONS: Record<string, Record<string, string>> = {
  EU: { en: 'EU', de: 'EU', cs: 'EU', sk: 'EÚ', pl: 'UE', fr: 'UE', es: 'UE', it: 'UE', ru: 'ЕС', uk: 'ЄС', bg: 'ЕС' },
  US: { en: 'US', de: 'USA', cs: 'USA', sk: 'USA', pl: 'USA', ru: 'США', uk: 'США', be: 'ЗША', bg: 'САЩ' },
  DE: { ru: 'ФРГ', uk: 'ФРН', pl: 'RFN', cs: 'SRN', de: 'BRD' },
  RU: { ru: 'РФ', uk: 'РФ', pl: 'FR', cs: 'RF' },
  CN: { ru: 'КНР', uk: 'КНР', pl: 'ChRL', cs: 'ČLR', en: 'PRC' },
  ZA: { ru: 'ЮАР', uk: 'ПАР', pl: 'RPA', cs: 'JAR' },
  CZ: { cs: 'ČR', sk: 'ČR', pl: 'RCz' },
  SK: { cs: 'SR', sk: 'SR' },
  PL: { pl: 'RP' },
  GB: { en: 'UK', cs: 'VB' },
  AE: { ru: 'ОАЭ', uk: 'ОАЕ', pl: 'ZEA', cs: 'SAE', en: 'UAE' },
  KP: { ru: 'КНДР', uk: 'КНДР', pl: 'KRLD', cs: 'KLDR', en: 'DPRK' },
};
/**
 * Other names CLDR lacks, matched in any case form (Евросоюза, Российской Федерации): the short
 * compound of the EU and official names news writes in full. Same source and care as ABBREVIATIONS.
 */
const OTHER_NAMES: Record<string, string[]> = {
  EU: ['Евросоюз', 'Євросоюз'],
  RU: ['Российская Федерация', 'Російська Федерація', 'Federacja Rosyjska', 'Ruská federace', 'Russian Federation'],
  // "America" alone is the United States in the news of these languages (America's continents take a second word).
  US: ['Ameryka', 'Amerika', 'Америка'],
  GB: ['Zjednoczone Królestwo', 'Spojené království', 'Соединённое Королевство', 'Сполучене Королівство'],
  CZ: ['Republika Czeska', 'Česká republika', 'Чешская Республика'],
  NL: ['Nizozemí', 'Niderlandy'],
};
const OTHER_NAME_OF = new Map(
  Object.entries(OTHER_NAMES).flatMap(([region, names]) =>
    names.map((name) => [keyOfWords([name], name.includes(' ') ? laxKey : looseKey), region] as const),
  ),
);
/**
 * Words for a country's people that its name's stem does not give (Czech Rusové of Rusko, Češi of
 * Česko, Britové of Velká Británie; Polish Polacy of Polska, Brytyjczycy of Wielka Brytania,
 * Szwedzi of Szwecja), in their case forms, lower-cased. Same source and care as ABBREVIATIONS:
 * the standard plural and singular of each language, written with a capital as names are; the
 * regular ones (Rosjanie, Ukrajinci, Němci) are read from CLDR's names by demonymRegion.
 */
const IRREGULAR_DEMONYMS: Record<string, [RegExp, string][]> = {
  cs: [
    [/^rus(?:ové|ů|ům|y)$/u, 'RU'],
    [/^(?:češi|čech(?:ů|ům))$/u, 'CZ'],
    [/^brit(?:ové|ů|ům|y)$/u, 'GB'],
    [/^polá(?:ci|ků|kům|ky)$/u, 'PL'],
    [/^slová(?:ci|ků|kům|ky)$/u, 'SK'],
    [/^maďa(?:ři|rů|rům)$/u, 'HU'],
    [/^holanďan(?:é|ů|ům)$/u, 'NL'],
    [/^dán(?:ové|ů|ům)$/u, 'DK'],
    [/^šv(?:édové|édů|édům)$/u, 'SE'],
  ],
  pl: [
    [/^brytyjczy(?:k|cy|ków|kom|kami|ka)$/u, 'GB'],
    [/^pola(?:k|cy|ków|kom|kami|ka)$/u, 'PL'],
    [/^duńczy(?:k|cy|ków|kom|kami)$/u, 'DK'],
    [/^szwed(?:zi|ów|om|ami)$/u, 'SE'],
    [/^holend(?:rzy|rów|rom|rami)$/u, 'NL'],
    [/^(?:czesi|czechów)$/u, 'CZ'],
    [/^węg(?:rzy|rów|rom)$/u, 'HU'],
    [/^francuz(?:i|ów|om|ami)$/u, 'FR'],
    [/^hiszpan(?:ie|ów|om)$/u, 'ES'],
    [/^słowa(?:cy|ków|kom)$/u, 'SK'],
  ],
};

/** The country of an irregular word for its people (IRREGULAR_DEMONYMS), or null. */
function irregularDemonymRegion(word: string, lang: string): string | null {
  const table = IRREGULAR_DEMONYMS[lang];
  if (!table || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const [pattern, region] of table) if (pattern.test(lower)) return region;
  return null;
}

const ABBREVIATION_OF = new Map<string, { region: string; langs: Set<string> }>();
for (const [region, byLang] of Object.entries(ABBREVIATIONS))
  for (const [lang, abbreviation] of Object.entries(byLang)) {
    const entry = ABBREVIATION_OF.get(abbreviation) ?? { region, langs: new Set<string>() };
    entry.langs.add(lang);
    ABBREVIATION_OF.set(abbreviation, entry);
  }

/** Languages with Slavic case endings, whose stems alternate (Polska → Polsce) and whose demonyms are read. */
const SLAVIC = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk', 'bg', 'ru', 'uk', 'be']);

/**
 * Stems a Slavic case form's loose key may stand for, beside itself: a consonant that alternates
 * before -e (Polish Polsce → Polsk-, Włoszech → Włoch-, Węgrzech → Węgr-; k, ch, r become c, sz, rz:
 * all "s" in key space) and a mobile e before the last consonant (Niemiec → Niemc-, Węgier → Węgr-).
 */
function alternatedStems(word: string): string[] {
  // Only words written in lower case after the capital (an acronym such as SARS is no case form).
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const loose = looseKey(word);
  const stems: string[] = [];
  // The alternation comes before -e of the locative and dative (Polsce, Ameryce) and -ech (Włoszech).
  if (loose.endsWith('s') && /(?:e|ech|ě)$/u.test(word)) {
    const base = loose.slice(0, -1);
    stems.push(`${base}k`, `${base}sk`, `${base}h`);
    if (base.endsWith('r')) stems.push(base); // rz: Węgrzech → Węgr-
  }
  const mobile = loose.replace(/i?e(?=[^aeiou]$)/, '');
  if (mobile !== loose) stems.push(mobile);
  return stems.filter((stem) => stem.length >= MIN_KEY && stem !== loose);
}

/**
 * Endings (in loose-key space, after the country's stem) of the words for a country's people, per
 * language: Polish Rosjanie, Amerykanów, Brytyjczycy, Irlandczyków, Ukraińcy; Czech Evropané,
 * Britové, Izraelců, Francouzi; Russian россияне, американцы, украинцы; English Americans.
 * Anchored at the word's end, so adjectives (Francouzské, Российский, Izraelský) never match.
 */
const DEMONYM_ENDINGS: Record<string, RegExp> = {
  pl: /^(?:i?an(?:in)?|u?s|[ei]?i?si[ks])$/,
  cs: /^(?:i?an|ov|ous|s)$/,
  sk: /^(?:i?an|ov|s)$/,
  ru: /^(?:i?an|i?ans|u?s)$/,
  uk: /^(?:i?an|i?ans|u?s)$/,
  be: /^(?:i?an|i?ans|u?s)$/,
  bg: /^(?:i?an|i?ans|u?s)$/,
  en: /^(?:i?ans?)$/,
};
/**
 * Shortest country stem a demonym is read from: shorter ones (Rus-, Dan-) meet too many words. The
 * -an- of Rosjanie, россияне is telling enough for a stem of four letters (Rosj-).
 */
const MIN_DEMONYM_STEM = 5;
const MIN_DEMONYM_STEM_BEFORE_AN = 4;
const AN_ENDING = /^i?an/;
const PLACE_VOWEL_TAIL = /[aąęyыуюя]$/iu;

const demonymStems = new Map<string, Map<string, string>>();
/** One-word country names of a language, as stems demonyms are built on (Francie → frans-, Irlandia → irland-). */
function demonymStemsOf(lang: string, locales: readonly string[]): Map<string, string> {
  const cacheKey = `${lang}|${locales.join(',')}`;
  let stems = demonymStems.get(cacheKey);
  if (stems) return stems;
  stems = new Map();
  const ambiguous = new Set<string>();
  for (const [key, region] of index(locales).byLocale.get(lang) ?? []) {
    if (key.includes(' ') || region === 'EU') continue;
    for (const stem of new Set([key, key.replace(/[^aeiou]?i?$/, '')])) {
      if (stem.length < MIN_DEMONYM_STEM_BEFORE_AN) continue;
      if (stems.has(stem) && stems.get(stem) !== region) ambiguous.add(stem);
      stems.set(stem, region);
    }
  }
  // One-word other names too (Ameryka → Amerykanie, Američané, американцы).
  for (const [key, region] of OTHER_NAME_OF)
    if (!key.includes(' ') && key.length >= MIN_DEMONYM_STEM_BEFORE_AN && !stems.has(key)) stems.set(key, region);
  for (const stem of ambiguous) stems.delete(stem);
  demonymStems.set(cacheKey, stems);
  return stems;
}

/** The country whose people a one-word name names, in its language (Rosjanie, Britové → RU, GB), or null. */
function demonymRegion(word: string, lang: string, locales: readonly string[]): string | null {
  const endings = DEMONYM_ENDINGS[lang];
  if (!endings || !/^\p{Lu}\p{Ll}/u.test(word)) return null;
  const loose = looseKey(word);
  const stems = demonymStemsOf(lang, locales);
  for (let cut = MIN_DEMONYM_STEM_BEFORE_AN; cut < loose.length; cut++) {
    const region = stems.get(loose.slice(0, cut));
    const ending = loose.slice(cut);
    // A word on -an- that ends in the vowel of a feminine noun is a place's case form (Indiana,
    // Indiany, Индианы), never the people (Amerykanie, Američané, американцы).
    if (AN_ENDING.test(ending) && ending.endsWith('an') && PLACE_VOWEL_TAIL.test(word)) continue;
    if (region && endings.test(ending) && (cut >= MIN_DEMONYM_STEM || AN_ENDING.test(ending))) return region;
    // k alternates with č/ц before -an (Amerika → Američané, Америка → американцы is kept): ameri-čan.
    const beforeK = stems.get(`${loose.slice(0, cut)}k`);
    if (beforeK && /^si?an$/.test(ending) && cut + 1 >= MIN_DEMONYM_STEM) return beforeK;
  }
  return null;
}

/**
 * The region a name stands for, for grouping mentions into one entity: a country or the EU by its
 * CLDR name in any case form (countryOf, and Slavic stem alternations in the mention's language:
 * Polsce, Niemiec, Włoszech), by its abbreviation (ФРГ, RFN, ČR, ЕС), or by its people (Rosjanie,
 * Британцы: SlavicNER and news readers alike take "the Russians said" as Russia speaking).
 */
export function regionOf(words: readonly string[], lang?: string, locales: readonly string[] = LOCALES): string | null {
  const region = cldrRegion(words, lang, locales);
  if (region) return region;
  const other = OTHER_NAME_OF.get(keyOfWords(words, words.length > 1 ? laxKey : looseKey));
  if (other) return other;
  if (words.length !== 1) return null;
  const word = words[0]!;
  const abbreviation = ABBREVIATION_OF.get(word);
  if (abbreviation && (!lang || abbreviation.langs.has(lang))) return abbreviation.region;
  if (!lang || !SLAVIC.has(lang)) return lang === 'en' ? demonymRegion(word, lang, locales) : null;
  const irregular = irregularDemonymRegion(word, lang);
  if (irregular) return irregular;
  const own = index(locales).byLocale.get(lang);
  for (const stem of alternatedStems(word)) {
    const found = own?.get(stem) ?? OTHER_NAME_OF.get(stem);
    if (found) return found;
  }
  return demonymRegion(word, lang, locales);
}

const regionNames = new Map<string, Intl.DisplayNames | null>();
/** A region's CLDR name in a language (Germany, European Union), or null where the runtime lacks it. */
export function regionName(region: string, lang: string): string | null {
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  return names?.of(region) ?? null;
}
