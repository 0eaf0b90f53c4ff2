/** The serialised name resources (the extension's name-resources.json) keep the gazetteer's place spellings. */
import { describe, expect, it } from 'vitest';
import { NAME_RESOURCES_VERSION, parseNameResources } from '../../../lib/names/resources';

const base = { version: NAME_RESOURCES_VERSION, wordLists: {}, frequentEnglish: [], countryNames: {}, placeNames: [] };

describe('parseNameResources: place spellings', () => {
  it('keeps them when present', () => {
    const placeSpellings = { 'tz:Europe/Kiev': { en: ['Kyiv'], pl: ['Kijów'] } };
    expect(parseNameResources({ ...base, placeSpellings }).placeSpellings).toEqual(placeSpellings);
  });
  it('accepts a copy without them (the build then has no gazetteer)', () => {
    expect(parseNameResources(base).placeSpellings).toBeUndefined();
  });
  it('rejects place spellings that are not an object', () => {
    expect(() => parseNameResources({ ...base, placeSpellings: 'Kyiv' })).toThrow(/^Factlight: .*place spellings/);
  });
});
