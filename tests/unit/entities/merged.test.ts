/**
 * One Factlight entity per real entity: names that only look alike (an acronym and a word, a short
 * stem and everything it starts) stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { clusterKeyOf } from '../../../lib/entities/keys';
import { corpusOf } from '../entitiesCorpus';

function entitiesOf(articles: { id: string; lang: string; text: string }[]): Entity[] {
  return extractEntities(corpusOf(articles)).entities;
}
function holder(entities: Entity[], spelling: string): Entity | undefined {
  return entities.find((e) => e.aliases.some((a) => a.text === spelling));
}

describe('acronyms are spelled, not inflected', () => {
  it('an acronym is no case form of a word with the same letters (CIRE is not Sýrii)', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'pl',
        text: [
          'Redakcja portalu CIRE informuje o komentarzach. Portal CIRE nie odpowiada za treść.',
          'Wojna w Syrii trwa. Rosja wspiera rząd Syrii, a portal CIRE pisze o gazie.',
        ].join('\n'),
      },
      { id: 'b', lang: 'cs', text: 'Konflikt v Sýrii pokračuje. Turecko hraničí se Sýrii na severu.' },
    ]);
    const cire = holder(entities, 'CIRE');
    expect(cire).toBeDefined();
    expect(cire!.aliases.map((a) => a.text)).not.toContain('Syrii');
    expect(cire!.aliases.map((a) => a.text)).not.toContain('Sýrii');
  });

  it('a two-letter acronym is no case form of a known place (KE is not Kyiv)', () => {
    expect(clusterKeyOf(['KE'])).not.toBe(clusterKeyOf(['Kyjev']));
    expect(clusterKeyOf(['Kijowie'])).toBe(clusterKeyOf(['Kyjev']));
  });

  it('acronyms still meet across scripts (NATO, НАТО)', () => {
    const entities = entitiesOf([
      { id: 'a', lang: 'pl', text: 'Sojusz NATO obraduje w Brukseli. Sekretarz NATO przemawiał wczoraj.' },
      { id: 'b', lang: 'ru', text: 'Альянс НАТО собрался в Брюсселе. Генсек НАТО выступил вчера.' },
    ]);
    expect(holder(entities, 'NATO')).toBe(holder(entities, 'НАТО'));
  });
});

describe('types follow what the name is', () => {
  it('a country is a place even where its cues read as an organisation ("Sudan said", "Sudan\'s army")', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'en',
        text: [
          'Officials in Sudan said the pipeline would reopen. Sudan said it would protect it.',
          "The fighting between Sudan's army and the militia damaged it. Sudan agreed to talks.",
        ].join('\n'),
      },
    ]);
    expect(entities.find((e) => e.name === 'Sudan')?.type).toBe('place');
  });
});

describe('a number that belongs to the name', () => {
  it('"Nord Stream 2" and "Nord Stream" are two entities; "Nord Stream 2 AG" is no bare "AG"', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'pl',
        text: [
          'Budowa Nord Stream 2 trwa. Gazociąg Nord Stream 2 ma 1200 km.',
          'Spółka Nord Stream 2 AG z siedzibą w Szwajcarii odpowiada za Nord Stream 2 i jego budowę.',
          'Pierwsza nitka, czyli Nord Stream, działa od 2011 roku. Przez Nord Stream płynie gaz.',
          'Rosja wysłała 20 czołgów. Rosja ma 2 porty.',
        ].join('\n'),
      },
    ]);
    const two = entities.find((e) => e.name === 'Nord Stream 2');
    const one = entities.find((e) => e.name === 'Nord Stream');
    expect(two).toBeDefined();
    expect(one).toBeDefined();
    expect(two).not.toBe(one);
    expect(entities.map((e) => e.name)).not.toContain('AG');
    expect(entities.map((e) => e.name).some((n) => /^Rosja \d/.test(n))).toBe(false);
  });
});

describe('merging never crosses to an unrelated name', () => {
  it('a name one letter shorter at its start in another script is another name (Аризона is not Harrison)', () => {
    const entities = entitiesOf([
      { id: 'a', lang: 'ru', text: 'В штате Аризона голосуют. В Аризоне тихо. Из Аризоны пишут. Аризона ждёт.' },
      {
        id: 'b',
        lang: 'en',
        text: 'President Benjamin Harrison won in 1888. Harrison served one term. Harrison lost in 1892.',
      },
    ]);
    const arizona = entities.find((e) => e.aliases.some((a) => a.text === 'Аризоне'));
    expect(arizona).toBeDefined();
    expect(arizona!.aliases.map((a) => a.text)).not.toContain('Harrison');
  });
});
