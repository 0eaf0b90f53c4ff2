import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBundle } from '@/lib/bundle/load';
import type { Bundle } from '@/lib/bundle/schema';
import { createSearchEngine } from '@/lib/search/index';
import type { CorpusSource } from '@/lib/background/corpus';
import { answerMessage, createMessageListener, startBackground } from '@/lib/background/main';
import { createHandlers } from '@/lib/background/handlers';
import { createCorpusLoader } from '@/lib/background/corpus';
import { literalMatcher, miniBundle } from './support/miniBundle';

// The extension's own source fetches /bundle.json; every test here passes its own source instead.
vi.mock('@/lib/background/bundleSource', () => ({ extensionBundleSource: undefined }));
// WXT's fake browser has no contextMenus/commands; the page helper tests the menus on their own.
vi.mock('@/lib/background/menus', () => ({ registerMenusAndCommands: () => undefined }));

/** A source serving `raw` (an object, or JSON text) and counting reads. */
function sourceOf(raw: () => unknown): CorpusSource & { reads: number } {
  const source = {
    reads: 0,
    async loadJson() {
      source.reads++;
      return raw();
    },
    parse: (json: unknown) => parseBundle(typeof json === 'string' ? JSON.parse(json) : json),
    createSearchEngine: (bundle: Bundle, matcher: ReturnType<typeof literalMatcher>) =>
      createSearchEngine(bundle, matcher),
    createMatcher: (_data: unknown, bundle: Bundle) => literalMatcher(bundle),
  };
  return source;
}

const noPanel = { openPanel: async () => false };

beforeEach(() => {
  fakeBrowser.reset();
});

/** Sends through WXT's fake browser, i.e. through the registered runtime.onMessage listener. */
const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message as never) as Promise<any>;

describe('background message listener', () => {
  it('answers valid messages with { ok: true, data }', async () => {
    startBackground({ source: sourceOf(() => miniBundle()), deps: noPanel });
    await expect(send({ type: 'status' })).resolves.toEqual({
      ok: true,
      data: { documents: 3, passages: 5, entities: 4, formatVersion: 1 },
    });
    // The content scripts' old `matcher` request is gone (they send `names`): refused like any unknown.
    expect(await send({ type: 'matcher' })).toEqual({ ok: false, error: expect.stringContaining('unknown type') });
  });

  it("finds the names of a page's texts for a content script (`names`), with their entities", async () => {
    startBackground({ source: sourceOf(() => miniBundle()), deps: noPanel });
    const answer = await send({
      type: 'names',
      scan: 'frame-1',
      fresh: true,
      texts: ['Volodymyr Zelenskyj talte.', 'Ingen navne her.', 'Selenskyj sagte'],
    });
    expect(answer).toEqual({
      ok: true,
      data: {
        found: [[[0, 19, 'volodymyr-zelenskyj']], [], [[0, 9, 'volodymyr-zelenskyj']]],
        entities: [{ id: 'volodymyr-zelenskyj', name: 'Volodymyr Zelenskyj', type: 'person' }],
        confirmed: false,
      },
    });
    // Too many texts, or one too long, is refused before any matching.
    const tooMany = await send({ type: 'names', scan: 'frame-1', fresh: false, texts: Array(2001).fill('x') });
    expect(tooMany.ok).toBe(false);
    const tooLong = await send({ type: 'names', scan: 'frame-1', fresh: false, texts: ['x'.repeat(20_001)] });
    expect(tooLong.ok).toBe(false);
  });

  it.each([
    ['a string', 'status', /no message type/],
    ['null', null, /no message type/],
    ['an unknown type', { type: 'deleteEverything' }, /unknown type "deleteEverything"/],
    ['a missing field', { type: 'search' }, /"search" query/],
    ['a wrong field type', { type: 'card', entityId: 42 }, /"card" entityId/],
    ['an out-of-range limit', { type: 'search', query: 'Kursk', limit: 1000 }, /"search" limit/],
    ['a negative tab id', { type: 'tabEntities', tabId: -1 }, /"tabEntities" tabId/],
  ])('rejects %s with a Factlight error', async (_what, message, why) => {
    startBackground({ source: sourceOf(() => miniBundle()), deps: noPanel });
    const answer = await send(message);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^Factlight: invalid message: /);
    expect(answer.error).toMatch(why);
  });

  it('answers through sendResponse (returning true) when the browser passes one', async () => {
    const handlers = createHandlers({
      corpus: createCorpusLoader(sourceOf(() => miniBundle())),
      ...noPanel,
      pageEntities: vi.fn(),
      tabEntities: vi.fn(),
    });
    const listener = createMessageListener(handlers);
    const sendResponse = vi.fn();
    expect(listener({ type: 'status' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ ok: true, data: { documents: 3 } });
  });

  it('reports a corrupt bundle clearly and retries on the next request', async () => {
    let raw: unknown = '{"formatVersion": 1, "documents": [';
    const source = sourceOf(() => raw);
    startBackground({ source, deps: noPanel });
    const broken = await send({ type: 'search', query: 'Kursk' });
    expect(broken.ok).toBe(false);
    expect(broken.error).toMatch(/^Factlight: /);
    expect(broken.error).toMatch(/JSON|bundle/);

    raw = { ...miniBundle(), formatVersion: 99 };
    const wrongVersion = await send({ type: 'status' });
    expect(wrongVersion).toEqual({ ok: false, error: expect.stringMatching(/^Factlight: bundle format version 99/) });

    const { passages: _dropped, ...missingField } = miniBundle();
    raw = missingField;
    expect((await send({ type: 'status' })).error).toMatch(/^Factlight: the bundle is corrupt \(passages/);

    raw = miniBundle();
    expect((await send({ type: 'status' })).ok).toBe(true);
    expect(source.reads).toBe(4);
  });

  it('loads the bundle once per worker lifetime', async () => {
    const source = sourceOf(() => miniBundle());
    startBackground({ source, deps: noPanel });
    await Promise.all([
      send({ type: 'status' }),
      send({ type: 'search', query: 'Kursk' }),
      send({ type: 'card', entityId: 'kursk' }),
    ]);
    await send({ type: 'entity', entityId: 'kursk' });
    expect(source.reads).toBe(1);
  });

  it('answers the same after the worker was stopped and started again', async () => {
    const source = sourceOf(() => JSON.stringify(miniBundle()));
    startBackground({ source, deps: noPanel });
    const before = await send({ type: 'search', query: 'Selensky' });
    fakeBrowser.reset(); // the browser stopped the worker: listeners and module state are gone
    startBackground({ source, deps: noPanel });
    const after = await send({ type: 'search', query: 'Selensky' });
    expect(after).toEqual(before);
    expect(after.data.hits.length).toBeGreaterThan(0);
    expect(source.reads).toBe(2);
  });

  it('never throws across: a failing handler becomes { ok: false }', async () => {
    const handlers = createHandlers({
      corpus: createCorpusLoader(sourceOf(() => miniBundle())),
      ...noPanel,
      pageEntities: () => {
        throw new TypeError('boom');
      },
      tabEntities: vi.fn(),
    });
    await expect(answerMessage(handlers, { type: 'pageEntities', counts: {} }, {})).resolves.toEqual({
      ok: false,
      error: 'Factlight: boom',
    });
  });
});

describe('background handlers', () => {
  const ask = async (message: unknown, sender = {}) => {
    const handlers = createHandlers({
      corpus: createCorpusLoader(sourceOf(() => miniBundle())),
      ...noPanel,
      pageEntities: vi.fn(),
      tabEntities: vi.fn(),
    });
    const answer: any = await answerMessage(handlers, message, sender);
    if (!answer.ok) throw new Error(answer.error);
    return answer.data;
  };

  it('search: finds Kursk with the word marked and the article metadata', async () => {
    const { hits } = await ask({ type: 'search', query: 'Kursk' });
    expect(hits.map((h: any) => h.passageId).sort()).toEqual([2, 3]);
    const hit = hits.find((h: any) => h.passageId === 2);
    expect(hit).toMatchObject({ docId: 'nb-1', title: 'Kursk', date: '2025-03-14', lang: 'nb', source: null });
    const [s, e] = hit.marks[0];
    expect(hit.text.slice(s, e)).toBe('Kursk');
  });

  it('search: the misspelt "Selensky" finds the Zelenskyj and Selenskyj passages', async () => {
    const { hits } = await ask({ type: 'search', query: 'Selensky' });
    const ids = hits.map((h: any) => h.passageId);
    expect(ids).toEqual(expect.arrayContaining([0, 1, 4]));
    expect(hits.some((h: any) => h.marks.some(([s, e]: number[]) => /^[SZ]elenskyj$/.test(h.text.slice(s, e))))).toBe(
      true,
    );
  });

  it('search: an empty query has no hits', async () => {
    expect(await ask({ type: 'search', query: '   ' })).toEqual({ query: '   ', hits: [] });
  });

  it('card: spellings by frequency, counts and excerpts with metadata', async () => {
    const card = await ask({ type: 'card', entityId: 'volodymyr-zelenskyj' });
    expect(card.entity).toEqual({ id: 'volodymyr-zelenskyj', name: 'Volodymyr Zelenskyj', type: 'person' });
    expect(card.spellings).toEqual(['Zelenskyj', 'Selenskyj', 'Volodymyr Zelenskyj']);
    expect(card.mentionCount).toBe(3);
    expect(card.excerpts[0]).toMatchObject({
      docId: 'da-1',
      passageId: 1,
      title: 'Zelenskyj taler med Biden',
      marks: [[0, 9]],
    });
  });

  it('card and entity: an unknown id is an error', async () => {
    await expect(ask({ type: 'card', entityId: 'nobody' })).rejects.toThrow('Factlight: unknown entity "nobody"');
    await expect(ask({ type: 'document', docId: 'nothing' })).rejects.toThrow('Factlight: unknown document "nothing"');
  });

  it('entity: spellings per language, timeline oldest first with undated last, related names, every excerpt', async () => {
    const page = await ask({ type: 'entity', entityId: 'volodymyr-zelenskyj' });
    expect(page.aliases).toEqual([
      { lang: 'da', texts: ['Zelenskyj', 'Volodymyr Zelenskyj'] },
      { lang: 'de', texts: ['Selenskyj'] },
    ]);
    expect(page.timeline).toEqual([
      { date: '2023-06', count: 2 },
      { date: null, count: 1 },
    ]);
    expect(page.related).toEqual([
      { id: 'joe-biden', name: 'Joe Biden', type: 'person', count: 2 },
      { id: 'bakhmut', name: 'Bakhmut', type: 'place', count: 1 },
    ]);
    expect(page.excerpts.map((e: any) => e.passageId)).toEqual([0, 1, 4]);
    for (const excerpt of page.excerpts) {
      const [s, e] = excerpt.marks[0];
      expect(excerpt.text.slice(s, e)).toMatch(/Zelenskyj|Selenskyj/);
    }
  });

  it('document: passages of the article with every mention in them', async () => {
    const view = await ask({ type: 'document', docId: 'da-1' });
    expect(view.passages.map((p: any) => p.id)).toEqual([0, 1]);
    expect(view.mentions).toContainEqual({ passageId: 1, start: 43, end: 50, entityId: 'bakhmut' });
    expect(view.entities.map((e: any) => e.id).sort()).toEqual(['bakhmut', 'joe-biden', 'volodymyr-zelenskyj']);
  });

  it('related: ranks passages by the page names they share, at most two per article', async () => {
    const { hits } = await ask({ type: 'related', counts: { 'volodymyr-zelenskyj': 5, 'joe-biden': 1 } });
    // Passages 0 and 4 name both; passage 1 names only Zelenskyj; Kursk passages are unrelated.
    expect(
      hits
        .map((h: any) => h.passageId)
        .slice(0, 2)
        .sort(),
    ).toEqual([0, 4]);
    expect(hits.map((h: any) => h.passageId)).toContain(1);
    expect(hits.map((h: any) => h.passageId)).not.toContain(2);
    const first = hits.find((h: any) => h.passageId === 0);
    expect(first.marks.map(([s, e]: number[]) => first.text.slice(s, e)).sort()).toEqual([
      'Joe Biden',
      'Volodymyr Zelenskyj',
    ]);
    expect(await ask({ type: 'related', counts: { nobody: 3 } })).toEqual({ hits: [] });
  });

  it('lookup: the longest name in a selection, a folded spelling, or null', async () => {
    expect((await ask({ type: 'lookup', text: '  Zelenskyj ' })).entity?.id).toBe('volodymyr-zelenskyj');
    expect((await ask({ type: 'lookup', text: 'Joe Biden' })).entity?.id).toBe('joe-biden');
    expect((await ask({ type: 'lookup', text: 'KURSK' })).entity?.id).toBe('kursk');
    expect(await ask({ type: 'lookup', text: 'Copenhagen' })).toEqual({ entity: null });
  });

  it('openPanel: opens synchronously, in the asking tab unless a tab is given', async () => {
    const openPanel = vi.fn(async () => true);
    const handlers = createHandlers({
      corpus: createCorpusLoader(sourceOf(() => miniBundle())),
      openPanel,
      pageEntities: vi.fn(),
      tabEntities: vi.fn(),
    });
    const target = { view: 'entity', entityId: 'kursk' } as const;
    const pending = answerMessage(handlers, { type: 'openPanel', target }, { tab: { id: 7, windowId: 3 } } as never);
    // Called before any await: Chrome only opens the panel during the sender's user gesture.
    expect(openPanel).toHaveBeenCalledWith(target, { tabId: 7, windowId: 3 });
    await expect(pending).resolves.toEqual({ ok: true, data: { opened: true } });
    await answerMessage(handlers, { type: 'openPanel', target, tabId: 9 }, {});
    expect(openPanel).toHaveBeenLastCalledWith(target, { tabId: 9, windowId: undefined });
  });

  it('tabEntities: names the entities a content script reported for the tab', async () => {
    startBackground({ source: sourceOf(() => miniBundle()), deps: noPanel });
    const handlersAnswer = async (message: unknown, sender: unknown) => {
      const listener = createMessageListener(
        createHandlers({
          corpus: createCorpusLoader(sourceOf(() => miniBundle())),
          ...noPanel,
          pageEntities: (await import('@/lib/background/tabState')).handlePageEntities,
          tabEntities: (await import('@/lib/background/tabState')).handleTabEntities,
        }),
      );
      return listener(message, sender as never) as Promise<any>;
    };
    expect(
      await handlersAnswer(
        { type: 'pageEntities', counts: { kursk: 3, 'joe-biden': 1 } },
        { tab: { id: 4 }, frameId: 0 },
      ),
    ).toEqual({ ok: true, data: { total: 2 } });
    const answer = await send({ type: 'tabEntities', tabId: 4 });
    expect(answer).toEqual({
      ok: true,
      data: {
        entities: [
          { id: 'kursk', name: 'Kursk', type: 'place', count: 3 },
          { id: 'joe-biden', name: 'Joe Biden', type: 'person', count: 1 },
        ],
      },
    });
  });
});

describe('corpus loader', () => {
  it('loads lazily: nothing is loaded before the first request, and loaded() then has it without loading again', async () => {
    const source = sourceOf(() => miniBundle());
    const loader = createCorpusLoader(source);
    expect(loader.loaded()).toBeUndefined();
    expect(source.reads).toBe(0);
    const corpus = await loader.get();
    expect(loader.loaded()).toBe(corpus);
    await loader.get();
    expect(source.reads).toBe(1);
  });

  it('builds one name matcher per worker: lookup and search share it', async () => {
    const source = sourceOf(() => miniBundle());
    const createMatcher = vi.spyOn(source, 'createMatcher');
    const createEngine = vi.spyOn(source, 'createSearchEngine');
    const corpus = await createCorpusLoader(source).get();
    expect(createMatcher).not.toHaveBeenCalled();
    const matcher = corpus.matcher();
    corpus.searchEngine();
    corpus.searchEngine();
    corpus.matcher();
    expect(createMatcher).toHaveBeenCalledTimes(1);
    expect(createEngine).toHaveBeenCalledTimes(1);
    expect(createEngine.mock.calls[0]![1]).toBe(matcher);
  });
});
