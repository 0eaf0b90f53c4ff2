/**
 * Regions for grouping mentions (countries.ts regionOf): a country or the EU in every case form of
 * its CLDR names, by its abbreviation and by its people, per language; and what must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { countryOf, regionOf } from '../../../lib/entities/countries';

const LOCALES = ['cs', 'en', 'pl', 'ru'];
const region = (name: string, lang: string) => regionOf(name.split(' '), lang, LOCALES);

describe('regionOf: case forms of CLDR names', () => {
  it('Polish: stem alternations and the mobile e', () => {
    for (const form of ['Niemcy', 'Niemiec', 'Niemczech', 'Niemcom']) expect(region(form, 'pl'), form).toBe('DE');
    for (const form of ['Polska', 'Polski', 'Polsce']) expect(region(form, 'pl'), form).toBe('PL');
    expect(region('Włoszech', 'pl')).toBe('IT');
    for (const form of ['Węgry', 'Węgier', 'Węgrzech']) expect(region(form, 'pl'), form).toBe('HU');
  });
  it('Czech and Russian case forms', () => {
    for (const form of ['Německo', 'Německa', 'Německu']) expect(region(form, 'cs'), form).toBe('DE');
    for (const form of ['Германия', 'Германии', 'Германию']) expect(region(form, 'ru'), form).toBe('DE');
    expect(region('Соединённых Штатов', 'ru')).toBe('US');
  });
  it('the European Union, in full and in short, is region EU; countryOf (typing) never gives it', () => {
    expect(region('Unii Europejskiej', 'pl')).toBe('EU');
    expect(region('Unia Europejska', 'pl')).toBe('EU');
    expect(region('Evropské unie', 'cs')).toBe('EU');
    expect(region('Евросоюза', 'ru')).toBe('EU');
    expect(countryOf(['Unia', 'Europejska'], 'pl', LOCALES)).toBeNull();
  });
});

describe('regionOf: abbreviations, in their own language only', () => {
  it('reads each language its own', () => {
    expect(region('ФРГ', 'ru')).toBe('DE');
    expect(region('RFN', 'pl')).toBe('DE');
    expect(region('РФ', 'ru')).toBe('RU');
    expect(region('ČR', 'cs')).toBe('CZ');
    expect(region('UE', 'pl')).toBe('EU');
    expect(region('ЕС', 'ru')).toBe('EU');
    expect(region('США', 'ru')).toBe('US');
  });
  it('an abbreviation of another language, or not in capitals, is nothing', () => {
    expect(region('RFN', 'cs')).toBeNull();
    expect(region('Rfn', 'pl')).toBeNull();
  });
  it('official names CLDR lacks', () => {
    expect(region('Российской Федерации', 'ru')).toBe('RU');
    expect(region('Zjednoczonego Królestwa', 'pl')).toBe('GB');
    for (const form of ['Ameryka', 'Ameryce', 'Amerykanie']) expect(region(form, 'pl'), form).toBe('US');
    for (const form of ['Američané', 'Amerika']) expect(region(form, 'cs'), form).toBe('US');
    expect(region('Америке', 'ru')).toBe('US');
  });
  it('an acronym is no case form of a country (SARS is not Sark)', () => {
    expect(region('SARS', 'ru')).toBeNull();
    expect(region('SARS', 'pl')).toBeNull();
  });
});

describe('regionOf: demonyms join their country', () => {
  it('Polish', () => {
    for (const form of ['Rosjanie', 'Rosjan']) expect(region(form, 'pl'), form).toBe('RU');
    expect(region('Ukraińcy', 'pl')).toBe('UA');
    expect(region('Francuzi', 'pl')).toBe('FR');
    expect(region('Irlandczyków', 'pl')).toBe('IE');
    expect(region('Portugalczycy', 'pl')).toBe('PT');
  });
  it('Czech and Russian', () => {
    expect(region('Francouzi', 'cs')).toBe('FR');
    expect(region('Izraelců', 'cs')).toBe('IL');
    expect(region('Россияне', 'ru')).toBe('RU');
    expect(region('Украинцы', 'ru')).toBe('UA');
  });
  it('irregular ones the stem does not give (Rusové of Rusko, Polacy of Polska, Brytyjczycy)', () => {
    for (const form of ['Rusové', 'Rusů', 'Rusům']) expect(region(form, 'cs'), form).toBe('RU');
    for (const form of ['Češi', 'Čechů']) expect(region(form, 'cs'), form).toBe('CZ');
    expect(region('Britové', 'cs')).toBe('GB');
    expect(region('Poláci', 'cs')).toBe('PL');
    for (const form of ['Polacy', 'Polak', 'Polaków']) expect(region(form, 'pl'), form).toBe('PL');
    for (const form of ['Brytyjczycy', 'Brytyjczyków']) expect(region(form, 'pl'), form).toBe('GB');
    expect(region('Szwedzi', 'pl')).toBe('SE');
    expect(region('Duńczycy', 'pl')).toBe('DK');
    // Rus is Kievan Rus'; Polish has its own words for Russians.
    expect(region('Rus', 'cs')).toBeNull();
    expect(region('Rusové', 'pl')).toBeNull();
  });
  it('adjectives, given names and other words on a country stem stay apart', () => {
    for (const word of ['Rosyjskie', 'Franciszem', 'Franciszek']) expect(region(word, 'pl'), word).toBeNull();
    expect(region('Francouzské', 'cs')).toBeNull();
    expect(region('Российский', 'ru')).toBeNull();
    expect(region('Республиканцы', 'ru')).toBeNull();
  });
  it('a place’s feminine case form is no country’s people (Indiana, Индианы are not Indians of India)', () => {
    for (const word of ['Indiana', 'Indiany', 'Indianę']) expect(region(word, 'pl'), word).toBeNull();
    expect(region('Индианы', 'ru')).toBeNull();
    expect(region('Индии', 'ru')).toBe('IN');
  });
});
