import { describe, expect, it, vi } from 'vitest';
import { asPageArticle } from '@/lib/extension/addPage';
import { type CorpusSource, createCorpusLoader } from '@/lib/background/corpus';
import { createHandlers } from '@/lib/background/handlers';
import type { Bundle } from '@/lib/bundle/schema';
import { literalMatcher, miniBundle } from './support/miniBundle';

/** A source whose bundle can be swapped, as the library store's is by an import. */
function swappableSource(first: Bundle) {
  let current = first;
  const source: CorpusSource = {
    loadJson: async () => current,
    parse: (raw) => raw as Bundle,
    createSearchEngine: () => ({ search: () => [] }),
    createMatcher: (_data, bundle) => literalMatcher(bundle),
  };
  return { source, swap: (next: Bundle) => (current = next) };
}

const fromPage = { url: 'chrome-extension://id/options.html' };
const fromContentScript = { url: 'https://example.com/' };

function handlersFor(bundle: Bundle) {
  const { source, swap } = swappableSource(bundle);
  const tell = vi.fn(async () => 2);
  const handlers = createHandlers({
    corpus: createCorpusLoader(source),
    openPanel: async () => false,
    pageEntities: vi.fn(),
    tabEntities: vi.fn(),
    tellTabsCorpusChanged: tell,
    isExtensionPage: (sender) => !!sender.url?.startsWith('chrome-extension://id/'),
  });
  return { handlers, swap, tell };
}

describe('background and the library', () => {
  it('serves the changed library at once after libraryChanged and tells the tabs', async () => {
    const bundle = miniBundle();
    const { handlers, swap, tell } = handlersFor(bundle);
    expect((await handlers.status({ type: 'status' }, fromPage)).documents).toBe(bundle.documents.length);
    const smaller = { ...bundle, documents: bundle.documents.slice(0, 1) };
    swap(smaller);
    // Still the loaded corpus until the library page says it changed.
    expect((await handlers.status({ type: 'status' }, fromPage)).documents).toBe(bundle.documents.length);
    const answer = await handlers.libraryChanged({ type: 'libraryChanged' }, fromPage);
    expect(answer).toMatchObject({ documents: 1, tabsTold: 2 });
    expect(tell).toHaveBeenCalledOnce();
    expect((await handlers.status({ type: 'status' }, fromPage)).documents).toBe(1);
  });

  it('refuses libraryChanged and addPage from a content script', async () => {
    const { handlers, tell } = handlersFor(miniBundle());
    await expect(handlers.libraryChanged({ type: 'libraryChanged' }, fromContentScript)).rejects.toThrow(
      /^Factlight: only the library page/,
    );
    await expect(handlers.addPage({ type: 'addPage', tabId: 3 }, fromContentScript)).rejects.toThrow(/^Factlight:/);
    expect(tell).not.toHaveBeenCalled();
  });

  it('says whether a URL is in the corpus (fragment ignored)', async () => {
    const bundle = miniBundle();
    bundle.documents[0]!.sourceUrl = 'https://news.example/a';
    const { handlers } = handlersFor(bundle);
    expect(
      (await handlers.inCorpus({ type: 'inCorpus', url: 'https://news.example/a#top' }, fromPage)).document,
    ).toEqual({
      id: bundle.documents[0]!.id,
      title: bundle.documents[0]!.title,
    });
    expect(
      (await handlers.inCorpus({ type: 'inCorpus', url: 'https://news.example/b' }, fromPage)).document,
    ).toBeNull();
  });

  it('accepts only a well-formed extracted page', () => {
    expect(asPageArticle({ url: 'https://x.test/a', text: 'Hello', title: 'T' })).toMatchObject({ title: 'T' });
    expect(asPageArticle({ url: 'javascript:alert(1)', text: 'x' })).toBeNull();
    expect(asPageArticle({ url: 'https://x.test', text: 5 })).toBeNull();
    expect(asPageArticle(null)).toBeNull();
  });
});
