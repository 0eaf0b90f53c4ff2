/** Issue 13: the text's language for the matcher, and what it changes (endings, common words). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherData } from '../../../lib/names/build';
import { primaryLanguage, textLanguage } from '../../../lib/names/language';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';

const entities = JSON.parse(
  readFileSync(new URL('../../fixtures/names/entities.json', import.meta.url), 'utf8'),
) as MatcherEntity[];
const data = buildMatcherData(entities);
const matcher = createMatcher(data);
const names = (text: string, lang?: string) =>
  matcher.match(text, { lang }).map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`);

describe('textLanguage', () => {
  it('takes the element lang, else the page lang, else the detector', () => {
    expect(textLanguage('en-GB', 'de', 'x')).toBe('en');
    expect(textLanguage(null, 'pl-PL', 'x')).toBe('pl');
    expect(textLanguage('', undefined, 'Hvad sagde han', () => 'da')).toBe('da');
    expect(textLanguage('und', 'zxx', 'text')).toBeUndefined();
    expect(textLanguage(undefined, undefined, 'text', () => undefined)).toBeUndefined();
  });

  it('reads the primary subtag of a BCP 47 tag', () => {
    expect(primaryLanguage('PT_br')).toBe('pt');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage('x')).toBeUndefined();
    expect(primaryLanguage('mul')).toBeUndefined();
  });
});

describe('matcher with a language', () => {
  it('gives an English text only the possessive -s, other texts their case endings', () => {
    expect(names('The NATO Summit opened in The Hague.', 'en')).toEqual(['NATO=nato']);
    expect(names('Rozmowa Putina z Trumpem trwała godzinę.', 'pl')).toEqual([
      'Putina=vladimir-putin',
      'Trumpem=donald-trump',
    ]);
    expect(names('Putyinnak és Trumpnak.', 'hu')).toEqual(['Putyinnak=vladimir-putin', 'Trumpnak=donald-trump']);
  });

  it('ships common words only as collisions with the corpus (a few kB), and never lights them', () => {
    expect(data.common?.en?.split(' ')).toContain('crime');
    expect(JSON.stringify(data.common).length).toBeLessThan(12_000);
    expect(names('Crime Prevention and Community Services', 'en')).toEqual([]);
    expect(names('Crime Prevention and Community Services')).toEqual([]);
  });

  it('finds the names of Title Case and all-caps headlines', () => {
    expect(names('Witkoff Meets Putin in Moscow Ahead of Trump Deadline', 'en')).toEqual([
      'Witkoff=steve-witkoff',
      'Putin=vladimir-putin',
      'Moscow=moskva',
      'Trump=donald-trump',
    ]);
    expect(names('KREMLIN SAYS PUTIN WILL NOT MEET ZELENSKY', 'en')).toEqual([
      'KREMLIN=kreml',
      'PUTIN=vladimir-putin',
      'ZELENSKY=volodymyr-zelenskyj',
    ]);
    // Running text keeps its guards: a capitalised unknown word before a surname is another person.
    expect(names('The singer Melania Trump arrived.', 'en')).toEqual([]);
  });

  it('does not take relatives, namesakes or places elsewhere for the entity', () => {
    expect(names("Putin's daughter Maria is a doctor.", 'en')).toEqual([]);
    expect(names('Donald Trump Jr. spoke.', 'en')).toEqual([]);
    expect(names('Putins Tochter ist Ärztin.', 'de')).toEqual([]);
    expect(names('Сын Байдена дал показания.', 'ru')).toEqual([]);
    expect(names('He moved to Moscow, Idaho, in May.', 'en')).toEqual([]);
    expect(names('He flew from Moscow, Washington and Kyiv said.', 'en')).toEqual([
      'Moscow=moskva',
      'Washington=washington',
      'Kyiv=kyiv',
    ]);
    expect(names('The actor Denzel Washington won.', 'en')).toEqual([]);
    expect(names('The charset defaults to US-ASCII here.', 'en')).toEqual([]);
    expect(names('The US-Russian talks and US-EU trade went on.', 'en')).toEqual(['US=usa', 'US=usa']);
    expect(names('Fighting in Eastern Ukraine went on.', 'en')).toEqual(['Ukraine=ukraine']);
  });
});
