/**
 * Well-known places across languages, scripts and cases (gazetteer.ts, from CLDR's exemplar cities
 * and the curated table): their spellings become one entity, typed place and named in the UI
 * language where the corpus writes in it.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { placeName, placeOf } from '../../../lib/entities/gazetteer';
import { corpusOf } from '../entitiesCorpus';

const place = (name: string, lang: string) => placeOf(name.split(' '), lang);

describe('placeOf: a place in every language, script and case', () => {
  it('reads CLDR cities in their case forms', () => {
    for (const [form, lang] of [
      ['Kyiv', 'en'],
      ['Kijów', 'pl'],
      ['Kijowie', 'pl'],
      ['Kijowa', 'pl'],
      ['Kyjev', 'cs'],
      ['Kyjevě', 'cs'],
      ['Киев', 'ru'],
      ['Киеве', 'ru'],
      ['Kiew', 'de'],
    ])
      expect(place(form!, lang!), form).toBe('tz:Europe/Kiev');
    for (const [form, lang] of [
      ['Bruksela', 'pl'],
      ['Brukseli', 'pl'],
      ['Brusel', 'cs'],
      ['Брюсселе', 'ru'],
    ])
      expect(place(form!, lang!), form).toBe('tz:Europe/Brussels');
    expect(place('Nowym Jorku', 'pl')).toBe('tz:America/New_York');
    expect(place('Нью-Йорка', 'ru')).toBe('tz:America/New_York');
  });

  it('reads instrumental and locative forms on -ov-/-ow- (Charkowem, Харьковом, Charkově)', () => {
    expect(place('Charkowem', 'pl')).toBe('curated:kharkiv');
    expect(place('Харьковом', 'ru')).toBe('curated:kharkiv');
    expect(place('Bachmutu', 'pl')).toBe('curated:bakhmut');
    expect(place('Бахмута', 'ru')).toBe('curated:bakhmut');
  });

  it('reads the curated places CLDR lacks', () => {
    for (const [form, lang] of [
      ['Lahaur', 'pl'],
      ['Лахор', 'ru'],
      ['Lahore', 'en'],
    ])
      expect(place(form!, lang!), form).toBe('curated:lahore');
    for (const [form, lang] of [
      ['Charków', 'pl'],
      ['Charkowie', 'pl'],
      ['Харькове', 'ru'],
      ['Kharkiv', 'en'],
    ])
      expect(place(form!, lang!), form).toBe('curated:kharkiv');
    expect(place('Karolinie Północnej', 'pl')).toBe('curated:north-carolina');
    expect(place('Северной Каролине', 'ru')).toBe('curated:north-carolina');
  });

  it('reads Slavic locatives whose last consonant alternates, in their own language', () => {
    expect(place('Alasce', 'pl')).toBe('curated:alaska');
    expect(place('Pradze', 'pl')).toBe('tz:Europe/Prague');
    expect(place('Bukareszcie', 'pl')).toBe('tz:Europe/Bucharest');
    expect(place('Praze', 'en')).toBeNull();
    // Czech Praze keeps the key of Polish Pracy ("of work"): it is left to the corpus's own links.
    expect(place('Praze', 'cs')).toBeNull();
  });

  it('reads only the languages asked for, and English', () => {
    expect(placeOf(['Tukholma'], 'pl', ['pl'])).toBeNull();
    expect(placeOf(['Tukholma'], 'pl', ['pl', 'fi'])).toBe('tz:Europe/Stockholm');
    expect(placeOf(['Kyiv'], 'pl', ['pl'])).toBe('tz:Europe/Kiev');
  });

  it('leaves ordinary words, given names and other names alone', () => {
    for (const [word, lang] of [
      ['Reading', 'en'],
      ['Nice', 'en'],
      ['Center', 'en'],
      ['Sofia', 'en'],
      ['Darwin', 'en'],
      ['Gazprom', 'ru'],
      ['Putin', 'pl'],
    ])
      expect(place(word!, lang!), word).toBeNull();
  });

  it('reads the case forms of short names only where they are spelled like the name (Бучи, not Буша)', () => {
    for (const [form, lang] of [
      ['Буча', 'ru'],
      ['Бучи', 'ru'],
      ['Буче', 'ru'],
      ['Buczy', 'pl'],
      ['Buče', 'cs'],
      ['Bucha', 'en'],
    ])
      expect(place(form!, lang!), form).toBe('curated:bucha');
    for (const [word, lang] of [
      ['Буша', 'ru'], // Bush's genitive: the same key as Буча
      ['Бушу', 'ru'],
      ['Říha', 'cs'], // a Czech surname with Riga's key
      ['Lime', 'en'], // English declines no names: no Lima
    ])
      expect(place(word!, lang!), word).toBeNull();
    expect(place('Rigy', 'cs')).toBe('tz:Europe/Riga');
  });

  it('never takes a shorter word whose ending the loose key would strip for the place’s (Сара, Hart, Буша)', () => {
    for (const [word, lang] of [
      ['Сара', 'ru'], // Сараево
      ['Sara', 'pl'],
      ['Hart', 'en'], // Хартум
      ['Bomb', 'en'], // Bombay
      ['Salt', 'en'], // Salta
      ['SALTA', 'en'], // an acronym is spelled, not inflected
    ])
      expect(place(word!, lang!), word).toBeNull();
    expect(place('Сараева', 'ru')).toBe('tz:Europe/Sarajevo');
  });

  it('names a place in a language, or in English where the language has no name of its own', () => {
    expect(placeName('tz:Europe/Kiev', 'pl')).toBe('Kijów');
    expect(placeName('tz:Europe/Kiev', 'en')).toBe('Kyiv');
    expect(placeName('curated:kharkiv', 'cs')).toBe('Charkov');
    expect(placeName('curated:kharkiv', 'sv')).toBe('Kharkiv');
    expect(placeName('tz:Nowhere/Atlantis', 'en')).toBeNull();
  });
});

describe('extraction: one entity per place, whatever the language', () => {
  const articles = [
    { id: 'pl', lang: 'pl', text: 'Władze w Kijowie odpowiedziały.\nDelegacja przyjechała do Kijowa w piątek.' },
    { id: 'cs', lang: 'cs', text: 'V Kyjevě se sešli ministři.\nKyjev odmítl návrh.' },
    { id: 'ru', lang: 'ru', text: 'В Киеве прошла встреча.\nКиев ответил на заявление.' },
    { id: 'pl2', lang: 'pl', text: 'Spotkanie odbyło się w Lahaur.\nW Lahaur protestowano.' },
    { id: 'ru2', lang: 'ru', text: 'В Лахоре прошли протесты.\nЛахор остаётся центром.' },
  ];
  const holder = (entities: Entity[], spelling: string) =>
    entities.find((e) => e.aliases.some((a) => a.text === spelling));

  it('joins the spellings and case forms of one city, typed place', () => {
    const { entities } = extractEntities({ ...corpusOf(articles), uiLang: 'en' });
    const kyiv = holder(entities, 'Kijowie');
    expect(kyiv?.type).toBe('place');
    for (const spelling of ['Kijowa', 'Kyjevě', 'Kyjev', 'Киеве', 'Киев'])
      expect(holder(entities, spelling)?.id, spelling).toBe(kyiv?.id);
    const lahore = holder(entities, 'Lahaur');
    expect(lahore?.type).toBe('place');
    expect(holder(entities, 'Лахоре')?.id).toBe(lahore?.id);
  });

  it('is named in the UI language where the corpus writes in it, else in the language most mentions are in', () => {
    const inPolish = extractEntities({ ...corpusOf(articles), uiLang: 'pl' }).entities;
    expect(holder(inPolish, 'Kijowie')?.name).toBe('Kijów');
    const inCzech = extractEntities({ ...corpusOf(articles), uiLang: 'cs' }).entities;
    expect(holder(inCzech, 'Kijowie')?.name).toBe('Kyjev');
  });
});
