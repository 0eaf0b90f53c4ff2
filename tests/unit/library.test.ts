import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { generateArticles } from '../../bench/generate-corpus';
import { buildBundle } from '@/lib/node/buildBundle';
import { parseBundle } from '@/lib/bundle/load';
import type { Bundle } from '@/lib/bundle/schema';
import { parseCurated } from '@/lib/entities';
import { addArticles, buildCorpus, removeArticles } from '@/lib/library/corpus';
import {
  ImportCancelled,
  importBundle,
  importSources,
  initLibrary,
  rebuildLibrary,
  removeCollection,
  removeDocuments,
  restoreSample,
} from '@/lib/library/library';
import { parseSource } from '@/lib/library/parseSource';
import {
  commitChange,
  LibraryConflict,
  type LibraryDb,
  listCollections,
  openLibraryDb,
  readBundle,
  readCorpus,
} from '@/lib/library/store';
import type { SampleSources, SourceArticle } from '@/lib/library/types';
import { createSearchEngine } from '@/lib/search';

const BUILT_AT = '2026-12-03T00:00:00.000Z';

function sourcesOf(articles: { file: string; text: string }[], collectionId = 'c'): SourceArticle[] {
  return articles.map((a, i) => ({
    id: a.file.replace(/\.txt$/, ''),
    collectionId,
    file: a.file,
    text: a.text,
    addedAt: BUILT_AT,
    order: i,
  }));
}

/** What must be equal between two builds: everything, the index compared by its answers. */
function comparable(bundle: Bundle) {
  const { index: _index, builtAt: _builtAt, ...rest } = bundle;
  return rest;
}

function answers(bundle: Bundle, queries: string[]) {
  const engine = createSearchEngine(bundle);
  return queries.map((q) =>
    engine
      .search(q, 50)
      .map((hit) => ({ id: hit.passageId, score: Math.round(hit.score * 1e6) / 1e6 }))
      .sort((a, b) => b.score - a.score || a.id - b.id),
  );
}

const QUERIES = ['Zelenskyj', 'Putin', 'Berlin', 'regeringen', 'Selensky', 'nato kiev', 'mor'];

describe('library corpus: incremental changes equal a full build', () => {
  const generated = generateArticles({ passages: 160, seed: 11 });
  const parsed = sourcesOf(generated).map(parseSource);
  const first = parsed.slice(0, 10);
  const rest = parsed.slice(10);

  it('adding articles to a corpus gives the corpus built from all of them at once', () => {
    const full = buildCorpus(parsed, { builtAt: BUILT_AT });
    const incremental = addArticles(buildCorpus(first, { builtAt: BUILT_AT }), rest, { builtAt: BUILT_AT });
    expect(comparable(incremental)).toEqual(comparable(full));
    expect(answers(incremental, QUERIES)).toEqual(answers(full, QUERIES));
    expect(answers(full, QUERIES).flat().length).toBeGreaterThan(20);
  });

  it('removing articles gives the corpus built without them, passages renumbered', () => {
    const removed = new Set([parsed[2]!.document.id, parsed[7]!.document.id, parsed.at(-1)!.document.id]);
    const full = buildCorpus(
      parsed.filter((a) => !removed.has(a.document.id)),
      { builtAt: BUILT_AT },
    );
    const incremental = removeArticles(buildCorpus(parsed, { builtAt: BUILT_AT }), removed, { builtAt: BUILT_AT });
    expect(comparable(incremental)).toEqual(comparable(full));
    expect(answers(incremental, QUERIES)).toEqual(answers(full, QUERIES));
    // The result is a valid bundle (the CLI and the background read it).
    expect(() => parseBundle(JSON.parse(JSON.stringify(incremental)))).not.toThrow();
  });

  it('a corpus that gains or loses a language rebuilds its index and still answers like a full build', () => {
    const danish = parsed.filter((a) => a.document.lang === 'da');
    const others = parsed.filter((a) => a.document.lang !== 'da');
    const full = buildCorpus([...others, ...danish], { builtAt: BUILT_AT });
    const incremental = addArticles(buildCorpus(others, { builtAt: BUILT_AT }), danish, { builtAt: BUILT_AT });
    expect(answers(incremental, QUERIES)).toEqual(answers(full, QUERIES));
    const back = removeArticles(incremental, new Set(danish.map((a) => a.document.id)), { builtAt: BUILT_AT });
    expect(answers(back, QUERIES)).toEqual(answers(buildCorpus(others, { builtAt: BUILT_AT }), QUERIES));
  });
});

const seedsDir = path.resolve('seeds');
const sample: SampleSources = {
  files: readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(seedsDir, file), 'utf8') })),
  curated: parseCurated(JSON.parse(readFileSync(path.join(seedsDir, 'entities.curated.json'), 'utf8')), 'curated'),
};

const UNIQUE = ` date 2026-11 Besøg i Tromsø

Ordfører Ingrid Kvalsundberg tok imot delegasjonen fra Hammerfest i går. Kvalsundberg sa at samarbeidet med Hammerfest er viktig for hele regionen.

Ingrid Kvalsundberg har vært ordfører i Tromsø siden 2023, og hun vil fortsette arbeidet med havnen.
`;

let counter = 0;
let db: LibraryDb;
const open = async () => (db = await openLibraryDb(`test-library-${++counter}`));

afterEach(() => db?.close());

describe('library store (IndexedDB)', () => {
  it('starts with the sample corpus, which is the shipped seeds bundle', async () => {
    await open();
    expect(await initLibrary(db, async () => sample)).toBe(true);
    expect(await initLibrary(db, async () => sample)).toBe(false);
    const stored = await readBundle(db);
    expect(stored?.bundle.documents.map((d) => d.id)).toEqual(sample.files.map((f) => f.file.replace(/\.txt$/, '')));
    expect((await listCollections(db)).map((c) => c.kind)).toEqual(['sample']);
    // The browser pipeline builds exactly what the Node build ships as /bundle.json.
    const shipped = buildBundle({ seedsDir, builtAt: BUILT_AT });
    const { report: r1, ...built } = comparable(stored!.bundle);
    const { report: r2, ...expected } = comparable(shipped);
    expect(built).toEqual(expected);
    expect(r1.entities).toEqual(r2.entities);
    expect(answers(stored!.bundle, QUERIES)).toEqual(answers(shipped, QUERIES));
  });

  it('imports articles, survives reopening, and finds a name only the import knows', async () => {
    const name = `test-library-${++counter}`;
    db = await openLibraryDb(name);
    await initLibrary(db, async () => sample);
    const result = await importSources(db, { kind: 'files', name: 'Import' }, [
      { file: 'tromso.txt', text: UNIQUE },
      { file: 'empty.txt', text: '   ' },
    ]);
    expect(result.added).toEqual(['tromso']);
    expect(result.rejected).toEqual([{ file: 'empty.txt', reason: expect.stringMatching(/no article text/) }]);
    db.close();
    db = await openLibraryDb(name);
    const stored = await readBundle(db);
    expect(stored?.bundle.documents.length).toBe(sample.files.length + 1);
    expect(stored?.bundle.entities.some((e) => e.name === 'Ingrid Kvalsundberg')).toBe(true);
    expect(stored?.bundle.matcher).toBeTruthy();
  });

  it('removes an article and a whole collection, and restores the sample corpus', async () => {
    await open();
    await initLibrary(db, async () => sample);
    const imported = await importSources(db, { kind: 'files', name: 'Import' }, [{ file: 'tromso.txt', text: UNIQUE }]);
    await removeDocuments(db, ['000_e45d9ab066da7475']);
    let bundle = (await readBundle(db))!.bundle;
    expect(bundle.documents.map((d) => d.id)).not.toContain('000_e45d9ab066da7475');
    await removeCollection(db, 'sample');
    bundle = (await readBundle(db))!.bundle;
    expect(bundle.documents.map((d) => d.id)).toEqual(imported.added);
    expect((await listCollections(db)).map((c) => c.id)).toEqual([imported.collection.id]);
    await restoreSample(db, sample);
    bundle = (await readBundle(db))!.bundle;
    expect(bundle.documents.length).toBe(1 + sample.files.length);
  });

  it('a cancelled import writes nothing', async () => {
    await open();
    await initLibrary(db, async () => sample);
    const before = await readCorpus(db);
    await expect(
      importSources(db, { kind: 'files', name: 'x' }, [{ file: 'a.txt', text: UNIQUE }], { isCancelled: () => true }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    const after = await readCorpus(db);
    expect(after.state === 'ok' && before.state === 'ok' && after.meta.revision === before.meta.revision).toBe(true);
  });

  it('a writer that read an older revision writes nothing (one transaction per change)', async () => {
    await open();
    await initLibrary(db, async () => sample);
    const stored = (await readBundle(db))!;
    await removeDocuments(db, ['001_0414b4989c13cfe9']);
    await expect(
      commitChange(db, { baseRevision: stored.meta.revision, bundle: stored.bundle }),
    ).rejects.toBeInstanceOf(LibraryConflict);
    expect((await readBundle(db))!.bundle.documents.map((d) => d.id)).not.toContain('001_0414b4989c13cfe9');
  });

  it('detects a damaged store and rebuilds the corpus from the stored source articles', async () => {
    await open();
    await initLibrary(db, async () => sample);
    await importSources(db, { kind: 'files', name: 'Import' }, [{ file: 'tromso.txt', text: UNIQUE }]);
    const good = (await readBundle(db))!.bundle;
    const core = await db.get('corpus', 'core');
    await db.put('corpus', { revision: core!.revision, json: core!.json.slice(0, 1000) }, 'core');
    const damaged = await readCorpus(db);
    expect(damaged.state).toBe('damaged');
    await expect(readBundle(db)).rejects.toThrow(/Factlight: .*(damaged|does not match)/);
    await rebuildLibrary(db);
    const rebuilt = (await readBundle(db))!.bundle;
    expect(comparable(rebuilt)).toEqual({ ...comparable(good) });
  });

  it('exports a bundle the CLI reads and imports it back, merged or replacing the library', async () => {
    await open();
    await initLibrary(db, async () => sample);
    await importSources(db, { kind: 'files', name: 'Import' }, [{ file: 'tromso.txt', text: UNIQUE }]);
    const exported = JSON.stringify((await readBundle(db))!.bundle);
    const bundle = parseBundle(JSON.parse(exported));
    await removeCollection(db, 'sample');
    await importBundle(db, bundle, 'export.json', 'replace');
    const replaced = (await readBundle(db))!.bundle;
    expect(replaced.documents.map((d) => d.title)).toEqual(bundle.documents.map((d) => d.title));
    expect(replaced.entities.some((e) => e.name === 'Ingrid Kvalsundberg')).toBe(true);
    expect((await listCollections(db)).map((c) => c.kind)).toEqual(['bundle']);
    await importBundle(db, bundle, 'export.json', 'merge');
    expect((await readBundle(db))!.bundle.documents.length).toBe(2 * bundle.documents.length);
  });
});
