/** Invariants of extraction on arbitrary text: no crash, valid entities, mentions on their spellings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../lib/bundle/schema';
import { extractEntities } from '../../lib/entities';
import { corpusOf } from './entitiesCorpus';

const WORDS = [
  'Putin',
  'Putins',
  'putin',
  'Kursk-regionen',
  'NATO',
  'Natos',
  "USA's",
  "Waltz'",
  'der',
  'Krieg',
  'i',
  'in',
  'Det',
  'Hvide',
  'Hus',
  'von',
  'Leyen',
  'Ursula',
  'præsident',
  'Präsident',
  'Selenskyj',
  'Зеленський',
  "l'Ukraine",
  'Ukraine',
  'the',
  'Institute',
  'for',
  'of',
  'War',
  'sagte',
  'siger',
  '2025',
  'S-300',
  'Moskau',
  'Ảnh',
  'NUME.ch',
  '—',
  '«',
  '»',
  '-',
];
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', ': ', '\n', ' - '];

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { maxLength: 40 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));
const article = fc.record({ lang: fc.constantFrom('da', 'nb', 'de', 'en', 'sv', 'uk', 'und'), text });

describe('entity extraction on arbitrary text', () => {
  it('never fails, and every entity is valid with mentions on its spellings', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
        const corpus = corpusOf(articles.map((a, i) => ({ id: `doc${i}`, ...a })));
        const result = extractEntities(corpus);
        const ids = new Set<string>();
        for (const entity of result.entities) {
          EntitySchema.parse(entity);
          expect(ids.has(entity.id)).toBe(false);
          ids.add(entity.id);
          const spellings = new Set(entity.aliases.map((a) => a.text));
          for (const m of entity.mentions)
            expect(spellings.has(corpus.passages[m.passageId]!.text.slice(m.start, m.end))).toBe(true);
          for (const x of entity.excerpts)
            for (const [s, e] of x.marks) expect(spellings.has(x.text.slice(s, e))).toBe(true);
        }
        expect(JSON.stringify(extractEntities(corpus))).toBe(JSON.stringify(result));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
