/**
 * One person across scripts and Czech forms: sound skeletons (keys.ts) and the clustering that
 * uses them, the laxer surname key, possessives, and canonical names in the nominative.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { soundSkeletons } from '../../../lib/entities/keys';
import { corpusOf } from '../entitiesCorpus';

const meet = (a: string, b: string) => soundSkeletons(a).some((s) => soundSkeletons(b).includes(s));

function entitiesOf(articles: { id: string; lang: string; text: string }[], uiLang?: string): Entity[] {
  return extractEntities({ ...corpusOf(articles), uiLang }).entities;
}
function holder(entities: Entity[], spelling: string): Entity {
  const found = entities.find((e) => e.aliases.some((a) => a.text === spelling));
  if (!found) throw new Error(`no entity has the spelling ${spelling}: ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

describe('sound skeletons', () => {
  it('an English name meets its Russian transliteration', () => {
    for (const [latin, cyrillic] of [
      ['Johnson', 'Джонсон'],
      ['Theresa', 'Тереза'],
      ['Collinson', 'Коллинсон'],
      ['Michael', 'Майкл'],
      ['Michael', 'Михаэль'],
      ['Powell', 'Пауэлл'],
      ['Jacobs', 'Джейкобс'],
      ["O'Leary", "О'Лири"],
      ['Stephen', 'Стивен'],
    ])
      expect(meet(latin!, cyrillic!), `${latin} ${cyrillic}`).toBe(true);
  });
  it('case, possessive and feminine endings go first', () => {
    expect(meet('Майклом', 'Michael')).toBe(true);
    expect(meet('Golikovová', 'Голикова')).toBe(true);
    expect(meet('Johnsonovým', 'Johnson')).toBe(true);
  });
  it('a name ending like a case ending, and the silent r of French -ier', () => {
    expect(meet('Gove', 'Гоув')).toBe(true);
    expect(meet('Barnier', 'Барнье')).toBe(true);
    expect(meet('Barnier', 'Барн')).toBe(true);
    expect(meet('Baker', 'Бейк')).toBe(false);
  });
  it('the j of German and Slavic spelling may be a vowel to Cyrillic; English j is dzh', () => {
    expect(meet('Jens', 'Йенс')).toBe(true);
    expect(meet('Jevgenij', 'Евгений')).toBe(true);
    expect(meet('Andrej', 'Андрей')).toBe(true);
    expect(meet('Johnson', 'Джонсон')).toBe(true);
    expect(meet('Jork', 'Йорк')).toBe(true);
  });
  it('different names keep different skeletons', () => {
    expect(meet('Johnson', 'Jackson')).toBe(false);
    expect(meet('Theresa', 'Тамара')).toBe(false);
    expect(meet('Michael', 'Мартин')).toBe(false);
  });
  it('sibilants, k/g and the j and ch sounds are three classes (Janet is not Сенате, York not Джерси)', () => {
    expect(meet('Janet', 'Сенате')).toBe(false);
    expect(meet('Hook', 'США')).toBe(false);
    expect(meet('Jork', 'Джерси')).toBe(false);
    expect(meet('George', 'Джордж')).toBe(true);
    expect(meet('Farage', 'Фарадж')).toBe(true);
    expect(meet('Čaputová', 'Чапутова')).toBe(true);
    expect(meet('Scholz', 'Шольц')).toBe(true);
    expect(meet('Harris', 'Гаррис')).toBe(true);
  });
});

describe('one person across scripts and languages', () => {
  it('a hyphenated place meets its spelling in words (Нью-Йорк, Nowy Jork), not a neighbour (Нью-Джерси)', () => {
    const entities = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Burmistrz Nowy Jork odwiedził.\nW stanie Nowy Jork pada.' },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Мэр Нью-Йорк посетил.\nВ штате Нью-Йорк дождь.\nШтат Нью-Джерси голосует.\nНью-Джерси тоже.',
      },
    ]);
    expect(holder(entities, 'Нью-Йорк')).toBe(holder(entities, 'Nowy Jork'));
    expect(holder(entities, 'Нью-Джерси')).not.toBe(holder(entities, 'Nowy Jork'));
  });
  it('a Russian or Polish form never joins a name through another language’s ending (Гаррисон is no Гаррис + Hungarian -on)', () => {
    const entities = entitiesOf([
      {
        id: 'ru',
        lang: 'ru',
        text: 'Вчера сенатор Гаррис выступил.\nПотом сенатор Гаррис ушёл.\nВчера историк Гаррисон написал.\nКнигу издал историк Гаррисон.',
      },
      {
        id: 'pl',
        lang: 'pl',
        text: 'Wczoraj dziennik Haaretz napisał.\nPotem dziennik Haaretz dodał.\nWczoraj aktor Harry zagrał.\nPotem aktor Harry wyszedł.',
      },
    ]);
    expect(holder(entities, 'Гаррисон')).not.toBe(holder(entities, 'Гаррис'));
    expect(holder(entities, 'Haaretz')).not.toBe(holder(entities, 'Harry'));
  });
  it('a full name in Latin and in Cyrillic is one entity, its lone surname too', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Premier Boris Johnson przyjechał do Brukseli.\nJohnson powiedział, że umowa jest gotowa.',
      },
      { id: 'ru', lang: 'ru', text: 'Премьер Борис Джонсон заявил о сделке.\nБорис Джонсон уехал в Лондон.' },
    ]);
    const johnson = holder(entities, 'Boris Johnson');
    expect(holder(entities, 'Борис Джонсон')).toBe(johnson);
    expect(holder(entities, 'Johnson')).toBe(johnson);
  });
  it('Czech, Polish and Russian spellings of one person (Serdjukov, Sierdiukow, Сердюков) are one', () => {
    const entities = entitiesOf([
      { id: 'cs', lang: 'cs', text: 'Podle ministra Andrej Serdjukov odešel.\nBývalý ministr Andrej Serdjukov mlčí.' },
      {
        id: 'pl',
        lang: 'pl',
        text: 'Według ministra Andriej Sierdiukow odszedł.\nByły minister Andriej Sierdiukow milczy.',
      },
      {
        id: 'ru',
        lang: 'ru',
        text: 'По словам министра Андрея Сердюкова, всё хорошо.\nБывший министр Андрей Сердюков молчит.',
      },
    ]);
    const person = holder(entities, 'Andrej Serdjukov');
    expect(holder(entities, 'Andriej Sierdiukow')).toBe(person);
    expect(holder(entities, 'Андрея Сердюкова')).toBe(person);
  });
  it('a lone Daniel is not Danelová: the Polish soft ie is read only beside a matching first name', () => {
    const entities = entitiesOf([
      {
        id: 'cs',
        lang: 'cs',
        text: 'Lékařka Michaela Danelová to řekla.\nPodle ní Michaela Danelová souhlasí.\nPan Karel Daniel nesouhlasí.\nPodle pana Daniela je to chyba.',
      },
    ]);
    expect(holder(entities, 'Michaela Danelová').aliases.map((a) => a.text)).not.toContain('Daniela');
  });
  it('a group that shares its key across scripts meets a third spelling (Salman Taseer, Salmán Tásír, Салман Тасир)', () => {
    const entities = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Gubernator Salman Taseer zginął.\nPolityk Salman Taseer bronił jej.' },
      { id: 'cs', lang: 'cs', text: 'Guvernér Salmán Tásír zemřel.\nPolitik Salmán Tásír ji bránil.' },
      { id: 'ru', lang: 'ru', text: 'Губернатор Салман Тасир был убит.\nПолитик Салман Тасир защищал её.' },
    ]);
    const person = holder(entities, 'Salman Taseer');
    expect(holder(entities, 'Салман Тасир')).toBe(person);
    expect(holder(entities, 'Salmán Tásír')).toBe(person);
  });
  it('Polish instrumental of a short surname beside its first name (Imranem Khanem, Imran Khan)', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Premier Imran Khan przemawiał.\nRozmawiał z nim Imran Khan wczoraj.\nSpotkanie z Imranem Khanem trwało godzinę.',
      },
    ]);
    expect(holder(entities, 'Imranem Khanem')).toBe(holder(entities, 'Imran Khan'));
  });
  it('short skeletons do not join unrelated names across scripts (Asia News, Ашик Масих)', () => {
    const entities = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Agencja Asia News podała to wczoraj.\nWedług Asia News sprawa trwa.' },
      { id: 'ru', lang: 'ru', text: 'Об этом заявил Ашик Масих.\nЗатем сказал Ашик Масих, что всё хорошо.' },
    ]);
    expect(holder(entities, 'Asia News')).not.toBe(holder(entities, 'Ашик Масих'));
  });
  it('two different people with a like surname in two scripts stay apart', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Premier Boris Johnson przyjechał do Brukseli.\nBoris Johnson powiedział to wczoraj.',
      },
      { id: 'ru', lang: 'ru', text: 'Президент Эндрю Джонсон подписал закон.\nЭндрю Джонсон уехал.' },
    ]);
    expect(holder(entities, 'Boris Johnson')).not.toBe(holder(entities, 'Эндрю Джонсон'));
  });
  it('Czech: the feminine -ová and possessives join the name', () => {
    const entities = entitiesOf([
      {
        id: 'cs',
        lang: 'cs',
        text: 'Premiérka Theresa Mayová odjela do Bruselu.\nPodle Mayové je dohoda hotová.\nVčera to řekla Theresa Mayová.\nDo Bruselu přijel také Donald Trump.\nPodle nich Trumpova administrativa mlčí.\nPodle něj Donald Trump odjel.',
      },
    ]);
    expect(holder(entities, 'Mayové')).toBe(holder(entities, 'Theresa Mayová'));
    expect(holder(entities, 'Trumpova')).toBe(holder(entities, 'Donald Trump'));
  });
  it('a lone surname joins its full name even where the given name also stands alone (Владимир for Putin)', () => {
    const entities = entitiesOf([
      {
        id: 'ru',
        lang: 'ru',
        text: [
          'Об этом заявил Владимир Познер в эфире.',
          'Журналист Владимир Познер ответил на вопрос.',
          'По словам Познера, выборы прошли честно.',
          'Как сказал Владимир, решение принято. Затем Владимир уехал.',
          'Позже Владимир вернулся в Москву.',
        ].join('\n'),
      },
    ]);
    expect(holder(entities, 'Познера')).toBe(holder(entities, 'Владимир Познер'));
  });
  it('Czech: the mobile e of -ek surnames (Hamáček, Hamáčka; Zaorálek, Zaorálkem)', () => {
    const entities = entitiesOf([
      {
        id: 'cs',
        lang: 'cs',
        text: [
          'Včera to ministr vnitra Jan Hamáček potvrdil.',
          'Podle ministra Jan Hamáček jednal s policií.',
          'Opozice vyzvala Hamáčka k odstoupení.',
          'Včera ministr Lubomír Zaorálek odjel do Bruselu.',
          'S ministrem Lubomírem Zaorálkem jednal velvyslanec.',
          'Podle všeho Zaorálek souhlasí.',
        ].join('\n'),
      },
    ]);
    expect(holder(entities, 'Hamáčka')).toBe(holder(entities, 'Jan Hamáček'));
    expect(holder(entities, 'Lubomírem Zaorálkem')).toBe(holder(entities, 'Lubomír Zaorálek'));
  });
  it('a lone surname in another case joins a full name whose group holds its script second (Медведчуку)', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Polityk Wiktor Medwedczuk został aresztowany.\nSąd uznał, że Wiktor Medwedczuk zdradził.',
      },
      {
        id: 'ru',
        lang: 'ru',
        text: 'Об этом заявил Виктор Медведчук вчера.\nСуд предъявил Медведчуку обвинение.',
      },
    ]);
    expect(holder(entities, 'Медведчуку')).toBe(holder(entities, 'Виктор Медведчук'));
  });
  it('Russian: a short surname in another case (Рааб, Рааба) with the same first name', () => {
    const entities = entitiesOf([
      {
        id: 'ru',
        lang: 'ru',
        text: 'Министр Доминик Рааб прилетел в Москву.\nЖурналисты передали слова Доминика Рааба.',
      },
    ]);
    expect(holder(entities, 'Доминика Рааба')).toBe(holder(entities, 'Доминик Рааб'));
  });
});

describe('canonical names', () => {
  it('a country is named by its CLDR nominative in the corpus language, whatever case it is written in', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Mówi się o Rosji codziennie.\nW Rosji są wybory.\nJak mówią Rosjanie, głosowanie trwa.\nSankcje wobec Rosji trwają.',
      },
    ]);
    expect(holder(entities, 'Rosji').name).toBe('Rosja');
    expect(holder(entities, 'Rosjanie')).toBe(holder(entities, 'Rosji'));
    expect(holder(entities, 'Rosji').type).toBe('place');
  });
  it('in the UI language where the corpus has that language', () => {
    const entities = entitiesOf(
      [
        { id: 'pl', lang: 'pl', text: 'W Niemczech są wybory.\nSąsiedzi Niemiec czekają, co zrobią Niemcy.' },
        { id: 'en', lang: 'en', text: 'Voters in Germany go to the polls.' },
      ],
      'en',
    );
    expect(holder(entities, 'Niemczech').name).toBe('Germany');
  });
  it('a name that ends like a case form by itself keeps its own form (Gazprom, not Gazpromu)', () => {
    const entities = entitiesOf([
      {
        id: 'pl',
        lang: 'pl',
        text: 'Spółka Gazprom podniosła ceny.\nZarząd spółki Gazprom milczy.\nUmowa z Gazpromem wygasa.\nWedług Gazpromu wszystko jest w porządku.\nDyrektor Gazpromu odszedł.\nAkcje Gazpromu spadły.',
      },
    ]);
    expect(holder(entities, 'Gazpromu').name).toBe('Gazprom');
  });
  it('another name: its likeliest nominative among its case forms', () => {
    const entities = entitiesOf([
      {
        id: 'cs',
        lang: 'cs',
        text: 'Letiště u Prahy je plné.\nZ Prahy odletělo letadlo.\nV Praze prší.\nHlavní město Praha je krásné.\nDo Prahy přijeli turisté.',
      },
    ]);
    const prague = holder(entities, 'Prahy');
    expect(prague.name).toBe('Praha');
    expect(holder(entities, 'Praze')).toBe(prague);
  });
});

describe('a name seen only in case forms', () => {
  it('takes the nominative of the known-spellings table (Kremla → Kreml, Кремля → Кремль)', () => {
    const pl = entitiesOf([
      { id: 'pl', lang: 'pl', text: 'Rzecznik Kremla odpowiedział.\nWedług Kremla to nieprawda.' },
    ]);
    expect(holder(pl, 'Kremla').name).toBe('Kreml');
    const ru = entitiesOf([
      { id: 'ru', lang: 'ru', text: 'Представитель Кремля ответил.\nПо словам Кремля, это ложь.' },
    ]);
    expect(holder(ru, 'Кремля').name).toBe('Кремль');
  });
});
