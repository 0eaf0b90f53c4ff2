/**
 * The library's build worker: a dedicated Worker the library page starts, so imports, removals and
 * rebuilds never run on a UI thread. It owns the writes to the library store; the page then asks
 * the background to serve the new corpus.
 */
import { parseHTML } from 'linkedom';
import { parseBundleText } from '../bundle/load';
import { parseNameResources, provideNameResources } from '../names/resources';
import { type HtmlParser, MAX_IMPORT_BYTES, readImportFile } from './files';
import {
  addPage,
  ImportCancelled,
  type ImportProgress,
  importBundle,
  importSources,
  initLibrary,
  type NewSource,
  type RejectedSource,
  rebuildLibrary,
  removeCollection,
  removeDocuments,
  restoreSample,
} from './library';
import { estimateBytes, type LibraryDb, listCollections, listSources, openLibraryDb, readCorpus } from './store';
import { SAMPLE_COLLECTION_ID, type SampleSources } from './types';
import type { FromWorker, JobResult, LibraryJob, LibrarySnapshot, ToWorker } from './workerProtocol';

const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

let cancelled = false;

/** Least time between two progress messages. */
const PROGRESS_EVERY_MS = 100;
let dbPromise: Promise<LibraryDb> | undefined;
const db = () => (dbPromise ??= openLibraryDb());

async function loadSample(): Promise<SampleSources> {
  const response = await fetch('/sample.json');
  if (!response.ok) throw new Error(`Factlight: the sample corpus could not be read (HTTP ${response.status})`);
  return (await response.json()) as SampleSources;
}

/** Gives the worker's event loop a turn, so a `cancel` message is seen between files. */
const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function snapshot(database: LibraryDb): Promise<LibrarySnapshot> {
  const [stored, collections, sources, storageBytes] = await Promise.all([
    readCorpus(database),
    listCollections(database),
    listSources(database),
    estimateBytes().catch(() => undefined),
  ]);
  const collectionOf = new Map(sources.map((s) => [s.id, s.collectionId] as const));
  const perCollection = new Map<string, number>();
  for (const s of sources) perCollection.set(s.collectionId, (perCollection.get(s.collectionId) ?? 0) + 1);
  const base = {
    collections: collections.map((c) => ({ ...c, curated: undefined, articles: perCollection.get(c.id) ?? 0 })),
    storageBytes,
    sampleMissing: !collections.some((c) => c.id === SAMPLE_COLLECTION_ID),
  };
  if (stored.state !== 'ok') {
    return {
      ...base,
      status: stored.state === 'damaged' ? 'damaged' : 'ok',
      damage: stored.state === 'damaged' ? stored.reason : undefined,
      articles: [],
      names: [],
      passages: 0,
    };
  }
  const { core } = stored;
  const namesPerPassage = new Map<number, Set<string>>();
  for (const entity of core.entities) {
    for (const m of entity.mentions) {
      const set = namesPerPassage.get(m.passageId) ?? new Set<string>();
      namesPerPassage.set(m.passageId, set);
      set.add(entity.id);
    }
  }
  return {
    ...base,
    status: 'ok',
    passages: core.passages.length,
    articles: core.documents.map((d) => {
      const names = new Set<string>();
      for (let p = d.firstPassage; p < d.firstPassage + d.passageCount; p++)
        for (const id of namesPerPassage.get(p) ?? []) names.add(id);
      return {
        id: d.id,
        title: d.title,
        date: d.date,
        lang: d.lang,
        source: d.source,
        url: d.sourceUrl,
        file: d.file,
        passages: d.passageCount,
        names: names.size,
        collectionId: collectionOf.get(d.id) ?? null,
      };
    }),
    names: core.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
      articles: e.docCount,
    })),
  };
}

async function readFiles(
  files: File[],
  progress: (p: ImportProgress) => void,
): Promise<{ sources: NewSource[]; rejected: RejectedSource[] }> {
  const sources: NewSource[] = [];
  const rejected: RejectedSource[] = [];
  for (let i = 0; i < files.length; i++) {
    if (cancelled) throw new ImportCancelled('Factlight: import cancelled; the library is unchanged');
    const file = files[i]!;
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      rejected.push({ file: name, reason: `file is ${(file.size / 1048576).toFixed(1)} MiB, over the 5.0 MiB limit` });
    } else {
      const read = readImportFile(name, new Uint8Array(await file.arrayBuffer()), parseHtml);
      if ('source' in read) sources.push(read.source);
      else rejected.push({ file: name, reason: read.reason });
    }
    progress({ phase: 'reading', done: i + 1, total: files.length });
    if (i % 10 === 9) await yieldTurn();
  }
  return { sources, rejected };
}

/**
 * The matcher build's word lists, country and place names, shipped as /name-resources.json. Read
 * once per worker; without them (a damaged file) corpora are still built, without those guards.
 */
let resourcesLoaded: Promise<void> | undefined;
function loadNameResources(): Promise<void> {
  resourcesLoaded ??= fetch('/name-resources.json')
    .then((response) => {
      if (!response.ok) throw new Error(`Factlight: name resources could not be read (HTTP ${response.status})`);
      return response.json();
    })
    .then((json: unknown) => {
      const resources = parseNameResources(json);
      provideNameResources(() => resources);
    })
    .catch((error: unknown) => console.warn(error));
  return resourcesLoaded;
}

async function run(
  job: LibraryJob,
  progress: (p: ImportProgress) => void,
): Promise<Omit<JobResult, 'ms' | 'snapshot'>> {
  const [database] = await Promise.all([db(), loadNameResources()]);
  const importOptions = {
    onProgress: progress,
    isCancelled: () => cancelled,
    yieldEvery: { articles: 10, yield: yieldTurn },
  };
  switch (job.type) {
    case 'state':
      return { changed: await initLibrary(database, loadSample) };
    case 'importFiles': {
      const { sources, rejected } = await readFiles(job.files, progress);
      const when = new Date().toLocaleString();
      const result = await importSources(
        database,
        { kind: 'files', name: `Import of ${when} (${job.files.length} file${job.files.length === 1 ? '' : 's'})` },
        sources,
        importOptions,
        rejected,
      );
      return { changed: result.added.length > 0, added: result.added.length, rejected: result.rejected };
    }
    case 'importBundle': {
      const bundle = parseBundleText(await job.file.text());
      const result = await importBundle(database, bundle, job.file.name, job.mode, importOptions);
      return { changed: true, added: result.added.length, rejected: result.rejected };
    }
    case 'addPage': {
      const result = await addPage(database, job.page, importOptions);
      return { changed: result.added.length > 0, added: result.added.length, rejected: result.rejected };
    }
    case 'removeDocuments':
      await removeDocuments(database, job.docIds);
      return { changed: true };
    case 'removeCollection':
      await removeCollection(database, job.collectionId);
      return { changed: true };
    case 'restoreSample':
      return { changed: !!(await restoreSample(database, await loadSample())) };
    case 'rebuild': {
      const { rejected } = await rebuildLibrary(database);
      return { changed: true, rejected };
    }
    case 'export': {
      const stored = await readCorpus(database);
      if (stored.state !== 'ok') throw new Error('Factlight: nothing to export (the library is empty or damaged)');
      const index = await stored.loadIndex();
      // Written in parts so the bundle is never one more string the size of the corpus.
      const coreJson = JSON.stringify(stored.core);
      return {
        changed: false,
        exported: new Blob([coreJson.slice(0, -1), ',"index":', JSON.stringify(index), '}'], {
          type: 'application/json',
        }),
      };
    }
  }
}

// One job at a time, in order: each reads the library as the previous one left it.
let queue: Promise<unknown> = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if ('type' in message) {
    if (message.type === 'cancel') cancelled = true;
    return;
  }
  const { id, job } = message;
  const post = (reply: FromWorker) => (self as unknown as Worker).postMessage(reply);
  queue = queue.then(async () => {
    cancelled = false;
    const started = performance.now();
    // At most one progress message per PROGRESS_EVERY_MS (and every phase change): each one is a
    // render on the page's main thread.
    let lastPost = 0;
    let lastPhase = '';
    const progress = (p: ImportProgress) => {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS && p.phase === lastPhase && p.done < p.total) return;
      lastPost = now;
      lastPhase = p.phase;
      post({ type: 'progress', id, progress: p });
    };
    try {
      const result = await run(job, progress);
      post({
        type: 'done',
        id,
        result: { ...result, ms: Math.round(performance.now() - started), snapshot: await snapshot(await db()) },
      });
    } catch (error) {
      post({
        type: 'failed',
        id,
        error: error instanceof Error ? error.message : String(error),
        cancelled: error instanceof ImportCancelled,
        snapshot: await snapshot(await db()).catch(() => undefined),
      });
    }
  });
});
