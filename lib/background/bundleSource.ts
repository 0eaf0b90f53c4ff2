/**
 * The extension's corpus: the user's library in IndexedDB when there is one, else the shipped
 * sample bundle `/bundle.json` (a file read, not a network request). The stored corpus was
 * validated when it was built and its integrity is checked on read (lib/library/store.ts), so it
 * skips the schema check the shipped file gets; a damaged store falls back to the shipped bundle
 * (the library page reports the damage and offers a rebuild).
 */
import { parseBundle, parseBundleText } from '../bundle/load';
import type { Bundle } from '../bundle/schema';
import { openLibraryDb, readCorpus } from '../library/store';
import { createMatcher } from '../names/matcher';
import { createSearchEngine } from '../search/index';
import type { CorpusSource, MatcherLike } from './corpus';

/** A corpus read from the library store, already checked. */
interface StoredBundle {
  fromLibrary: Bundle;
}

/** The library's corpus, or undefined when there is none (new install) or it is damaged. */
async function readLibrary(): Promise<StoredBundle | undefined> {
  let db: Awaited<ReturnType<typeof openLibraryDb>> | undefined;
  try {
    db = await openLibraryDb();
    const stored = await readCorpus(db);
    if (stored.state !== 'ok') {
      if (stored.state === 'damaged') console.warn(stored.reason);
      return undefined;
    }
    return { fromLibrary: { ...stored.core, index: await stored.loadIndex() } };
  } catch (error) {
    console.warn('Factlight: the library could not be read; serving the sample corpus', error);
    return undefined;
  } finally {
    db?.close();
  }
}

export const extensionBundleSource: CorpusSource = {
  async loadJson() {
    const stored = await readLibrary();
    if (stored) return stored;
    const response = await fetch((browser.runtime.getURL as (path: string) => string)('/bundle.json'));
    if (!response.ok) throw new Error(`HTTP ${response.status} for /bundle.json`);
    return response.text();
  },
  parse: (raw) => {
    if (raw && typeof raw === 'object' && 'fromLibrary' in raw) return (raw as StoredBundle).fromLibrary;
    return typeof raw === 'string' ? parseBundleText(raw) : parseBundle(raw);
  },
  createSearchEngine,
  createMatcher: (data) => createMatcher(data as never) as MatcherLike,
};
