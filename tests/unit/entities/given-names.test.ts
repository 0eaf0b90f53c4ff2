/**
 * Given names from the name resources (@faker-js/faker's locales, lib/node/givenNames.ts) tell a
 * person's full name from an institution's, in their case forms; words that are also places,
 * countries, frequent English words or surnames are no evidence.
 */
import { describe, expect, it } from 'vitest';
import { isKnownGivenName } from '../../../lib/entities/keys';
import { loadGivenNames } from '../../../lib/node/givenNames';

describe('given names', () => {
  it('are read from every locale, without the surnames', () => {
    const names = new Set(loadGivenNames());
    for (const name of ['Nigel', 'Vlastimil', 'Алексей', 'Paweł', 'Ursula']) expect(names.has(name), name).toBe(true);
    expect(names.has('Johnson')).toBe(false);
  });
  it('are known in their case forms', () => {
    for (const word of ['Nigel', 'Алексея', 'Алексею', 'Jarosława', 'Vlastimila', 'Donalda', 'Дональда'])
      expect(isKnownGivenName(word), word).toBe(true);
  });
  it('are not places, countries, ordinary words, or words in lower case', () => {
    for (const word of ['Georgia', 'Sofia', 'Jordan', 'Victoria', 'Северный', 'Johnson', 'nigel'])
      expect(isKnownGivenName(word), word).toBe(false);
  });
});
