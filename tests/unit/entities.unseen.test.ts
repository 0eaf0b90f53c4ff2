/**
 * Articles the extractor has never seen (English and Swedish, other people and places): the
 * general rules must find sensible entities with no curated file at all.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/bundle/schema';
import { extractEntities } from '../../lib/entities';
import { corpusOf } from './entitiesCorpus';

const ARTICLES = [
  {
    id: 'en-helsinki',
    lang: 'en',
    text: `Finnish President Alexander Stubb met German Chancellor Friedrich Merz in Berlin on Tuesday. The two leaders discussed support for Ukraine and sanctions against Russia.

Stubb said Finland would increase its defence budget. Merz told reporters in Berlin that Europe must act together.

According to Reuters, NATO Secretary General Mark Rutte will visit Helsinki next week.`,
  },
  {
    id: 'sv-kiev',
    lang: 'sv',
    text: `Sveriges statsminister Ulf Kristersson besökte Kiev på fredagen. Kristersson träffade Ukrainas president Volodymyr Zelenskyj.

Enligt nyhetsbyrån TT lovade Kristersson mer stöd till Ukraina. Zelenskyj tackade Sverige för hjälpen.

Mötet hölls i Kiev, dit Kristersson reste med tåg från Polen.`,
  },
  {
    id: 'en-kharkiv',
    lang: 'en',
    text: `Russia's defence ministry said its forces had captured a village in the Donetsk region. The claim could not be verified by the BBC.

Ukrainian officials in Kharkiv said drones hit an energy facility overnight. Governor Oleh Syniehubov said two people were injured.

On Monday, the European Union announced new sanctions. Ursula von der Leyen said the measures target Russia's banks.`,
  },
];

const corpus = corpusOf(ARTICLES);
const result = extractEntities(corpus);

function entity(name: string): Entity {
  const found = result.entities.filter((e) => e.name === name || e.aliases.some((a) => a.text === name));
  expect(
    found.map((e) => e.name),
    name,
  ).toHaveLength(1);
  return found[0]!;
}

describe('entities of articles never seen', () => {
  it('finds the people, with a lone surname merged into the full name', () => {
    expect(entity('Stubb').name).toBe('Alexander Stubb');
    expect(entity('Merz').name).toBe('Friedrich Merz');
    expect(entity('Kristersson').name).toBe('Ulf Kristersson');
    expect(entity('Kristersson').mentions).toHaveLength(4);
    expect(entity('Zelenskyj').name).toBe('Volodymyr Zelenskyj');
    for (const name of [
      'Alexander Stubb',
      'Friedrich Merz',
      'Mark Rutte',
      'Ulf Kristersson',
      'Volodymyr Zelenskyj',
      'Oleh Syniehubov',
      'Ursula von der Leyen',
    ]) {
      expect(entity(name).type, name).toBe('person');
    }
  });

  it('finds the places, genitives included', () => {
    for (const name of [
      'Berlin',
      'Ukraine',
      'Russia',
      'Finland',
      'Helsinki',
      'Kiev',
      'Ukraina',
      'Sverige',
      'Polen',
      'Donetsk',
      'Kharkiv',
    ]) {
      expect(entity(name).type, name).toBe('place');
    }
    expect(entity("Russia's").name).toBe('Russia');
    expect(entity('Sveriges').name).toBe('Sverige');
    expect(entity('Kiev').mentions).toHaveLength(2);
    expect(entity('Ukraine').id).toBe(entity('Ukrainas').id); // English Ukraine, Swedish Ukraina
  });

  it('finds the organisations', () => {
    for (const name of ['Reuters', 'NATO', 'TT', 'BBC', 'European Union']) {
      expect(entity(name).type, name).toBe('organisation');
    }
  });

  it('leaves out sentence-initial words, titles, nationality adjectives and calendar words', () => {
    const words = new Set(result.entities.flatMap((e) => e.aliases.flatMap((a) => a.text.split(/\s+/))));
    for (const word of [
      'The',
      'Finnish',
      'German',
      'Ukrainian',
      'President',
      'Chancellor',
      'Secretary',
      'General',
      'Governor',
      'Tuesday',
      'Monday',
      'On',
      'According',
      'Enligt',
      'Mötet',
      'Stubb said'.split(' ')[1]!,
    ]) {
      expect(words.has(word), word).toBe(false);
    }
  });

  it('relates entities named in the same passages', () => {
    const stubb = entity('Alexander Stubb');
    expect(stubb.related.map((r) => r.entityId)).toContain(entity('Friedrich Merz').id);
    expect(stubb.related[0]!.count).toBeGreaterThanOrEqual(stubb.related.at(-1)!.count);
    expect(stubb.docCount).toBe(1);
  });
});

describe('entities of French and Polish articles never seen', () => {
  const romanceSlavic = extractEntities(
    corpusOf([
      {
        id: 'fr-elysee',
        lang: 'fr',
        text: `Le président français Emmanuel Macron a reçu jeudi à l'Élysée le président ukrainien Volodymyr Zelensky. Les deux dirigeants ont évoqué l'aide militaire à l'Ukraine.

Selon l'agence Reuters, Macron a promis de nouveaux missiles. La Russie a dénoncé une escalade, a déclaré le porte-parole du Kremlin, Dmitri Peskov.

À Kharkiv, deux personnes ont été tuées dans une frappe russe, selon le gouverneur Oleh Syniehoubov.`,
      },
      {
        id: 'pl-warszawa',
        lang: 'pl',
        text: `Prezydent Ukrainy Wołodymyr Zełenski spotkał się w Warszawie z prezydentem Andrzejem Dudą. Zełenski podziękował Polsce za pomoc.

Rzecznik Kremla Dmitrij Pieskow powiedział, że Rosja kontynuuje operację.

W Charkowie doszło do ataku rakietowego.`,
      },
    ]),
  );
  const find = (alias: string) => {
    const found = romanceSlavic.entities.filter((e) => e.aliases.some((a) => a.text === alias));
    expect(
      found.map((e) => e.id),
      alias,
    ).toHaveLength(1);
    return found[0]!;
  };

  it("reads names after French elision (l'Ukraine) and merges case forms and spellings across languages", () => {
    expect(find('Ukraine').id).toBe(find('Ukrainy').id); // Polish genitive
    expect(find('Kharkiv').id).toBe(find('Charkowie').id); // Polish locative of Charkiw
    expect(find('Kharkiv').name).toBe('Kharkiv');
    expect(find('Volodymyr Zelensky').id).toBe(find('Wołodymyr Zełenski').id);
    expect(find('Dmitri Peskov').id).toBe(find('Dmitrij Pieskow').id);
    expect(find('Macron').name).toBe('Emmanuel Macron');
  });

  it('types them and keeps titles and the place before a person apart', () => {
    expect(find('Emmanuel Macron').type).toBe('person');
    expect(find('Dmitrij Pieskow').type).toBe('person');
    expect(find('Reuters').type).toBe('organisation');
    expect(find('Kremla').id).toBe(find('Kremlin').id);
    expect(find('Kremla').type).not.toBe('person');
    const words = new Set(romanceSlavic.entities.flatMap((e) => e.aliases.flatMap((a) => a.text.split(/\s+/))));
    for (const word of ['Prezydent', 'Rzecznik', 'Selon', 'Le', 'La', 'Les', 'À', 'W'])
      expect(words.has(word), word).toBe(false);
  });
});

describe('entities of Ukrainian and Spanish articles never seen', () => {
  const cyrillic = extractEntities(
    corpusOf([
      {
        id: 'uk-kyiv',
        lang: 'uk',
        text: `Президент України Володимир Зеленський провів зустріч з генеральним секретарем НАТО Марком Рютте у Києві. Зеленський подякував союзникам за підтримку.

За словами Зеленського, Росія продовжує обстріли Харкова. Речник Кремля Дмитро Пєсков заявив, що Москва не планує переговорів.`,
      },
      {
        id: 'es-kiev',
        lang: 'es',
        text: `El presidente ucraniano, Volodímir Zelenski, se reunió en Kiev con el secretario general de la OTAN, Mark Rutte. Según la agencia EFE, Zelenski pidió más defensas antiaéreas.`,
      },
    ]),
  );
  const find = (alias: string) => {
    const found = cyrillic.entities.filter((e) => e.aliases.some((a) => a.text === alias));
    expect(
      found.map((e) => e.id),
      alias,
    ).toHaveLength(1);
    return found[0]!;
  };

  it('merges Cyrillic spellings and case forms with Latin ones', () => {
    const zelensky = find('Зеленський');
    expect(find('Зеленського').id).toBe(zelensky.id); // genitive of an adjectival surname
    expect(find('Volodímir Zelenski').id).toBe(zelensky.id);
    expect(zelensky.type).toBe('person');
    expect(zelensky.id).toMatch(/^[a-z0-9-]+$/);
    expect(find('Марком Рютте').id).toBe(find('Mark Rutte').id); // instrumental case
    expect(find('Києві').id).toBe(find('Kiev').id);
    expect(find('Києві').type).toBe('place');
    expect(find('НАТО').id).toBe(find('OTAN').id);
    expect(find('Дмитро Пєсков').type).toBe('person');
  });

  it('leaves Cyrillic titles out of names', () => {
    const words = new Set(cyrillic.entities.flatMap((e) => e.aliases.flatMap((a) => a.text.split(/\s+/))));
    for (const word of ['Президент', 'Речник', 'За', 'El', 'Según']) expect(words.has(word), word).toBe(false);
  });
});

describe('English titles, institutions and possessives', () => {
  const english = extractEntities(
    corpusOf([
      {
        id: 'en-rubio',
        lang: 'en',
        text: `Ukraine's President Volodymyr Zelensky met Secretary of State Marco Rubio in Kyiv on Wednesday, the White House said.

Prime Minister Keir Starmer told the BBC that Britain would keep supporting Kyiv. "We will not waver," Starmer said in London.

Russian Foreign Minister Sergei Lavrov dismissed the talks. The Kremlin said President Vladimir Putin's envoy would travel to Istanbul.

Russian forces pushed towards Pokrovsk, according to the Institute for the Study of War, a Washington-based think tank.`,
      },
    ]),
  );
  const names = english.entities.map((e) => e.name);
  const typeOf = (name: string) => english.entities.find((e) => e.name === name)?.type;

  it('finds people behind capitalised titles, and the possessor before them', () => {
    for (const person of ['Volodymyr Zelensky', 'Marco Rubio', 'Keir Starmer', 'Sergei Lavrov', 'Vladimir Putin'])
      expect(typeOf(person), person).toBe('person');
    expect(typeOf('Ukraine')).toBe('place');
    expect(english.entities.find((e) => e.name === 'Keir Starmer')!.mentions).toHaveLength(2);
    for (const word of ['Prime', 'Minister', 'Russian', 'Russian Foreign', 'President', 'Secretary', 'The'])
      expect(names).not.toContain(word);
  });

  it('joins institutions with their lower-case words and types them', () => {
    expect(typeOf('Institute for the Study of War')).toBe('organisation');
    expect(typeOf('White House')).toBe('organisation');
    expect(typeOf('BBC')).toBe('organisation');
    expect(typeOf('Kremlin')).not.toBe('person');
    expect(typeOf('Washington')).toBe('place');
  });
});

describe('a German article never seen, where every noun is capitalised', () => {
  const german = extractEntities(
    corpusOf([
      {
        id: 'de-berlin',
        lang: 'de',
        text: `Scholz empfängt Selenskyj in Berlin

Bundeskanzler Olaf Scholz hat am Montag den ukrainischen Präsidenten Wolodymyr Selenskyj im Kanzleramt empfangen. Beide sprachen über weitere Waffenlieferungen und die Lage an der Front im Osten der Ukraine.

Scholz sagte nach dem Treffen, Deutschland werde die Ukraine so lange unterstützen wie nötig. Die Bundesregierung plane zusätzliche Hilfe in Höhe von fünf Milliarden Euro. Selenskyj dankte dem Kanzler für die Unterstützung und forderte mehr Flugabwehrsysteme vom Typ Patriot.

Unterdessen griff Russland in der Nacht erneut die Stadt Charkiw mit Drohnen an. Nach Angaben des Bürgermeisters Ihor Terechow wurden mindestens drei Menschen verletzt. Der Kreml wies die Vorwürfe zurück und sprach von Angriffen auf militärische Ziele.

Auch die Europäische Union kündigte neue Sanktionen an. Die Präsidentin der EU-Kommission, Ursula von der Leyen, erklärte in Brüssel, Moskau müsse für den Krieg bezahlen.`,
      },
    ]),
  );
  const typeOf = (name: string) => german.entities.find((e) => e.name === name)?.type;

  it('finds the people, places and organisations', () => {
    expect(typeOf('Olaf Scholz')).toBe('person');
    expect(german.entities.find((e) => e.name === 'Olaf Scholz')!.mentions).toHaveLength(3);
    expect(typeOf('Wolodymyr Selenskyj')).toBe('person');
    expect(typeOf('Ihor Terechow')).toBe('person');
    expect(typeOf('Ursula von der Leyen')).toBe('person');
    for (const place of ['Berlin', 'Deutschland', 'Ukraine', 'Charkiw', 'Brüssel', 'Russland', 'Moskau'])
      expect(typeOf(place), place).toBe('place');
    // The EU and its abbreviation are one entity (CLDR region EU), an organisation.
    expect(typeOf('Europäische Union')).toBe('organisation');
    expect(german.entities.find((e) => e.name === 'Europäische Union')!.aliases.map((a) => a.text)).toContain('EU');
    expect(typeOf('Kreml')).toBeDefined();
    expect(typeOf('Kreml')).not.toBe('person');
  });

  it('leaves the common nouns out', () => {
    const words = new Set(german.entities.flatMap((e) => e.aliases.flatMap((a) => a.text.split(/\s+/))));
    for (const noun of [
      'Bundeskanzler',
      'Kanzleramt',
      'Waffenlieferungen',
      'Lage',
      'Front',
      'Osten',
      'Treffen',
      'Bundesregierung',
      'Hilfe',
      'Höhe',
      'Milliarden',
      'Euro',
      'Kanzler',
      'Unterstützung',
      'Flugabwehrsysteme',
      'Typ',
      'Nacht',
      'Stadt',
      'Drohnen',
      'Angaben',
      'Bürgermeisters',
      'Menschen',
      'Vorwürfe',
      'Angriffen',
      'Ziele',
      'Sanktionen',
      'Präsidentin',
      'Krieg',
    ]) {
      expect(words.has(noun), noun).toBe(false);
    }
  });
});

describe('a headline in title case', () => {
  it('takes from it only the words the article confirms as names', () => {
    const result = extractEntities(
      corpusOf([
        {
          id: 'en-headline',
          lang: 'en',
          text: `Russian Forces Push Toward Pokrovsk As Starmer Meets Zelensky In London

Russian forces pushed towards Pokrovsk on Monday. Prime Minister Keir Starmer met Volodymyr Zelensky in London, where the UK announced new aid.`,
        },
      ]),
    );
    expect(result.entities.map((e) => e.name).sort()).toEqual([
      'Keir Starmer',
      'London',
      'Pokrovsk',
      'United Kingdom', // "the UK": named by CLDR's English name
      'Volodymyr Zelensky',
    ]);
    expect(result.entities.find((e) => e.name === 'Keir Starmer')!.mentions).toHaveLength(2); // Starmer in the headline
    expect(result.entities.find((e) => e.name === 'United Kingdom')!.type).toBe('place');
  });
});

describe('a Danish article never seen', () => {
  it('types institutions, broadcasters and three-word names', () => {
    const result = extractEntities(
      corpusOf([
        {
          id: 'da-f16',
          lang: 'da',
          text: `Danmark sender F-16-fly til Ukraine

Statsminister Mette Frederiksen (S) meddelte tirsdag i Folketinget, at Danmark sender yderligere seks F-16-fly til Ukraine. Det oplyser Forsvarsministeriet.

Forsvarsminister Troels Lund Poulsen siger til DR, at flyene ankommer i løbet af sommeren. Ifølge Frederiksen er beslutningen truffet i samråd med USA og Holland.

Venstre og Dansk Folkeparti bakker op om beslutningen. Den ukrainske ambassadør i København, Mykhailo Vydoinyk, takker Danmark for støtten.`,
        },
      ]),
    );
    const typeOf = (name: string) => result.entities.find((e) => e.name === name)?.type;
    expect(typeOf('Mette Frederiksen')).toBe('person');
    expect(result.entities.find((e) => e.name === 'Mette Frederiksen')!.mentions).toHaveLength(2);
    expect(typeOf('Troels Lund Poulsen')).toBe('person');
    expect(typeOf('Mykhailo Vydoinyk')).toBe('person');
    for (const org of ['Folketinget', 'Forsvarsministeriet', 'DR', 'Dansk Folkeparti'])
      expect(typeOf(org), org).toBe('organisation');
    for (const place of ['Danmark', 'Ukraine', 'København', 'USA', 'Holland'])
      expect(typeOf(place), place).toBe('place');
    for (const word of ['Statsminister', 'Forsvarsminister', 'Det', 'Den', 'Ifølge', 'S', 'F-16-fly']) {
      expect(
        result.entities.some((e) => e.aliases.some((a) => a.text.split(/\s+/).includes(word))),
        word,
      ).toBe(false);
    }
  });
});

describe('names next to each other', () => {
  it('keeps coordinated institutions and places apart, and joins only real connectors', () => {
    const result = extractEntities(
      corpusOf([
        {
          id: 'en-apart',
          lang: 'en',
          text: `Officials from the Ministry of Defence and Reuters met in Kyiv. The Pentagon and NATO declined to comment, a spokesman told Fox News the talks were over.`,
        },
      ]),
    );
    const names = result.entities.map((e) => e.name).sort();
    expect(names).toEqual(['Fox News', 'Kyiv', 'Ministry of Defence', 'NATO', 'Pentagon', 'Reuters']);
  });
});

describe('text written in capitals', () => {
  it('takes no capitalised word for an acronym, only confirmed names', () => {
    const result = extractEntities(
      corpusOf([
        {
          id: 'en-caps',
          lang: 'en',
          text: `BREAKING: RUSSIA LAUNCHES MASSIVE ATTACK ON KYIV

Missiles hit Kyiv overnight, NATO said. The UN condemned the strikes.`,
        },
      ]),
    );
    expect(result.entities.map((e) => `${e.name}:${e.type}`).sort()).toEqual([
      'Kyiv:place',
      'NATO:organisation',
      'UN:organisation',
    ]);
    expect(
      result.entities
        .find((e) => e.name === 'Kyiv')!
        .aliases.map((a) => a.text)
        .sort(),
    ).toEqual(['KYIV', 'Kyiv']);
  });
});
