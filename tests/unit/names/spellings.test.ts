/**
 * Spellings of the corpus's entities across languages, scripts and case endings
 * (tests/fixtures/names/spellings.json): each must be found as its entity in a neutral sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherData } from '../../../lib/names/build';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';

const dir = new URL('../../fixtures/names/', import.meta.url);
const entities = JSON.parse(readFileSync(new URL('entities.json', dir), 'utf8')) as MatcherEntity[];
const spellings = JSON.parse(readFileSync(new URL('spellings.json', dir), 'utf8')) as Record<string, string[]>;
const matcher = createMatcher(buildMatcherData(entities));

describe('spellings of the corpus entities', () => {
  it.each(Object.entries(spellings))('finds every spelling of %s', (id, words) => {
    const missed = words.filter((w) => {
      const text = `Officials met ${w} yesterday.`;
      // The span is the word, or its name part before an apostrophe, colon or hyphen suffix (Putin's, USA:n, TASS-a).
      const accepted = new Set([w, w.split(/['\u2019:-]/)[0]]);
      return !matcher.match(text).some((s) => s.entityId === id && accepted.has(text.slice(s.start, s.end)));
    });
    expect(missed).toEqual([]);
  });
});
