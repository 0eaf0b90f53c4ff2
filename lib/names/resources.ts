/**
 * The language resources the matcher build reads (word lists, frequent English words, country
 * names), behind one provider so that `build.ts` stays pure: Node reads them from their packages
 * (`lib/node/nameResources.ts`), the extension from the copy it ships. Without a provider the build
 * runs without them (no `common` words, no extra country spellings), never with an error.
 */

/** What the build needs from the published word lists and CLDR-style country names. */
export interface NameResources {
  /** Words of each language (ISO 639-1), as published (mostly lower case). */
  wordLists: Record<string, string[]>;
  /** Frequent ordinary English words: lower-case dictionary entries among the most frequent. */
  frequentEnglish: string[];
  /** Country names: ISO 3166 alpha-2 code → language → every name of the country in it. */
  countryNames: Record<string, Record<string, string[]>>;
  /** Well-known places (cities of 100,000 people or more and their provinces), for entity types. */
  placeNames: string[];
  /**
   * Well-known places' names in several languages (CLDR's exemplar cities and the curated table
   * lib/entities/data/places.json), for merging their spellings into one entity. Absent in a copy
   * made before they were added: the build then merges places as it did before.
   */
  placeSpellings?: PlaceSpellings;
  /**
   * Common given names of the European languages (and English, Turkish), for telling a person's
   * full name from an institution's. Absent in a copy made before they were added.
   */
  givenNames?: string[];
}

/** Place id (`tz:Europe/Kiev`, `curated:kharkiv`) → language → the place's names in it, the usual one first. */
export type PlaceSpellings = Record<string, Record<string, string[]>>;

/** Format version of a serialised {@link NameResources} (the extension's `name-resources.json`). */
export const NAME_RESOURCES_VERSION = 1;

let loader: (() => NameResources) | undefined;
let loaded: NameResources | undefined;

/** Sets where the resources come from; they are loaded on first use, once. */
export function provideNameResources(load: () => NameResources): void {
  loader = load;
  loaded = undefined;
}

/** The resources, or undefined when no provider was set. */
export function nameResources(): NameResources | undefined {
  if (!loaded && loader) loaded = loader();
  return loaded;
}

/**
 * Checks a serialised copy (the extension's `name-resources.json`): the right version and the three
 * parts of the right kinds. Throws an error that names what is wrong.
 */
export function parseNameResources(value: unknown): NameResources {
  const v = value as Partial<NameResources> & { version?: unknown };
  if (!v || typeof v !== 'object') throw new Error('Factlight: name resources are not an object');
  if (v.version !== NAME_RESOURCES_VERSION) {
    throw new Error(`Factlight: name resources are version ${String(v.version)}, expected ${NAME_RESOURCES_VERSION}`);
  }
  const isLists = (x: unknown) => !!x && typeof x === 'object' && Object.values(x).every((list) => Array.isArray(list));
  if (!isLists(v.wordLists)) throw new Error('Factlight: name resources lack their word lists');
  if (!Array.isArray(v.frequentEnglish)) throw new Error('Factlight: name resources lack the frequent English words');
  if (!v.countryNames || typeof v.countryNames !== 'object') {
    throw new Error('Factlight: name resources lack the country names');
  }
  if (!Array.isArray(v.placeNames)) throw new Error('Factlight: name resources lack the place names');
  if (v.placeSpellings !== undefined && (!v.placeSpellings || typeof v.placeSpellings !== 'object')) {
    throw new Error('Factlight: name resources have place spellings that are not an object');
  }
  if (v.givenNames !== undefined && !Array.isArray(v.givenNames)) {
    throw new Error('Factlight: name resources have given names that are not a list');
  }
  return {
    ...(v.placeSpellings ? { placeSpellings: v.placeSpellings } : {}),
    ...(v.givenNames ? { givenNames: v.givenNames } : {}),
    wordLists: v.wordLists!,
    frequentEnglish: v.frequentEnglish,
    countryNames: v.countryNames,
    placeNames: v.placeNames,
  };
}
