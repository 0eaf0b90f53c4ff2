/**
 * What the content scripts found on each tab, per frame, kept in `storage.session` (the typed item
 * of `lib/extension/tabEntities.ts`) so it survives the service worker being stopped; and the badge
 * that shows the number of distinct entities.
 */
import type { EntityRef, Request, ResponseMap } from '../protocol';
import { tabCountsItem, type TabCounts } from '../extension/tabEntities';
import { setTabBadge } from './badge';

/** The sender of a runtime message, as far as this module needs it. */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

/** Turns an entity id into its reference (name and type); undefined for unknown ids. */
export type EntityResolver = (entityId: string) => EntityRef | undefined | Promise<EntityRef | undefined>;

let resolver: EntityResolver = () => undefined;

/** Lets the background say how to name entities (it owns the bundle). */
export function setTabEntityResolver(resolve: EntityResolver): void {
  resolver = resolve;
}

// Frames report concurrently; read-modify-write of one tab's record must not interleave.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

async function readTab(tabId: number): Promise<TabCounts> {
  const stored = await tabCountsItem(tabId).getValue();
  return stored && typeof stored === 'object' ? stored : {};
}

/** Distinct entities over all frames, with the summed count. */
function mergeFrames(tab: TabCounts): Map<string, number> {
  const total = new Map<string, number>();
  for (const frame of Object.values(tab)) {
    for (const [entityId, count] of Object.entries(frame)) {
      if (count > 0) total.set(entityId, (total.get(entityId) ?? 0) + count);
    }
  }
  return total;
}

/**
 * A content script reports its frame's counts (all zero or empty when Factlight is off there).
 * Answers with the number of distinct entities on the whole tab, which is also the badge text.
 */
export function handlePageEntities(
  request: Extract<Request, { type: 'pageEntities' }>,
  sender: MessageSender,
): Promise<ResponseMap['pageEntities']> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return Promise.reject(new Error('Factlight: pageEntities needs a tab'));
  const frameId = String(sender.frameId ?? 0);
  return serialised(async () => {
    const tab = await readTab(tabId);
    const counts: Record<string, number> = {};
    for (const [entityId, count] of Object.entries(request.counts)) if (count > 0) counts[entityId] = count;
    if (Object.keys(counts).length > 0) tab[frameId] = counts;
    else delete tab[frameId];
    if (Object.keys(tab).length > 0) await tabCountsItem(tabId).setValue(tab);
    else await tabCountsItem(tabId).removeValue();
    const total = mergeFrames(tab).size;
    await setTabBadge(tabId, total > 0 ? String(total) : '');
    return { total };
  });
}

/** The entities found on a tab, all frames together, most frequent first. */
export async function handleTabEntities(
  request: Extract<Request, { type: 'tabEntities' }>,
): Promise<ResponseMap['tabEntities']> {
  const merged = mergeFrames(await serialised(() => readTab(request.tabId)));
  const entities: (EntityRef & { count: number })[] = [];
  for (const [entityId, count] of merged) {
    const ref = await resolver(entityId);
    if (ref) entities.push({ ...ref, count });
  }
  entities.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { entities };
}

/** Forgets a tab's counts (closed or navigated to a new document). */
export function clearTab(tabId: number): Promise<void> {
  return serialised(async () => {
    await tabCountsItem(tabId).removeValue();
    await setTabBadge(tabId, '');
  });
}

/** Clears a tab's state when it closes or starts loading a new document. Call synchronously at startup. */
export function registerTabStateListeners(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document loads: its content scripts will report afresh (after this, at document idle).
    // Without the "tabs" permission `changeInfo.url` is hidden, so the status is the signal.
    if (changeInfo.status === 'loading') void clearTab(tabId).catch(() => undefined);
  });
}
