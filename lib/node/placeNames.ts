/**
 * Well-known places' names in several languages, for the entity build's gazetteer
 * (lib/entities/gazetteer.ts), read at build time (Node only) from:
 * - CLDR's exemplar cities (`cldr-dates-full`, Unicode-3.0): the city each time zone is named after,
 *   as every locale writes it (Europe/Kiev is Kyiv, Kijów, Kyjev, Киев, Kiew). A locale that gives
 *   no name of its own inherits the zone id's (Europe/Berlin: Berlin), as CLDR itself does;
 * - the curated table lib/entities/data/places.json (places no zone is named after: Kharkiv,
 *   Donbas, Lahore …), whose header names its source.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import curatedPlacesJson from '../entities/data/places.json';
import type { PlaceSpellings } from '../names/resources';

/** Languages whose place names are read: the languages of Europe Factlight's corpora are written in. */
export const PLACE_NAME_LANGS: readonly string[] =
  'en de fr it es pt nl da sv nb fi et lv lt pl cs sk sl hr sr bg ru uk be ro hu el tr'.split(' ');

/**
 * Zones whose "city" is no city a reader knows by that name: research stations and territories
 * (Antarctica/Palmer, Davis, Casey are surnames), the Etc pseudo-zones, and the county seats that
 * name US sub-zones (America/Indiana/Knox, North_Dakota/Center, Kentucky/Monticello).
 */
const SKIPPED_ZONES = /^(?:Antarctica|Etc|Arctic)\/|^America\/(?:Indiana|Kentucky|North_Dakota)\//;

/** The curated table's shape: a source note and rows of names per language, the usual one first. */
export interface CuratedPlaces {
  source: string;
  places: { id: string; names: Record<string, string[]> }[];
}
const curatedPlaces = curatedPlacesJson as CuratedPlaces;

interface ZoneNode {
  exemplarCity?: string;
  [key: string]: unknown;
}

/** Zone id → exemplar city of one locale's timeZoneNames.json (only those the locale names itself). */
function exemplarCities(path: string): Map<string, string> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
  };
  const zones = Object.values(json.main)[0]!.dates.timeZoneNames.zone;
  const found = new Map<string, string>();
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const child = value as ZoneNode;
      const id = prefix + key;
      if (typeof child.exemplarCity === 'string') found.set(id, child.exemplarCity);
      // A zone with names but no exemplar (metazone-like long/short only) has no deeper zones.
      else if (!('long' in child) && !('short' in child)) walk(child, `${id}/`);
    }
  };
  walk(zones, '');
  return found;
}

/** Every zone id some locale names a city for, with the city its id names (Europe/Kiev: Kiev). */
function zoneCities(byLang: ReadonlyMap<string, ReadonlyMap<string, string>>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const cities of byLang.values())
    for (const id of cities.keys()) ids.set(id, id.split('/').pop()!.replace(/_/g, ' '));
  return ids;
}

/** Reads the CLDR exemplar cities and the curated table into one {@link PlaceSpellings}. */
export function loadPlaceSpellings(): PlaceSpellings {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('cldr-dates-full/package.json'));
  const places: PlaceSpellings = {};
  const byLang = new Map(
    PLACE_NAME_LANGS.map((lang) => [lang, exemplarCities(join(dir, 'main', lang, 'timeZoneNames.json'))] as const),
  );
  for (const [id, city] of zoneCities(byLang)) {
    if (SKIPPED_ZONES.test(id) || /\s\(|&/.test(city)) continue;
    // English always; another language only where its name differs (the gazetteer falls back to English's).
    const english = byLang.get('en')!.get(id) ?? city;
    const names: Record<string, string[]> = { en: english === city ? [english] : [english, city] };
    for (const lang of PLACE_NAME_LANGS) {
      const name = byLang.get(lang)!.get(id) ?? city;
      if (name !== english) names[lang] = [name];
    }
    places[`tz:${id}`] = names;
  }
  for (const place of curatedPlaces.places) places[`curated:${place.id}`] = place.names;
  return places;
}
