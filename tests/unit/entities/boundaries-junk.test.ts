/**
 * Boundaries and junk judged from the corpus: a person's full name after a ministry and its country
 * is its own entity however often the two are written together; an acronym the corpus completes
 * with a country (МИД Германии, МИД России) names nothing alone; a final s is no genitive in Czech.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { corpusOf } from '../entitiesCorpus';

function entitiesOf(articles: { id: string; lang: string; text: string }[]): Entity[] {
  return extractEntities(corpusOf(articles)).entities;
}
const names = (entities: Entity[]) => entities.map((e) => e.name);

describe('a person after a ministry and its country', () => {
  const articles = [
    {
      id: 'a',
      lang: 'ru',
      text: [
        'Глава МИД Германии Хайко Маас заявил о проекте.',
        'Вчера глава МИД Германии Хайко Маас прибыл в Москву.',
        'Об этом сообщил глава МИД Германии Хайко Маас журналистам.',
        'Ранее представитель МИД Германии отказался от комментариев.',
        'Позже Хайко Маас уточнил позицию. Министр Маас уехал.',
        'В МИД России ответили резко. Представитель МИД России Мария Захарова выступила.',
      ].join('\n'),
    },
  ];
  it('cuts the person from the ministry, however often they stand together', () => {
    const entities = entitiesOf(articles);
    expect(names(entities)).toContain('МИД Германии');
    const maas = entities.find((e) => e.name === 'Хайко Маас');
    expect(maas?.type).toBe('person');
    expect(names(entities).some((n) => n.startsWith('МИД') && n.includes('Маас'))).toBe(false);
  });
  it('a bare acronym that the corpus completes with countries is no entity alone', () => {
    const entities = entitiesOf([
      {
        id: 'b',
        lang: 'ru',
        text: [
          ...articles[0]!.text.split('\n'),
          'Представитель МИД страны заявил, что МИД готов к диалогу.',
          'Организация НАТО ответила. Генсек НАТО выступил. Саммит НАТО прошёл.',
        ].join('\n'),
      },
    ]);
    expect(names(entities)).not.toContain('МИД');
    expect(names(entities)).toContain('НАТО');
  });
});

describe('no genitive s where a language has none', () => {
  it('Czech "Jens" keeps its s (the sentence-opening "Jen" is "only")', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'cs',
        text: [
          'Jen málokdo to čekal. Jen část plynu dorazila.',
          'Podle analytika Jens Langeho je to chyba. Mluvčí Jens Müller to potvrdil.',
        ].join('\n'),
      },
    ]);
    expect(names(entities)).not.toContain('Jen');
    expect(entities.flatMap((e) => e.aliases.map((a) => a.text)).some((t) => t.startsWith('Jens'))).toBe(true);
  });
});

describe('an institution and its country', () => {
  it('"Конгресс США" stays one organisation and leaves США its own mentions', () => {
    const lines = [
      'Решение принял Конгресс США в среду.',
      'Спикер заявила, что Конгресс США утвердит бюджет.',
      'Члены Конгресса США проголосовали.',
      'В США прошли выборы. Власти США ответили. Посол США уехал.',
      'Экономика США растёт. Президент США выступил. Граница США закрыта.',
      'Санкции США ввели. Союзники США согласились. Долг США растёт.',
      'Конгресс собрался. Конгресс одобрил закон. Конгресс отказал.',
    ];
    const entities = entitiesOf([{ id: 'a', lang: 'ru', text: lines.join('\n') }]);
    const congress = entities.find((e) => e.name === 'Конгресс США');
    expect(congress?.type).toBe('organisation');
    const usa = entities.find((e) => e.aliases.some((a) => a.text === 'США'));
    expect(usa?.id).not.toBe(congress?.id);
    expect(usa?.type).toBe('place');
  });
});

describe('a place glued before a person written once', () => {
  it('cuts "Колумбия Роберт Конти" when Роберт opens other names and Колумбия stands alone', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'ru',
        text: [
          'Выборы прошли в округе Колумбия спокойно. Округ Колумбия проголосовал. Жители Колумбия довольны.',
          'Прокурор Роберт Мюллер выступил. Сенатор Роберт Кеннеди ответил.',
          'От округа Колумбия Роберт Конти стал выборщиком.',
        ].join('\n'),
      },
    ]);
    const names = entities.map((e) => e.name);
    expect(names.some((n) => n.startsWith('Колумбия Роберт'))).toBe(false);
    expect(entities.some((e) => e.aliases.some((a) => a.text === 'Роберт Конти'))).toBe(true);
  });
});

describe('an ampersand joins one name', () => {
  it('Johnson & Johnson is one organisation, not Boris Johnson twice, and the page matcher finds it', async () => {
    const { buildMatcherData } = await import('../../../lib/names/build');
    const { createMatcher } = await import('../../../lib/names/matcher');
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: [
          'Firma Johnson & Johnson ogłosiła wyniki.',
          'Szczepionka Johnson&Johnson jest gotowa.',
          'Premier Boris Johnson przyjechał do Brukseli.',
          'Potem Boris Johnson wyjechał.',
        ].join('\n'),
      },
    ]);
    const company = entities.find((e) => e.aliases.some((a) => a.text === 'Johnson & Johnson'));
    expect(company?.type).toBe('organisation');
    expect(company?.aliases.map((a) => a.text)).toContain('Johnson&Johnson');
    const matcher = createMatcher(buildMatcherData(entities));
    const found = matcher.page().match('Dawki Johnson & Johnson dotarły, mówi Boris Johnson.', { lang: 'pl' });
    expect(found.map((m) => m.entityId)).toEqual([company!.id, entities.find((e) => e.name === 'Boris Johnson')!.id]);
  });
});

describe('a name that ends on a known place', () => {
  it('"Эхо Москвы" does not take in every "Москвы"; a dateline\'s МОСКВА is named Москва', () => {
    const entities = entitiesOf([
      {
        id: 'ru',
        lang: 'ru',
        text: [
          'МОСКВА, 5 мая. Радиостанция Эхо Москвы сообщила новость.',
          'МОСКВА, 6 мая. Вчера Эхо Москвы повторила новость.',
          'Власти города Москвы ответили. Жители Москвы недовольны.',
          'В Москве прошёл дождь. Мэрия Москвы промолчала.',
        ].join('\n'),
      },
    ]);
    const echo = entities.find((e) => e.aliases.some((a) => a.text === 'Эхо Москвы'));
    expect(echo?.aliases.map((a) => a.text)).not.toContain('Москвы');
    const moscow = entities.find((e) => e.aliases.some((a) => a.text === 'Москве'));
    expect(moscow?.name).toBe('Москва');
  });
});

describe('a person glued after a place, known from another script', () => {
  it('cuts "Senacie Mitch McConnell" where Russian texts write Митч Макконнелл alone', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: [
          'Jak podał przywódca większości w Senacie Mitch McConnell, głosowanie się odbędzie.',
          'W Senacie trwa debata, a głosowanie w Senacie przełożono.',
        ].join('\n'),
      },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Об этом заявил Митч Макконнелл.\nЗатем ответил Митч Макконнелл журналистам.',
      },
    ]);
    const person = entities.find((e) => e.aliases.some((a) => a.text === 'Mitch McConnell'));
    expect(person).toBeDefined();
    expect(person!.aliases.map((a) => a.text)).toContain('Митч Макконнелл');
    expect(names(entities).some((n) => n.includes('Senacie Mitch'))).toBe(false);
  });
});

describe('a sentence word glued after a name, its full stop lost', () => {
  it('cuts "Niemcy Zdaniem" when the corpus writes "zdaniem" in lower case and opens sentences with it', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: [
          'Rząd w Berlinie mówi, że Niemcy Zdaniem ekspertów to błąd.',
          'Niemcy chcą gazu. Politycy twierdzą, że Niemcy potrzebują umowy.',
          'Zdaniem rządu to dobry plan. Jego zdaniem umowa jest zła.',
          'Moim zdaniem to błąd, a jej zdaniem nie.',
        ].join('\n'),
      },
    ]);
    expect(names(entities).some((n) => n.includes('Zdaniem'))).toBe(false);
    expect(entities.some((e) => e.aliases.some((a) => a.text === 'Niemcy'))).toBe(true);
  });
});
