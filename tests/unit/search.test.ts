import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '@/lib/node/buildBundle';
import type { Bundle } from '@/lib/bundle/schema';
import { createSearchEngine, markTerms, type SearchEngine } from '@/lib/search';
import { foldForSearch } from '@/lib/text/fold';

let bundle: Bundle;
let engine: SearchEngine;
const docOf = (passageId: number) => bundle.passages[passageId]!.docId;

beforeAll(() => {
  bundle = buildBundle({ seedsDir: 'seeds', builtAt: '2026-01-01T00:00:00.000Z' });
  engine = createSearchEngine(bundle);
});

describe('foldForSearch', () => {
  it('folds case and the Nordic and German letters alike', () => {
    expect(foldForSearch('Præsident')).toBe(foldForSearch('Präsident'));
    expect(foldForSearch('Grünen')).toBe('gruenen');
    expect(foldForSearch('Straße')).toBe('strasse');
    expect(foldForSearch('Søndag')).toBe('soendag');
    expect(foldForSearch('Målet')).toBe('maalet');
    expect(foldForSearch('Zełenski')).toBe('zelenski');
    expect(foldForSearch('Đoković')).toBe('dokovic');
  });
});

describe('search', () => {
  it('ranks the Norwegian Kursk article first for "Kursk"', () => {
    const hits = engine.search('Kursk');
    expect(hits.length).toBeGreaterThan(3);
    expect(docOf(hits[0]!.passageId)).toBe('003_9754d181f53d07d9');
    expect(bundle.passages[hits[0]!.passageId]!.lang).toBe('nb');
  });

  it('finds Zelenskyj and Selenskyj passages for the misspelt "Selensky"', () => {
    const docs = new Set(engine.search('Selensky', 50).map((h) => docOf(h.passageId)));
    expect(docs.has('004_605398b3eb7bcf50')).toBe(true); // German: Selenskyj
    expect(docs.has('000_e45d9ab066da7475')).toBe(true); // Danish: Zelenskyj
  });

  it('puts exact matches ahead of prefix and typo matches', () => {
    const hits = engine.search('soldater', 50);
    const exact = hits.filter((h) => h.terms.includes('soldater')).map((h) => h.score);
    const other = hits.filter((h) => !h.terms.includes('soldater')).map((h) => h.score);
    expect(other.length).toBeGreaterThan(0); // soldaterne (prefix), soldat (typo)
    expect(Math.min(...exact)).toBeGreaterThan(Math.max(...other));
    expect(bundle.passages[engine.search('Putin')[0]!.passageId]!.text).toMatch(/\bPutin\b/);
  });

  it('folds diacritics in queries: "prasident" and "praesident" find the Danish and German presidents', () => {
    const docs = new Set(engine.search('praesident', 50).map((h) => docOf(h.passageId)));
    expect(docs.has('004_605398b3eb7bcf50')).toBe(true);
    expect(docs.has('001_0414b4989c13cfe9')).toBe(true);
  });

  it('drops stopwords: a query of only stopwords finds nothing', () => {
    expect(engine.search('og der')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
  });

  it('marks the matched words in the passage text', () => {
    const hit = engine.search('Bakhmut')[0]!;
    const text = bundle.passages[hit.passageId]!.text;
    expect(hit.marks.length).toBeGreaterThan(0);
    for (const [s, e] of hit.marks) expect(text.slice(s, e)).toBe('Bakhmut');
  });

  it('answers a prefix as you type', () => {
    const docs = new Set(engine.search('Kupj').map((h) => docOf(h.passageId)));
    expect(docs).toEqual(new Set(['002_5644e6c51a1d9186']));
  });
});

describe('markTerms', () => {
  it('marks whole words by their folded form', () => {
    expect(markTerms('Präsident Selenskyj und der Präsidenten', ['praesident'])).toEqual([[0, 9]]);
  });
  it('splits words where the index does, so a genitive apostrophe leaves the name marked', () => {
    expect(markTerms("USA's plan og Putin’s tale", ['usa', 'putin'])).toEqual([
      [0, 3],
      [14, 19],
    ]);
  });
});

describe('search across spellings and scripts', () => {
  it.each(['Zelensky', 'Зеленский', 'Selenskyjs'])(
    '"%s" finds both the Danish and the German articles on Zelenskyj',
    (query) => {
      const docs = new Set(engine.search(query, 50).map((h) => docOf(h.passageId)));
      expect(docs.has('004_605398b3eb7bcf50')).toBe(true);
      expect(docs.has('000_e45d9ab066da7475')).toBe(true);
    },
  );
  it('"moskau" finds Moskva in the Danish and Norwegian articles', () => {
    const docs = new Set(engine.search('moskau', 50).map((h) => docOf(h.passageId)));
    expect(docs.has('002_5644e6c51a1d9186')).toBe(true);
    expect(docs.has('003_9754d181f53d07d9')).toBe(true);
  });
});
