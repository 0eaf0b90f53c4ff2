/**
 * Entities of the seeds as the build sees them: articles parsed by lib/corpus (boilerplate removed,
 * passages and languages detected), then extraction with the curated file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Passage } from '../../lib/bundle/schema';
import { parseArticle } from '../../lib/corpus';
import { extractEntities, parseCurated } from '../../lib/entities';
import { SEEDS_DIR } from './entitiesCorpus';

const documents: CorpusDocument[] = [];
const passages: Passage[] = [];
for (const file of readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const parsed = parseArticle(file, readFileSync(join(SEEDS_DIR, file), 'utf8'));
  documents.push({ ...parsed.document, firstPassage: passages.length, passageCount: parsed.passages.length });
  for (const passage of parsed.passages) passages.push({ ...passage, id: passages.length });
}
const curated = parseCurated(
  JSON.parse(readFileSync(join(SEEDS_DIR, 'entities.curated.json'), 'utf8')),
  'entities.curated.json',
);
const result = extractEntities({ documents, passages, curated });
const byAlias = (text: string) => result.entities.filter((e) => e.aliases.some((a) => a.text === text));

describe('entities of the seeds through the corpus pipeline', () => {
  it('merges Zelenskyj and Selenskyj, with aliases in Danish and German', () => {
    const [zelenskyj, ...others] = byAlias('Selenskyj');
    expect(others).toEqual([]);
    expect(zelenskyj!.id).toBe('volodymyr-zelenskyj');
    expect(byAlias('Zelenskyj').map((e) => e.id)).toEqual(['volodymyr-zelenskyj']);
    expect(new Set(zelenskyj!.aliases.map((a) => a.lang))).toEqual(new Set(['da', 'de']));
  });

  it('keeps German common nouns and the dropped boilerplate out', () => {
    const words = new Set(result.entities.flatMap((e) => e.aliases.flatMap((a) => a.text.split(/\s+/))));
    for (const word of ['Luftabwehr', 'Präsident', 'Sanktionen', 'Krieg', 'Kriegs', 'Teilen', 'Sie'])
      expect(words.has(word), word).toBe(false);
  });

  it('counts extracted and curated entities', () => {
    expect(result.counts.both).toBe(curated.entries.length);
    expect(result.counts.curated).toBe(0);
    expect(result.counts.extracted + result.counts.both).toBe(result.entities.length);
    expect(result.entities.length).toBeGreaterThanOrEqual(50);
    expect(result.entities.length).toBeLessThanOrEqual(70);
  });

  it('gives every mention a spelling of its entity in a passage of the right document', () => {
    for (const entity of result.entities) {
      const spellings = new Set(entity.aliases.map((a) => a.text));
      for (const m of entity.mentions) expect(spellings).toContain(passages[m.passageId]!.text.slice(m.start, m.end));
      for (const a of entity.aliases) expect(a.lang).toMatch(/^(da|nb|de)$/);
    }
  });
});
