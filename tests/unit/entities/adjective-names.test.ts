/**
 * Czech and Russian names that go on in lower case after a capitalised adjective (Evropská unie,
 * Верховный суд) are kept whole when the corpus writes them so; an adjective alone is no name.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { isSlavicAdjective } from '../../../lib/entities/adjectiveNames';
import { corpusOf } from '../entitiesCorpus';

function entitiesOf(articles: { id: string; lang: string; text: string }[]): Entity[] {
  return extractEntities(corpusOf(articles)).entities;
}
const names = (entities: Entity[]) => entities.map((e) => e.name);

describe('adjective + noun names', () => {
  it('reads Czech and Russian adjective endings', () => {
    expect(isSlavicAdjective('Evropská', 'cs')).toBe(true);
    expect(isSlavicAdjective('Верховный', 'ru')).toBe(true);
    expect(isSlavicAdjective('Praha', 'cs')).toBe(false);
    expect(isSlavicAdjective('Evropská', 'pl')).toBe(false); // Polish capitalises every word of such names
  });

  it('keeps "Evropská unie" and "Evropská komise" whole and apart', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'cs',
        text: [
          'Podle Evropské komise je plynovod problém. Ministři Evropské unie jednali v Bruselu.',
          'Šéfka Evropské komise Ursula von der Leyenová to řekla. Státy Evropské unie souhlasí.',
          'Evropská unie chce jednotu. Evropská komise navrhla pravidla.',
          'Britská vláda nesouhlasí. Britská média o tom psala. Britská vláda to zopakovala.',
          'Evropská politika je složitá a britská vláda i britská média to vědí.',
        ].join('\n'),
      },
    ]);
    const union = entities.find((e) => e.aliases.some((a) => a.text === 'Evropské unie'));
    const commission = entities.find((e) => e.aliases.some((a) => a.text === 'Evropské komise'));
    expect(union).toBeDefined();
    expect(commission).toBeDefined();
    expect(union).not.toBe(commission);
    expect(union!.type).toBe('organisation');
    // No adjective alone, and no adjective opening a sentence before a common noun.
    expect(names(entities)).not.toContain('Evropské');
    expect(names(entities)).not.toContain('Evropská');
    expect(names(entities).some((n) => n.startsWith('Britsk'))).toBe(false);
  });

  it('keeps "Верховный суд" whole in Russian', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'ru',
        text: [
          'Решение принял Верховный суд страны. Об этом заявил Верховный суд в среду.',
          'Адвокаты обратились в Верховный суд повторно.',
        ].join('\n'),
      },
    ]);
    expect(names(entities)).toContain('Верховный суд');
    expect(names(entities)).not.toContain('Верховный');
  });

  it('drops a lower-case adjective glued after a byline ("Lukáš Vaněk Britská premiérka")', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'cs',
        text: [
          'Autor: Lukáš Vaněk Britská premiérka Theresa Mayová odjela do Bruselu.',
          'Podle Lukáše Vaňka to potvrdila i britská vláda. Lukáš Vaněk to napsal.',
          'Prezident Volodymyr Zelenský uvedl, že Zelenský jednal s Mayovou.',
        ].join('\n'),
      },
    ]);
    expect(names(entities).some((n) => n.includes('Britsk'))).toBe(false);
    // A surname with an adjective's ending, never written in lower case, stays.
    expect(names(entities).some((n) => n.endsWith('Volodymyr Zelenský'))).toBe(true);
  });

  it('takes no verb after a surname with an adjective ending ("Bibiová nebude") into the name', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'cs',
        text: [
          'Soud rozhodl, že Asia Bibiová nebude popravena. Podle soudu Bibiová nebude souzena znovu.',
          'Manžel řekl, že Bibiová odjede. Rodina doufá, že Bibiová přežije. Také Bibiová děkovala.',
          'Advokát potvrdil, že Bibiová byla propuštěna. Prý Bibiová odletěla a Bibiová mlčí.',
          'Asia Bibiová je křesťanka. Když Bibiová seděla ve vězení, Bibiová psala dopisy.',
        ].join('\n'),
      },
    ]);
    expect(names(entities).filter((n) => / \p{Ll}/u.test(n))).toEqual([]);
    const bibi = entities.filter((e) => e.aliases.some((a) => a.text.startsWith('Bibiov')));
    expect(bibi).toHaveLength(1);
  });
});
