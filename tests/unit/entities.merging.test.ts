/**
 * Merging rules per language: case forms of one name are one entity (Polish, Czech, Russian),
 * countries are one entity across languages and scripts (CLDR names), neighbouring names glued by
 * the capitalised-run rule are cut apart, and English headings and menu items are no names.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/bundle/schema';
import { extractEntities } from '../../lib/entities';
import { splitGluedMentions } from '../../lib/entities/boundaries';
import { looseKey } from '../../lib/entities/keys';
import type { RawMention } from '../../lib/entities/candidates';
import { countryOf } from '../../lib/entities/countries';
import { isWellKnownPlace } from '../../lib/entities/places';
import { corpusOf } from './entitiesCorpus';

function entitiesOf(articles: { id: string; lang: string; text: string }[]): Entity[] {
  return extractEntities(corpusOf(articles)).entities;
}
/** The entity that has this spelling among its aliases. */
function holder(entities: Entity[], spelling: string): Entity {
  const found = entities.find((e) => e.aliases.some((a) => a.text === spelling));
  if (!found) throw new Error(`no entity has the spelling ${spelling}: ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

describe('loose keys: a name without its case ending', () => {
  it('Polish, Czech and Russian case forms meet', () => {
    expect(new Set(['Rosja', 'Rosji', 'Rosję', 'Rosją', 'Россия', 'России', 'Россию'].map(looseKey))).toEqual(
      new Set(['rosi']),
    );
    expect(new Set(['Trump', 'Trumpa', 'Trumpowi', 'Trumpem', 'Trumpův'].map(looseKey)).size).toBe(1);
    expect(new Set(['Niemcy', 'Niemczech', 'Niemców'].map(looseKey)).size).toBe(1);
    expect(looseKey('Harrisová')).toBe(looseKey('Харрис'));
  });
  it('keeps different names apart', () => {
    expect(looseKey('Austria')).not.toBe(looseKey('Australia'));
    expect(looseKey('Rosja')).not.toBe(looseKey('Rusko'));
  });
});

describe('countries through CLDR (Intl.DisplayNames)', () => {
  it('reads a country in every language and case', () => {
    for (const name of ['Russia', 'Rusko', 'Rusland', 'Rosji', 'России'])
      expect(countryOf([name], 'pl'), name).toBe('RU');
    expect(countryOf(['Rosji'], 'pl')).toBe('RU'); // Estonian Rootsi (Sweden) has the same key: the mention's language decides
    for (const name of ['Niemcy', 'Niemczech', 'Německo', 'Německa', 'Германии', 'Germany', 'Tyskland'])
      expect(countryOf([name]), name).toBe('DE');
    expect(countryOf(['Stanach', 'Zjednoczonych'])).toBe('US');
    expect(countryOf(['Spojených', 'států'])).toBe('US');
    expect(countryOf(['Wielkiej', 'Brytanii'])).toBe('GB');
    expect(countryOf(['Gazprom'])).toBeNull();
  });

  it('makes one entity of a country named in Polish, Czech and Russian articles', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Rząd w Berlinie ogłosił, że Niemcy nie kupią gazu.\nKanclerz powiedział, że w Niemczech ceny rosną.\nEksperci z Niemiec są ostrożni.',
      },
      {
        id: 'cs',
        lang: 'cs',
        text: 'Vláda oznámila, že Německo nebude kupovat plyn.\nCeny v Německu rostou.',
      },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Правительство заявило, что Германия не будет покупать газ.\nЦены в Германии растут.',
      },
    ]);
    const germany = holder(entities, 'Niemcy');
    for (const spelling of ['Niemczech', 'Německo', 'Německu', 'Германия', 'Германии'])
      expect(holder(entities, spelling).id, spelling).toBe(germany.id);
    expect(germany.type).toBe('place');
  });
});

describe('case forms and transliterations of one person', () => {
  it('Czech, Polish and Russian forms of a full name are one person', () => {
    const entities = entitiesOf([
      {
        id: 'cs',
        lang: 'cs',
        text: 'Podle viceprezidentky Kamaly Harrisové je situace vážná.\nKamala Harrisová to řekla v úterý.',
      },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Вице-президент Камала Харрис заявила об этом во вторник.\nКамала Харрис приехала в Детройт.',
      },
      {
        id: 'pl',
        lang: 'pl',
        text: 'Wiceprezydent Kamala Harris przyjechała do Detroit.\nSpotkanie z Kamalą Harris trwało godzinę.',
      },
    ]);
    const harris = holder(entities, 'Kamala Harris');
    expect(holder(entities, 'Камала Харрис').id).toBe(harris.id);
    expect(holder(entities, 'Kamala Harrisová').id).toBe(harris.id);
    expect(harris.type).toBe('person');
  });

  it('Latin and Cyrillic spellings one letter apart are one place (Wisconsin, Висконсин)', () => {
    const entities = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Wyniki w stanie Wisconsin są bliskie.\nW Wisconsin liczenie trwa.' },
      { id: 'ru', lang: 'ru', text: 'Результаты в штате Висконсин близки.\nВ Висконсине подсчёт продолжается.' },
    ]);
    expect(holder(entities, 'Висконсине').id).toBe(holder(entities, 'Wisconsin').id);
  });

  it('spellings two edits apart across scripts stay apart (Arizona, Гаррисон)', () => {
    const entities = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Wyniki w stanie Arizona są bliskie.\nW Arizonie liczenie trwa.' },
      { id: 'ru', lang: 'ru', text: 'Президент Бенджамин Гаррисон победил.\nГаррисон стал президентом.' },
    ]);
    expect(holder(entities, 'Arizona').id).not.toBe(holder(entities, 'Гаррисон').id);
  });
});

describe('boundaries between neighbouring names', () => {
  const mention = (passageId: number, start: number, words: string[], text: string): RawMention => ({
    passageId,
    docId: 'd',
    lang: 'cs',
    start,
    end: start + words.join(' ').length,
    surface: text.slice(start, start + words.join(' ').length),
    words,
    atSentenceStart: false,
    inCapitals: false,
    votes: { person: 0, place: 0, organisation: 0 },
  });

  it('cuts a rare run whose parts are names of their own (Varšavy Německo)', () => {
    const texts = [
      'Podle Varšavy Německo chybuje.',
      'Ve Varšavě se jednalo.',
      'Varšava odmítla.',
      'Německo mlčí.',
      'Německo souhlasí.',
    ];
    const passages = texts.map((text, id) => ({ id, docId: 'd', start: 0, end: text.length, text, lang: 'cs' }));
    const mentions = [
      mention(0, 6, ['Varšavy', 'Německo'], texts[0]!),
      mention(1, 3, ['Varšavě'], texts[1]!),
      mention(2, 0, ['Varšava'], texts[2]!),
      mention(3, 0, ['Německo'], texts[3]!),
      mention(4, 0, ['Německo'], texts[4]!),
    ];
    const cut = splitGluedMentions(mentions, passages).filter((m) => m.passageId === 0);
    expect(cut.map((m) => m.surface)).toEqual(['Varšavy', 'Německo']);
  });

  it('keeps a full name that recurs whole (Joe Biden, not Joe + Biden)', () => {
    const texts = ['Joe Biden spoke.', 'Joe Biden won.', 'Joe Biden left.', 'Biden said.', 'Joe laughed.'];
    const passages = texts.map((text, id) => ({ id, docId: 'd', start: 0, end: text.length, text, lang: 'en' }));
    const mentions = [
      mention(0, 0, ['Joe', 'Biden'], texts[0]!),
      mention(1, 0, ['Joe', 'Biden'], texts[1]!),
      mention(2, 0, ['Joe', 'Biden'], texts[2]!),
      mention(3, 0, ['Biden'], texts[3]!),
      mention(4, 0, ['Joe'], texts[4]!),
    ];
    expect(splitGluedMentions(mentions, passages).filter((m) => m.words.length === 2)).toHaveLength(3);
  });

  it('cuts names joined by hyphens into the names they join (UE-Londyn)', () => {
    const texts = ['Rozmowy UE-Londyn trwają.', 'UE ogłosiła plan.', 'Londyn odpowiedział.'];
    const passages = texts.map((text, id) => ({ id, docId: 'd', start: 0, end: text.length, text, lang: 'pl' }));
    const mentions = [
      mention(0, 8, ['UE-Londyn'], texts[0]!),
      mention(1, 0, ['UE'], texts[1]!),
      mention(2, 0, ['Londyn'], texts[2]!),
    ];
    const cut = splitGluedMentions(mentions, passages).filter((m) => m.passageId === 0);
    expect(cut.map((m) => m.surface)).toEqual(['UE', 'Londyn']);
  });

  it('an organisation holding a country does not take the country in, and is no person', () => {
    const entities = entitiesOf([
      {
        id: 'ru',
        lang: 'ru',
        text: 'Об этом сообщил Генштаб ВС России.\nВ России прошли выборы.\nПрезидент России выступил.\nЭкономика России растёт.',
      },
    ]);
    const russia = holder(entities, 'России');
    // Named by its nominative (CLDR's Russian name), not the genitive every mention has.
    expect(russia.name).toBe('Россия');
    expect(russia.aliases.map((a) => a.text)).not.toContain('Генштаб ВС России');
  });
});

describe('English: headings, menus and types', () => {
  const ARTICLE = `Pocket Casts adds transcripts as podcast app race heats up
Food
Business
Pocket Casts, the podcast app owned by Automattic, said on Tuesday that it would add transcripts. The feature would reach users in the US first.
"Listeners asked for this for years," said Owen Shaw, who leads the product team at Pocket Casts. Shaw said the transcripts were made on the device.
Food
Both Spotify and Apple already show transcripts. The World Food Programme has nothing to do with it, and food prices neither.
Manchester United fans posted on Facebook and Twitter. Manchester United lost.`;

  it('a menu item or heading that the text writes in lower case is no name', () => {
    const entities = entitiesOf([{ id: 'en', lang: 'en', text: ARTICLE }]);
    expect(entities.find((e) => e.name === 'Food')).toBeUndefined();
  });

  it('an acronym of a known name is read only in capitals: Shaw is no SAV (United States)', () => {
    const entities = entitiesOf([{ id: 'en', lang: 'en', text: ARTICLE }]);
    expect(holder(entities, 'Shaw').id).toBe(holder(entities, 'Owen Shaw').id);
    expect(holder(entities, 'US').id).not.toBe(holder(entities, 'Pocket Casts').id);
  });

  it('types companies and clubs as organisations, cities as places', () => {
    const entities = entitiesOf([{ id: 'en', lang: 'en', text: ARTICLE }]);
    expect(holder(entities, 'Twitter').type).toBe('organisation');
    expect(holder(entities, 'Spotify').type).toBe('organisation');
    expect(holder(entities, 'Manchester United').type).toBe('organisation');
    expect(isWellKnownPlace(['Helsinki'])).toBe(true);
    expect(isWellKnownPlace(['Хельсинки'])).toBe(true);
  });
});
