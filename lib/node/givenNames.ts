/**
 * Common given names, read from @faker-js/faker's locale data (Node only). Faker is a well-kept
 * package whose locales list each language's usual first names (male, female, generic): Polish
 * Przemysław, Czech Vojtěch, Russian Алексей, Dutch Frans. The entity build uses them to tell a
 * person's full name from an institution's (lib/entities/keys.ts `isKnownGivenName`).
 */
import { createRequire } from 'node:module';

/**
 * The locales read: Europe's languages, English and Turkish. Faker fills a locale without names of
 * its own with English ones; those are read once, from `en`.
 */
const LOCALES = [
  'en',
  'cs_CZ',
  'da',
  'de',
  'el',
  'es',
  'fi',
  'fr',
  'hr',
  'hu',
  'it',
  'lv',
  'mk',
  'nb_NO',
  'nl',
  'pl',
  'pt_PT',
  'ro',
  'ru',
  'sk',
  'sl_SI',
  'sr_RS_latin',
  'sv',
  'tr',
  'uk',
];

type PersonDefinitions = { first_name?: Record<string, string[]>; last_name?: Record<string, string[]> };

/**
 * Every given name of those locales, once, sorted; without the words their locales list as surnames
 * too (Johnson, Thomas): such a word before another name proves no person.
 */
export function loadGivenNames(): string[] {
  const require = createRequire(import.meta.url);
  const { allFakers } = require('@faker-js/faker') as {
    allFakers: Record<string, { rawDefinitions: { person?: PersonDefinitions } }>;
  };
  const names = new Set<string>();
  const surnames = new Set<string>();
  for (const locale of LOCALES) {
    const person = allFakers[locale]?.rawDefinitions.person;
    if (!person?.first_name) throw new Error(`Factlight: @faker-js/faker has no first names for ${locale}`);
    for (const list of Object.values(person.first_name))
      for (const name of list) if (/^\p{Lu}\p{Ll}+$/u.test(name)) names.add(name);
    for (const list of Object.values(person.last_name ?? {})) for (const name of list) surnames.add(name);
  }
  return [...names].filter((name) => !surnames.has(name)).sort();
}
