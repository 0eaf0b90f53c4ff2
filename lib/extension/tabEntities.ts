/**
 * What the content scripts found on one tab, per frame: written by the background (`tabState.ts`),
 * watched by the popup and the side panel. One typed `storage.session` item per tab, so it survives
 * the service worker being stopped and no context spells the key by hand.
 */
import { storage } from 'wxt/utils/storage';

/** Entity counts of every frame of one tab: frame id → entity id → count. */
export type TabCounts = Record<string, Record<string, number>>;

/** The storage item holding one tab's counts (empty when nothing was reported). */
export function tabCountsItem(tabId: number) {
  return storage.defineItem<TabCounts>(`session:factlight.tab.${tabId}`, { fallback: {} });
}

/** Calls `onChange` whenever the tab's counts change (a fresh report, or the tab was cleared). */
export function watchTabCounts(tabId: number, onChange: () => void): () => void {
  return tabCountsItem(tabId).watch(() => onChange());
}
