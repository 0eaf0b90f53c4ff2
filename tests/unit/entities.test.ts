import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntitySchema, type Entity } from '../../lib/bundle/schema';
import { extractEntities, parseCurated } from '../../lib/entities';
import { SEEDS_DIR, seedCorpus } from './entitiesCorpus';

const corpus = seedCorpus();
const curated = parseCurated(
  JSON.parse(readFileSync(join(SEEDS_DIR, 'entities.curated.json'), 'utf8')),
  'entities.curated.json',
);
const withCurated = extractEntities({ ...corpus, curated });
const extractedOnly = extractEntities(corpus);
const passageText = (id: number) => corpus.passages[id]!.text;

function entityNamed(result: typeof withCurated, alias: string): Entity {
  const found = result.entities.filter((e) => e.name === alias || e.aliases.some((a) => a.text === alias));
  expect(
    found.map((e) => e.id),
    `one entity with the spelling ${alias}`,
  ).toHaveLength(1);
  return found[0]!;
}
const mentionTexts = (e: Entity) => e.mentions.map((m) => passageText(m.passageId).slice(m.start, m.end));
const langsOf = (e: Entity, text?: string) =>
  [...new Set(e.aliases.filter((a) => !text || a.text === text).map((a) => a.lang))].sort();

describe.each([
  ['extraction alone', extractedOnly],
  ['extraction with the curated file', withCurated],
])('entities of the seeds, %s', (_label, result) => {
  it('merges Zelenskyj and Selenskyj (and Zelenskij, and the full names) into one person', () => {
    const zelenskyj = entityNamed(result, 'Zelenskyj');
    expect(entityNamed(result, 'Selenskyj').id).toBe(zelenskyj.id);
    expect(entityNamed(result, 'Wolodymyr Selenskyj').id).toBe(zelenskyj.id);
    expect(entityNamed(result, 'Volodimir Zelenskij').id).toBe(zelenskyj.id);
    expect(zelenskyj.id).toBe('volodymyr-zelenskyj');
    expect(zelenskyj.name).toBe('Volodymyr Zelenskyj');
    expect(zelenskyj.type).toBe('person');
    expect(langsOf(zelenskyj, 'Zelenskyj')).toEqual(['da']);
    expect(langsOf(zelenskyj, 'Selenskyj')).toEqual(['de']);
    // 000 and 002 write Zelenskyj 10 times, 001 Zelenskij once, 004 Selenskyj 7 times.
    expect(zelenskyj.mentions).toHaveLength(18);
    expect(zelenskyj.docCount).toBe(4);
  });

  it('finds Putin as a person, genitives (Putins) included', () => {
    const putin = entityNamed(result, 'Putin');
    expect(putin.name).toBe('Vladimir Putin');
    expect(putin.type).toBe('person');
    expect(mentionTexts(putin)).toContain('Putins');
    expect(mentionTexts(putin)).toContain('Vladimir Putins');
    expect(mentionTexts(putin).filter((t) => t === 'Putins')).toHaveLength(4); // 000: 2 alone, 001: 2
    expect(putin.docCount).toBe(3);
  });

  it('merges Rusland and Russland into one place, in three languages', () => {
    const russia = entityNamed(result, 'Rusland');
    expect(entityNamed(result, 'Russland').id).toBe(russia.id);
    expect(entityNamed(result, 'Ruslands').id).toBe(russia.id);
    expect(russia.type).toBe('place');
    expect(langsOf(russia)).toEqual(['da', 'de', 'nb']);
  });

  it('merges Ukraine and Ukraina into one place', () => {
    const ukraine = entityNamed(result, 'Ukraine');
    expect(entityNamed(result, 'Ukraina').id).toBe(ukraine.id);
    expect(ukraine.type).toBe('place');
    expect(ukraine.docCount).toBe(5);
  });

  it('merges exonyms through the known spellings: Moskva and Moskau, Kyiv and Kiew, Belarus and Weißrussland', () => {
    const moskva = entityNamed(result, 'Moskva');
    expect(entityNamed(result, 'Moskau').id).toBe(moskva.id);
    expect(langsOf(moskva)).toEqual(['da', 'de', 'nb']);
    expect(moskva.type).toBe('place');
    expect(entityNamed(result, 'Kiew').id).toBe(entityNamed(result, 'Kyiv').id);
    expect(entityNamed(result, 'Weißrusslands').id).toBe(entityNamed(result, 'Belarus').id);
  });

  it('finds Kursk as a place, from Kursk-regionen too', () => {
    const kursk = entityNamed(result, 'Kursk');
    expect(kursk.type).toBe('place');
    expect(kursk.mentions).toHaveLength(13); // 10 times Kursk, 3 times Kursk-regionen
    const inCompound = kursk.mentions.filter((m) =>
      passageText(m.passageId).slice(m.start).startsWith('Kursk-regionen'),
    );
    expect(inCompound).toHaveLength(3);
  });

  it('finds NATO (NATOs, Natos) as an organisation', () => {
    const nato = entityNamed(result, 'Natos');
    expect(entityNamed(result, 'NATOs').id).toBe(nato.id);
    expect(nato.type).toBe('organisation');
  });

  it('keeps capitalised German common nouns out', () => {
    for (const noun of [
      'Luftabwehr',
      'Präsident',
      'Präsidenten',
      'Sanktionen',
      'Krieg',
      'Kriegs',
      'Frieden',
      'Gespräch',
      'Juli',
      'Sie',
      'Teilen',
    ]) {
      const hits = result.entities.filter(
        (e) => e.name === noun || e.aliases.some((a) => a.text.split(/\s+/).includes(noun)),
      );
      expect(
        hits.map((e) => e.id),
        noun,
      ).toEqual([]);
    }
  });

  it('finds Bakhmut and Izium as places, Keith Kellogg as a person', () => {
    const bakhmut = entityNamed(result, 'Bakhmut');
    expect(bakhmut.type).toBe('place');
    expect(bakhmut.mentions).toHaveLength(2);
    const izium = entityNamed(result, 'Izium');
    expect(izium.type).toBe('place');
    expect(izium.mentions).toHaveLength(7);
    const kellogg = entityNamed(result, 'Keith Kellogg');
    expect(kellogg.type).toBe('person');
    expect(entityNamed(result, 'Kellogg').id).toBe(kellogg.id);
    expect(kellogg.mentions).toHaveLength(5);
  });

  it('types people, places and organisations from cues', () => {
    const typeOf = (alias: string) => entityNamed(result, alias).type;
    expect(typeOf('Oleksij Reznikov')).toBe('person');
    expect(typeOf('Jens Stoltenberg')).toBe('person');
    expect(typeOf('Mike Waltz')).toBe('person');
    expect(typeOf("Waltz'")).toBe('person');
    expect(typeOf('Kharkiv')).toBe('place');
    expect(typeOf('Krim')).toBe('place');
    expect(typeOf('Sumy')).toBe('place');
    expect(typeOf('CNN')).toBe('organisation');
    expect(typeOf('Reuters')).toBe('organisation');
    expect(typeOf('Tass')).toBe('organisation');
    expect(typeOf('Wagner')).toBe('organisation');
  });

  it("points every mention at one of the entity's spellings, and every excerpt marks it", () => {
    for (const entity of result.entities) {
      const spellings = new Set(entity.aliases.map((a) => a.text));
      for (const text of mentionTexts(entity)) expect(spellings, entity.id).toContain(text);
      expect(entity.excerpts.length).toBeGreaterThan(0);
      expect(entity.excerpts.length).toBeLessThanOrEqual(5);
      for (const excerpt of entity.excerpts) {
        expect(excerpt.text.length).toBeLessThanOrEqual(242);
        expect(excerpt.marks.length).toBeGreaterThan(0);
        for (const [start, end] of excerpt.marks) expect(spellings).toContain(excerpt.text.slice(start, end));
      }
    }
  });

  it('gives valid, sorted, unique entities with consistent counts', () => {
    const ids = result.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const entity of result.entities) {
      EntitySchema.parse(entity);
      expect(entity.aliases.reduce((n, a) => n + a.count, 0)).toBe(entity.mentions.length);
      expect(entity.docCount).toBe(new Set(entity.mentions.map((m) => corpus.passages[m.passageId]!.docId)).size);
      for (const r of entity.related) expect(ids).toContain(r.entityId);
    }
    const { extracted, curated: fromFile, both } = result.counts;
    expect(extracted + fromFile + both).toBe(result.entities.length);
  });
});

describe('the curated file on the seeds', () => {
  it('counts entities by origin', () => {
    expect(extractedOnly.counts.curated + extractedOnly.counts.both).toBe(0);
    expect(withCurated.counts.both).toBe(curated.entries.length);
  });

  it('gives canonical names, types and spellings extraction cannot', () => {
    const whiteHouse = entityNamed(withCurated, 'Det Hvide Hus');
    expect(entityNamed(withCurated, 'Det hvite hus').id).toBe(whiteHouse.id);
    expect(whiteHouse.type).toBe('organisation');
    expect(entityNamed(withCurated, 'Kreml').type).toBe('organisation');
    const usa = entityNamed(withCurated, "USA's");
    expect(usa.type).toBe('place');
    expect(mentionTexts(usa)).toContain('US'); // US-Sondergesandten
    expect(entityNamed(withCurated, 'Vereinigten Staaten').id).toBe('usa');
    expect(entityNamed(withCurated, 'Irans').name).toBe('Iran');
  });

  it('suppresses a false entity and reports it', () => {
    const result = extractEntities({ ...corpus, curated: { ...curated, suppress: ['Lolland'] } });
    expect(result.entities.some((e) => e.name === 'Lolland')).toBe(false);
    expect(result.suppressed).toEqual(['Lolland']);
    expect(extractedOnly.entities.some((e) => e.name === 'Lolland')).toBe(true);
  });

  it('takes an explicit id, adds a spelling extraction misses, and leaves out entries the corpus never names', () => {
    const result = extractEntities({
      ...corpus,
      curated: {
        version: 1,
        entries: [
          { name: 'Krim', type: 'place', aliases: ['Crimea'], id: 'crimea' },
          { name: 'Reuters', type: 'organisation', aliases: ['ritzau'] },
          { name: 'Atlantis', type: 'place' },
        ],
        suppress: [],
      },
    });
    const krim = result.entities.find((e) => e.id === 'crimea')!;
    expect(krim.name).toBe('Krim');
    expect(krim.origin).toBe('both');
    expect(krim.mentions).toHaveLength(5); // 001: Krim four times, Krim-halvøen once
    expect(result.entities.some((e) => e.name === 'Atlantis')).toBe(false);
    // "ritzau" is written in lower case: names are matched only where they are capitalised.
    expect(result.entities.find((e) => e.name === 'Reuters')!.aliases.map((a) => a.text)).toEqual(['Reuters']);
    expect(result.counts.both).toBe(2);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractEntities({ ...corpus, curated }))).toBe(JSON.stringify(withCurated));
  });
});

describe('excerpts', () => {
  it('cuts long passages around the name on word boundaries with an ellipsis', () => {
    const putin = entityNamed(withCurated, 'Putin');
    const cut = withCurated.entities
      .flatMap((e) => e.excerpts)
      .filter((x) => x.text.startsWith('…') || x.text.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const excerpt of cut) {
      const passage = passageText(excerpt.passageId);
      const body = excerpt.text.replace(/^…|…$/g, '');
      expect(passage).toContain(body);
      if (excerpt.text.startsWith('…')) expect(passage[passage.indexOf(body) - 1]).toMatch(/\s/);
      if (excerpt.text.endsWith('…')) expect(passage[passage.indexOf(body) + body.length]).toMatch(/\s/);
    }
    expect(new Set(putin.excerpts.map((x) => corpus.passages[x.passageId]!.docId)).size).toBe(3);
  });
});
