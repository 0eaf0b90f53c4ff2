/**
 * Well-known places for typing entities: the cities of 100,000 people or more and the provinces and
 * states they lie in, from the `city-timezones` package (its `cityMapping`, built from Natural
 * Earth's populated places; MIT). Build time only, in Node. Names are compared by loose keys (see
 * boundaries.ts), so case forms and other scripts meet them too (Helsingin, Хельсинки; Wisconsinu).
 *
 * Only a type cue: it decides a name's type when its mentions give no other, never whether a word
 * is a name (Reading, Mobile and Nice are cities too).
 */
import { createRequire } from 'node:module';
import { looseKey } from './boundaries';

/** Smallest city population that counts as well known. */
const MIN_POPULATION = 100_000;

interface CityRecord {
  city: string;
  city_ascii: string;
  province: string;
  pop: number;
}

let placeKeys: Set<string> | undefined;

const keyOf = (name: string) =>
  name
    .split(/[\s\u00a0-]+/)
    .filter(Boolean)
    .map(looseKey)
    .join(' ');

function index(): Set<string> {
  if (placeKeys) return placeKeys;
  const require = createRequire(import.meta.url);
  const { cityMapping } = require('city-timezones') as { cityMapping: CityRecord[] };
  placeKeys = new Set();
  for (const c of cityMapping) {
    if (c.pop < MIN_POPULATION) continue;
    for (const name of [c.city, c.city_ascii, c.province]) if (name) placeKeys.add(keyOf(name));
  }
  placeKeys.delete('');
  return placeKeys;
}

/** Is this name (its words) a well-known city, province or state, in any case form? */
export function isWellKnownPlace(words: readonly string[]): boolean {
  return index().has(words.map(looseKey).join(' '));
}
