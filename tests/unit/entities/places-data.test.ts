/**
 * Data lint of the curated place table (lib/entities/data/places.json), in the manner of Dark
 * Reader's config tests: every row complete and well-formed, no two rows (nor a row and a CLDR
 * city) sharing a name, and no name that is a common word of its language, a country or a known
 * given name, which would turn ordinary words or people into the place.
 */
import { describe, expect, it } from 'vitest';
import stopwords from 'stopwords-iso/stopwords-iso.json';
import '../../../lib/entities/extract'; // module order: boundaries before the gazetteer
import { looseKey } from '../../../lib/entities/keys';
import { countryOf } from '../../../lib/entities/countries';
import curatedJson from '../../../lib/entities/data/places.json';
import { isKnownGivenName } from '../../../lib/entities/keys';
import { nameResources } from '../../../lib/names/resources';
import { loadPlaceSpellings, type CuratedPlaces } from '../../../lib/node/placeNames';

const curated = curatedJson as CuratedPlaces;
const REQUIRED_LANGS = ['en', 'cs', 'pl', 'ru', 'uk', 'de', 'fr'];
const OPTIONAL_LANGS = ['da', 'nb', 'sv', 'fi'];
const CYRILLIC = new Set(['ru', 'uk']);
const keyOf = (name: string) =>
  name
    .split(/[\s\u00a0]+/)
    .map(looseKey)
    .join(' ');

describe('curated places table', () => {
  it('names its source', () => {
    expect(curated.source).toMatch(/Wikipedia/);
  });

  it('every row has an id of its own and a name in each required language', () => {
    const ids = curated.places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, names } of curated.places) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      for (const lang of REQUIRED_LANGS) expect(names[lang]?.length ?? 0, `${id} lacks ${lang}`).toBeGreaterThan(0);
      for (const lang of Object.keys(names))
        expect([...REQUIRED_LANGS, ...OPTIONAL_LANGS], `${id}: ${lang}`).toContain(lang);
    }
  });

  it('every name is trimmed, NFC, capitalised and in its language’s script, once per language', () => {
    for (const { id, names } of curated.places) {
      for (const [lang, spelled] of Object.entries(names)) {
        expect(new Set(spelled).size, `${id}/${lang} repeats a name`).toBe(spelled.length);
        for (const name of spelled) {
          expect(name, id).toBe(name.trim().normalize('NFC'));
          expect(name, `${id}/${lang}`).toMatch(/^\p{Lu}/u);
          const script = CYRILLIC.has(lang) ? /^[\p{Script=Cyrillic}\s’ʼ'-]+$/u : /^[\p{Script=Latin}\s.'-]+$/u;
          expect(name, `${id}/${lang}`).toMatch(script);
        }
      }
    }
  });

  it('no two places share a name (by loose key), in the table or with a CLDR city', () => {
    const owner = new Map<string, string>();
    for (const [id, names] of Object.entries(loadPlaceSpellings())) {
      for (const spelled of Object.values(names)) {
        for (const name of spelled) {
          const key = keyOf(name);
          const other = owner.get(key);
          // Two CLDR zones may share a city's name in some language; the gazetteer drops such keys.
          if (other && other !== id && (id.startsWith('curated:') || other.startsWith('curated:')))
            expect.fail(`${name} (${id}) has the key of ${other}`);
          owner.set(key, id);
        }
      }
    }
  });

  it('no name is a common word, a country or a known given name', () => {
    const resources = nameResources()!;
    const common = (lang: string): Set<string> => {
      const words = new Set<string>((stopwords as Record<string, string[]>)[lang] ?? []);
      for (const w of lang === 'en' ? resources.frequentEnglish : (resources.wordLists[lang] ?? [])) words.add(w);
      return words;
    };
    for (const { id, names } of curated.places) {
      for (const [lang, spelled] of Object.entries(names)) {
        const words = common(lang);
        for (const name of spelled) {
          if (!name.includes(' ')) {
            expect(words.has(name.toLowerCase()), `${id}: ${name} is a common ${lang} word`).toBe(false);
            expect(isKnownGivenName(name), `${id}: ${name} is a given name`).toBe(false);
          }
          expect(countryOf(name.split(' '), lang), `${id}: ${name} is a country`).toBeNull();
        }
      }
    }
  });
});
