/**
 * Country and region names in every language, from the runtime's CLDR data (`Intl.DisplayNames`,
 * build time only): Russia, Rusko, Rosja, Россия and Rusland are all region RU, so their mentions
 * are one entity whatever the corpus languages. Names are compared by their loose keys (name key
 * without a case ending, see boundaries.ts), so Rosji and Niemczech find Rosja and Niemcy too.
 */
import { looseKey } from './boundaries';

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
      // Pseudo-regions and groupings (EU, UN, XK is Kosovo, kept; QO "Outlying Oceania") are left out.
      if (code === 'EU' || code === 'EZ' || code === 'UN' || code === 'ZZ' || code.startsWith('Q')) continue;
      const longName = long.of(code);
      // The short form differs for a handful of regions only (US, UK, Hong Kong): asked only then.
      const shortName = english.of(code) !== englishShort.of(code) ? short.of(code) : undefined;
      for (const name of [longName, shortName]) {
        if (!name || name === code) continue;
        const key = name
          .split(/[\s\u00a0-]+/)
          .filter(Boolean)
          .map(looseKey)
          .join(' ');
        if (key.replace(/ /g, '').length < MIN_KEY) continue;
        const id = idOf.get(code)!;
        if (!own.has(key)) own.set(key, id);
        const other = found.get(key);
        if (other !== undefined && other !== id) ambiguous.add(key);
        else found.set(key, id);
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

/**
 * The region code (ISO 3166) a name's words spell, in any case form: in the mention's language
 * first, then in any of `locales` (default: all of LOCALES); or null.
 */
export function countryOf(
  words: readonly string[],
  lang?: string,
  locales: readonly string[] = LOCALES,
): string | null {
  const key = words
    .flatMap((w) => w.split(/[\s\u00a0-]+/))
    .filter(Boolean)
    .map(looseKey)
    .join(' ');
  const { all, byLocale } = index(locales);
  return (lang ? byLocale.get(lang)?.get(key) : undefined) ?? all.get(key) ?? null;
}
