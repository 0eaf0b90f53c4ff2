/**
 * The background's view of the bundle: loaded and validated once per worker lifetime, with the
 * lookup tables the handlers need. Everything here is rebuilt from `/bundle.json` on demand, so a
 * worker the browser stopped and restarted answers exactly like the old one. A failed load is not
 * memoised: the error is reported to the asker and the next request tries again.
 */
import type { Bundle, CorpusDocument, Entity, Passage } from '../bundle/schema';
import type { PageScan } from '../names/matcher';

/** One ranked passage from the search engine (see `lib/search/index.ts`). */
export interface PassageHitLike {
  passageId: number;
  score: number;
  marks: [number, number][];
}

export interface SearchEngineLike {
  search(query: string, limit?: number): PassageHitLike[];
}

/** One name found in a text (see `lib/names/matcher.ts`). */
export interface NameMatchLike {
  start: number;
  end: number;
  entityId: string;
}

/** Scans the texts of one page, sharing evidence between them (the names helper's own type). */
export type PageScanLike = PageScan;

export interface MatcherLike {
  match(text: string, options?: { lang?: string }): NameMatchLike[];
  /** A page's scan with shared evidence; without it every text is matched on its own. */
  page?(): PageScanLike;
}

/** A mention with its entity, keyed by passage. */
export interface PassageMention {
  start: number;
  end: number;
  entityId: string;
}

/** The loaded bundle plus indexes over it. */
export interface Corpus {
  bundle: Bundle;
  documentById: Map<string, CorpusDocument>;
  entityById: Map<string, Entity>;
  /** Mentions of every entity, per passage id, sorted by start. */
  mentionsByPassage: Map<number, PassageMention[]>;
  /** The search engine, created on first use (loading the index costs more than the rest). */
  searchEngine(): SearchEngineLike;
  /** The name matcher, created on first use. */
  matcher(): MatcherLike;
}

/** Where the corpus comes from; injectable so tests can feed a built or a broken bundle. */
export interface CorpusSource {
  /** Reads the raw bundle JSON (in the extension: fetch of `/bundle.json`). */
  loadJson(): Promise<unknown>;
  /** Validates it; throws `Error('Factlight: …')` naming what is wrong. */
  parse(json: unknown): Bundle;
  /** The search engine; it is given the corpus's name matcher so both share one instance. */
  createSearchEngine(bundle: Bundle, matcher: MatcherLike): SearchEngineLike;
  createMatcher(matcherData: Bundle['matcher'], bundle: Bundle): MatcherLike;
}

export interface CorpusLoader {
  /** The corpus, loading it on first call; rejects with a `Factlight: …` error when it is unusable. */
  get(): Promise<Corpus>;
  /** The corpus if it is already loaded, without loading it (for answers that must be synchronous). */
  loaded(): Corpus | undefined;
  /** Forgets the loaded corpus (the library changed); the next `get` loads the new one. */
  reset(): void;
}

/** Builds the indexes the handlers use. Pure, synchronous. */
function indexCorpus(bundle: Bundle, source: Pick<CorpusSource, 'createSearchEngine' | 'createMatcher'>): Corpus {
  const documentById = new Map(bundle.documents.map((d) => [d.id, d] as const));
  const entityById = new Map(bundle.entities.map((e) => [e.id, e] as const));
  const mentionsByPassage = new Map<number, PassageMention[]>();
  for (const entity of bundle.entities) {
    for (const m of entity.mentions) {
      let list = mentionsByPassage.get(m.passageId);
      if (!list) mentionsByPassage.set(m.passageId, (list = []));
      list.push({ start: m.start, end: m.end, entityId: entity.id });
    }
  }
  for (const list of mentionsByPassage.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  let engine: SearchEngineLike | undefined;
  let matcher: MatcherLike | undefined;
  const getMatcher = () => (matcher ??= source.createMatcher(bundle.matcher, bundle));
  return {
    bundle,
    documentById,
    entityById,
    mentionsByPassage,
    searchEngine: () => (engine ??= source.createSearchEngine(bundle, getMatcher())),
    matcher: getMatcher,
  };
}

/** A loader that keeps one successful load and retries after a failed one. */
export function createCorpusLoader(source: CorpusSource): CorpusLoader {
  let pending: Promise<Corpus> | undefined;
  let ready: Corpus | undefined;
  return {
    loaded: () => ready,
    reset() {
      pending = undefined;
      ready = undefined;
    },
    get() {
      pending ??= (async () => {
        let json: unknown;
        try {
          json = await source.loadJson();
        } catch (error) {
          throw new Error(`Factlight: the bundle could not be read (${describe(error)})`);
        }
        ready = indexCorpus(source.parse(json), source);
        return ready;
      })().catch((error: unknown) => {
        pending = undefined;
        const message = describe(error);
        throw new Error(message.startsWith('Factlight:') ? message : `Factlight: the bundle is unusable (${message})`);
      });
      return pending;
    },
  };
}

/** The passage's document, or a clear error when the bundle is inconsistent. */
export function documentOf(corpus: Corpus, passage: Passage): CorpusDocument {
  const doc = corpus.documentById.get(passage.docId);
  if (!doc) throw new Error(`Factlight: passage ${passage.id} names unknown document "${passage.docId}"`);
  return doc;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
