/**
 * What the background answers to each request of `lib/protocol.ts`. Handlers receive requests that
 * already passed {@link RequestSchema}; they return the data of a `{ ok: true, data }` answer or
 * throw a `Factlight: …` error that `main.ts` turns into `{ ok: false, error }`.
 */
import type { Browser } from 'wxt/browser';
import type { Entity } from '../bundle/schema';
import type { EntityRef, ExcerptView, PanelTarget, Request, RequestType, ResponseMap, SearchHit } from '../protocol';
import { foldForSearch } from '../text/fold';
import { documentOf, type Corpus, type CorpusLoader } from './corpus';
import { cutExcerpt } from './excerpt';
import type { PanelPlace } from '../extension/panelAdapter';
import { createPageNames } from './pageNames';

export type MessageSender = Browser.runtime.MessageSender;

/** What the handlers need from outside: the corpus, the panel, and the page helper's tab state. */
export interface HandlerDeps {
  corpus: CorpusLoader;
  /** Opens the side panel at `target`. Must start opening synchronously (user-gesture rule). */
  openPanel(target: PanelTarget, place: PanelPlace): Promise<boolean>;
  pageEntities(
    request: Extract<Request, { type: 'pageEntities' }>,
    sender: MessageSender,
  ): Promise<ResponseMap['pageEntities']>;
  tabEntities(request: Extract<Request, { type: 'tabEntities' }>): Promise<ResponseMap['tabEntities']>;
  /** Tells every tab that the corpus changed; resolves with how many content scripts heard it. */
  tellTabsCorpusChanged?(): Promise<number>;
  /** Whether a message comes from one of the extension's own pages (not a content script). */
  isExtensionPage?(sender: MessageSender): boolean;
  /** Extracts the article open in a tab and hands it to the library page (see lib/background/addPage.ts). */
  addPage?(tabId: number): Promise<boolean>;
}

export type Handler<T extends RequestType> = (
  request: Extract<Request, { type: T }>,
  sender: MessageSender,
) => Promise<ResponseMap[T]>;

export type Handlers = { [T in RequestType]: Handler<T> };

/** Default and maximum number of search hits. */
const SEARCH_LIMIT = 20;
/** Length of excerpts in results and entity pages. */
export const EXCERPT_LENGTH = 280;
/** At most this many related passages per article, so one long article cannot fill the list. */
const RELATED_PER_DOCUMENT = 2;

export function createHandlers(deps: HandlerDeps): Handlers {
  const withCorpus =
    <T extends RequestType>(
      answer: (corpus: Corpus, request: Extract<Request, { type: T }>) => ResponseMap[T],
    ): Handler<T> =>
    async (request) =>
      answer(await deps.corpus.get(), request);
  const pageNames = createPageNames();

  return {
    status: withCorpus<'status'>((corpus) => ({
      documents: corpus.bundle.documents.length,
      passages: corpus.bundle.passages.length,
      entities: corpus.bundle.entities.length,
      formatVersion: corpus.bundle.formatVersion,
    })),
    names: async (request, sender) => pageNames(await deps.corpus.get(), request, sender),
    card: withCorpus<'card'>((corpus, { entityId }) => cardOf(corpus, entityId)),
    search: withCorpus<'search'>((corpus, { query, limit }) => ({
      query,
      hits: searchPassages(corpus, query, limit ?? SEARCH_LIMIT),
    })),
    document: withCorpus<'document'>((corpus, { docId }) => documentView(corpus, docId)),
    entity: withCorpus<'entity'>((corpus, { entityId }) => entityPage(corpus, entityId)),
    related: withCorpus<'related'>((corpus, { counts, limit }) => ({
      hits: relatedPassages(corpus, counts, limit ?? 8),
    })),
    lookup: withCorpus<'lookup'>((corpus, { text }) => ({ entity: lookupEntity(corpus, text) })),
    pageEntities: (request, sender) => deps.pageEntities(request, sender),
    tabEntities: (request) => deps.tabEntities(request),
    libraryChanged: async (_request, sender) => {
      if (!deps.isExtensionPage?.(sender))
        throw new Error('Factlight: only the library page may announce a changed library');
      deps.corpus.reset();
      const corpus = await deps.corpus.get();
      return {
        documents: corpus.bundle.documents.length,
        passages: corpus.bundle.passages.length,
        entities: corpus.bundle.entities.length,
        tabsTold: (await deps.tellTabsCorpusChanged?.()) ?? 0,
      };
    },
    inCorpus: withCorpus<'inCorpus'>((corpus, { url }) => {
      const wanted = url.replace(/#.*$/, '');
      const found = corpus.bundle.documents.find((d) => d.sourceUrl === wanted);
      return { document: found ? { id: found.id, title: found.title } : null };
    }),
    addPage: async ({ tabId }, sender) => {
      if (!deps.isExtensionPage?.(sender)) throw new Error('Factlight: only the extension may add a page');
      return { opened: (await deps.addPage?.(tabId)) ?? false };
    },
    openPanel: (request, sender) => {
      // No await before this call: Chrome only opens the panel while the sender's gesture lasts.
      const place: PanelPlace = { tabId: request.tabId ?? sender.tab?.id, windowId: sender.tab?.windowId };
      return deps.openPanel(request.target, place).then((opened) => ({ opened }));
    },
  };
}

/** The light reference to an entity. */
export function refOf(entity: Entity): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type };
}

function entityOrThrow(corpus: Corpus, entityId: string): Entity {
  const entity = corpus.entityById.get(entityId);
  if (!entity) throw new Error(`Factlight: unknown entity "${entityId}"`);
  return entity;
}

/** An excerpt of a passage with its article's metadata. */
function excerptView(corpus: Corpus, passageId: number, text: string, marks: [number, number][]): ExcerptView {
  const passage = corpus.bundle.passages[passageId];
  if (!passage) throw new Error(`Factlight: unknown passage ${passageId}`);
  const doc = documentOf(corpus, passage);
  return {
    docId: doc.id,
    passageId,
    title: doc.title,
    date: doc.date,
    lang: passage.lang,
    source: doc.source,
    text,
    marks,
  };
}

/** An {@link EXCERPT_LENGTH} excerpt of a passage around its marks, with its article's metadata. */
function cutExcerptView(corpus: Corpus, passageId: number, marks: [number, number][]): ExcerptView {
  const cut = cutExcerpt(corpus.bundle.passages[passageId]?.text ?? '', marks, EXCERPT_LENGTH);
  return excerptView(corpus, passageId, cut.text, cut.marks);
}

/** The texts of a text → count map, most frequent first (ties alphabetical). */
function mostFrequentFirst(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
}

/** Spellings, most frequent first, without repeats. */
function spellingsOf(entity: Entity): string[] {
  const byText = new Map<string, number>();
  for (const alias of entity.aliases) byText.set(alias.text, (byText.get(alias.text) ?? 0) + alias.count);
  return mostFrequentFirst(byText);
}

function cardOf(corpus: Corpus, entityId: string): ResponseMap['card'] {
  const entity = entityOrThrow(corpus, entityId);
  return {
    entity: refOf(entity),
    spellings: spellingsOf(entity),
    mentionCount: entity.mentions.length,
    docCount: entity.docCount,
    excerpts: entity.excerpts
      .filter((e) => corpus.bundle.passages[e.passageId])
      .map((e) => excerptView(corpus, e.passageId, e.text, e.marks)),
  };
}

function searchPassages(corpus: Corpus, query: string, limit: number): SearchHit[] {
  if (!query.trim()) return [];
  return corpus
    .searchEngine()
    .search(query, limit)
    .filter((hit) => corpus.bundle.passages[hit.passageId])
    .map((hit) => ({ ...cutExcerptView(corpus, hit.passageId, hit.marks), score: hit.score }));
}

function documentView(corpus: Corpus, docId: string): ResponseMap['document'] {
  const document = corpus.documentById.get(docId);
  if (!document) throw new Error(`Factlight: unknown document "${docId}"`);
  const passages = corpus.bundle.passages.slice(document.firstPassage, document.firstPassage + document.passageCount);
  const mentions: ResponseMap['document']['mentions'] = [];
  const entityIds = new Set<string>();
  for (const passage of passages) {
    for (const m of corpus.mentionsByPassage.get(passage.id) ?? []) {
      mentions.push({ passageId: passage.id, start: m.start, end: m.end, entityId: m.entityId });
      entityIds.add(m.entityId);
    }
  }
  const entities = [...entityIds].flatMap((id) => {
    const entity = corpus.entityById.get(id);
    return entity ? [refOf(entity)] : [];
  });
  return { document, passages, mentions, entities };
}

function entityPage(corpus: Corpus, entityId: string): ResponseMap['entity'] {
  const entity = entityOrThrow(corpus, entityId);

  const byLang = new Map<string, Map<string, number>>();
  for (const alias of entity.aliases) {
    let texts = byLang.get(alias.lang);
    if (!texts) byLang.set(alias.lang, (texts = new Map()));
    texts.set(alias.text, (texts.get(alias.text) ?? 0) + alias.count);
  }
  const aliases = [...byLang]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([lang, texts]) => ({ lang, texts: mostFrequentFirst(texts) }));

  const perDate = new Map<string | null, number>();
  const marksByPassage = new Map<number, [number, number][]>();
  for (const m of entity.mentions) {
    const passage = corpus.bundle.passages[m.passageId];
    if (!passage) continue;
    const date = corpus.documentById.get(passage.docId)?.date?.slice(0, 7) ?? null;
    perDate.set(date, (perDate.get(date) ?? 0) + 1);
    let marks = marksByPassage.get(m.passageId);
    if (!marks) marksByPassage.set(m.passageId, (marks = []));
    marks.push([m.start, m.end]);
  }
  const timeline = [...perDate]
    .sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : a[0].localeCompare(b[0])))
    .map(([date, count]) => ({ date, count }));

  const related = entity.related.flatMap(({ entityId: id, count }) => {
    const other = corpus.entityById.get(id);
    return other ? [{ ...refOf(other), count }] : [];
  });

  const excerpts = [...marksByPassage]
    .map(([passageId, marks]) => cutExcerptView(corpus, passageId, marks))
    // Newest articles first; within an article, in reading order.
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.passageId - b.passageId);

  return {
    entity: refOf(entity),
    aliases,
    mentionCount: entity.mentions.length,
    docCount: entity.docCount,
    timeline,
    related,
    excerpts,
  };
}

/**
 * Passages most related to a page: each passage scores the page's entities it mentions, weighted
 * by how often the page names them and by how rare they are in the corpus (a passage sharing the
 * page's rare names says more than one sharing only "Ukraine").
 */
function relatedPassages(corpus: Corpus, counts: Record<string, number>, limit: number): SearchHit[] {
  const passageTotal = Math.max(1, corpus.bundle.passages.length);
  const scores = new Map<number, { score: number; marks: [number, number][] }>();
  for (const [entityId, count] of Object.entries(counts)) {
    const entity = corpus.entityById.get(entityId);
    if (!entity || count <= 0) continue;
    const passagesWith = new Set(entity.mentions.map((m) => m.passageId)).size || 1;
    const weight = (1 + Math.log(count)) * Math.log(1 + passageTotal / passagesWith);
    const seen = new Set<number>();
    for (const m of entity.mentions) {
      let entry = scores.get(m.passageId);
      if (!entry) scores.set(m.passageId, (entry = { score: 0, marks: [] }));
      entry.marks.push([m.start, m.end]);
      if (!seen.has(m.passageId)) {
        seen.add(m.passageId);
        entry.score += weight;
      }
    }
  }
  const perDocument = new Map<string, number>();
  const hits: SearchHit[] = [];
  const ranked = [...scores].sort(
    (a, b) => b[1].score - a[1].score || b[1].marks.length - a[1].marks.length || a[0] - b[0],
  );
  for (const [passageId, { score, marks }] of ranked) {
    if (hits.length >= limit) break;
    const passage = corpus.bundle.passages[passageId];
    if (!passage) continue;
    const used = perDocument.get(passage.docId) ?? 0;
    if (used >= RELATED_PER_DOCUMENT) continue;
    perDocument.set(passage.docId, used + 1);
    hits.push({ ...cutExcerptView(corpus, passageId, marks), score });
  }
  return hits;
}

/**
 * The entity a selected text names: the longest name the matcher finds in it, or else an exact
 * (folded) spelling match. Null when the text names none.
 */
function lookupEntity(corpus: Corpus, text: string): EntityRef | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const matches = corpus.matcher().match(trimmed);
  const best = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)[0];
  const matched = best && corpus.entityById.get(best.entityId);
  if (matched) return refOf(matched);
  const folded = foldForSearch(trimmed);
  for (const entity of corpus.bundle.entities) {
    if (foldForSearch(entity.name) === folded || entity.aliases.some((a) => foldForSearch(a.text) === folded))
      return refOf(entity);
  }
  return null;
}
