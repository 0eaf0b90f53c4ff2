/**
 * Where the page's names come from. The content script does not build or run a name matcher: the
 * matcher's tables and its first (cold, unoptimised) runs cost every frame of every page 20–40 ms
 * of main-thread time, ten to forty times the walk over the page's text (bench/RESULTS.md). The
 * scanner walks, sends the texts in batches, and the background's warm matcher answers with the
 * names ({@link remoteFinder}); the page's main thread is free while it works. {@link localFinder}
 * runs a matcher in place, for tests.
 */
import type { EntityType } from '../bundle/schema';
import type { NameMatcher, NameSpan } from '../names/matcher';
import { ask, type EntityRef } from '../protocol';

/** Names of one batch of texts. */
export interface FoundBatch {
  /** Per text, in order. */
  names: NameSpan[][];
  /** Page evidence that arrived with this batch confirms names held back earlier: rescan. */
  confirmed: boolean;
}

/** Finds names in a page's texts and knows the entities it found. */
export interface NameFinder {
  /**
   * The names in each text. Batches share page evidence until one is `fresh` (a new pass over the
   * whole page).
   */
  find(texts: string[], fresh: boolean, langs?: string[]): Promise<FoundBatch>;
  /** An entity found so far (for its type and the card's title). */
  entity(id: string): { id: string; name: string; type: EntityType } | undefined;
}

/** A scan id for this frame: the background keeps each frame's page evidence under it. */
function newScanId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Tries of a `names` request while the background's worker starts (0.25 + 0.5 + 1 s between). */
const TRIES = 4;

/** Names from the background's matcher (`names` requests). */
export function remoteFinder(): NameFinder {
  const scan = newScanId();
  const entities = new Map<string, EntityRef>();
  const askNames = async (texts: string[], fresh: boolean, langs?: string[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await ask({ type: 'names', scan, fresh, texts, ...(langs ? { langs } : {}) });
      } catch (error) {
        if (attempt >= TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 125 * 2 ** attempt));
      }
    }
  };
  return {
    async find(texts, fresh, langs) {
      const answer = await askNames(texts, fresh, langs);
      for (const entity of answer.entities) entities.set(entity.id, entity);
      return {
        names: answer.found.map((found) => found.map(([start, end, entityId]) => ({ start, end, entityId }))),
        confirmed: answer.confirmed,
      };
    },
    entity: (id) => entities.get(id),
  };
}

/** Names from a matcher run right here (tests; the shipped content script uses {@link remoteFinder}). */
export function localFinder(matcher: NameMatcher): NameFinder {
  let page = matcher.page();
  return {
    async find(texts, fresh, langs) {
      if (fresh) page = matcher.page();
      const names = texts.map((text, i) => page.match(text, { lang: langs?.[i] || undefined }));
      return { names, confirmed: page.takeNewlyConfirmed().length > 0 };
    },
    entity: (id) => matcher.entity(id),
  };
}
