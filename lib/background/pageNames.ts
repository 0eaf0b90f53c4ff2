/**
 * The `names` request: content scripts send their page's texts and the background's warm matcher
 * finds the names, so that no page builds a matcher or runs one on its main thread (see
 * lib/page/names.ts). Each frame's scan keeps its page evidence here between batches, keyed by tab,
 * frame and the scan id the content script chose; a stopped worker forgets them, which only costs
 * evidence for a lone ambiguous surname.
 */
import type { EntityRef, FoundName, Request, ResponseMap } from '../protocol';
import type { Corpus, PageScanLike } from './corpus';
import type { MessageSender } from './handlers';

/** Scans kept at once (the oldest go first); a scan is a few Sets of entity indexes. */
const MAX_SCANS = 500;

export function createPageNames(): (
  corpus: Corpus,
  request: Extract<Request, { type: 'names' }>,
  sender: MessageSender,
) => ResponseMap['names'] {
  /** Per corpus, so a corpus change starts every scan afresh. */
  const scansByCorpus = new WeakMap<Corpus, Map<string, PageScanLike>>();

  const scanFor = (corpus: Corpus, key: string, fresh: boolean): PageScanLike => {
    let scans = scansByCorpus.get(corpus);
    if (!scans) {
      scans = new Map();
      scansByCorpus.set(corpus, scans);
    }
    let scan = fresh ? undefined : scans.get(key);
    if (scan) {
      // Most recently used last.
      scans.delete(key);
    } else {
      const matcher = corpus.matcher();
      scan = matcher.page?.() ?? {
        match: (text, options) => matcher.match(text, options),
        takeNewlyConfirmed: () => [],
      };
    }
    scans.set(key, scan);
    if (scans.size > MAX_SCANS) scans.delete(scans.keys().next().value!);
    return scan;
  };

  return (corpus, { scan: scanId, fresh, texts, langs }, sender) => {
    const scan = scanFor(corpus, `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${scanId}`, fresh);
    const entities = new Map<string, EntityRef>();
    const found = texts.map((text, i) =>
      scan.match(text, { lang: langs?.[i] || undefined }).map((name): FoundName => {
        if (!entities.has(name.entityId)) {
          const entity = corpus.entityById.get(name.entityId);
          if (entity) entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type });
        }
        return [name.start, name.end, name.entityId];
      }),
    );
    return { found, entities: [...entities.values()], confirmed: scan.takeNewlyConfirmed().length > 0 };
  };
}
