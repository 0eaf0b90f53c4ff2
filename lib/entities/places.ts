/**
 * Well-known places for typing entities: the cities of 100,000 people or more and the provinces and
 * states they lie in, from the `city-timezones` package (its `cityMapping`, built from Natural
 * Earth's populated places; MIT), read through the build's name resources (lib/names/resources.ts). Names are compared by loose keys (see
 * boundaries.ts), so case forms and other scripts meet them too (Helsingin, Хельсинки; Wisconsinu).
 *
 * Only a type cue: it decides a name's type when its mentions give no other, never whether a word
 * is a name (Reading, Mobile and Nice are cities too).
 */
import { nameResources, type NameResources } from '../names/resources';
import { looseKey } from './keys';

const keyOf = (name: string) =>
  name
    .split(/[\s\u00a0-]+/)
    .filter(Boolean)
    .map(looseKey)
    .join(' ');

const indexCache = new WeakMap<NameResources, Set<string>>();
function index(): Set<string> {
  const resources = nameResources();
  if (!resources) return new Set();
  let keys = indexCache.get(resources);
  if (!keys) {
    keys = new Set(resources.placeNames.map(keyOf));
    keys.delete('');
    indexCache.set(resources, keys);
  }
  return keys;
}

/** Is this name (its words) a well-known city, province or state, in any case form? */
export function isWellKnownPlace(words: readonly string[]): boolean {
  return index().has(words.map(looseKey).join(' '));
}
