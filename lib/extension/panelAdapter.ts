/**
 * Opening the side panel, the one place that knows the browser differences: Chrome's `sidePanel`
 * (path set with `setOptions`, then `open`) and Firefox's `sidebarAction` (`setPanel`, then `open`).
 * Works from any extension context (background, popup, panel). Both browsers only open the panel in
 * direct response to a user gesture, so both calls are made synchronously, before any await; the
 * target is also broadcast in `storage.session` so a panel that is already open navigates to it.
 */
import { parsePanelTarget, type PanelTarget } from '../protocol';
import { panelPath } from '../panelRoute';

/** Where to open: a tab, or a window (the current one when neither is given). */
export interface PanelPlace {
  tabId?: number;
  windowId?: number;
}

/** `storage.session` key of the last requested panel target. */
export const PANEL_TARGET_KEY = 'factlight.panelTarget';

interface SidebarActionLike {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
  isOpen(details: object): Promise<boolean>;
}

/** Firefox's sidebar API, when present. */
function sidebarAction(): SidebarActionLike | undefined {
  return (browser as unknown as { sidebarAction?: SidebarActionLike }).sidebarAction;
}

/**
 * Opens the panel at `target`. Resolves true when the browser opened it, false when it refused
 * (no gesture, no panel API); never rejects.
 */
export function openPanelAt(target: PanelTarget, place: PanelPlace = {}): Promise<boolean> {
  const path = panelPath(target);
  const calls: Promise<unknown>[] = [];
  try {
    const sidePanel = browser.sidePanel;
    const sidebar = sidebarAction();
    if (sidePanel?.open) {
      // Global options: the panel follows the user across tabs ("On this page" tracks the active tab).
      calls.push(sidePanel.setOptions({ path, enabled: true }));
      const where =
        place.tabId !== undefined
          ? { tabId: place.tabId }
          : { windowId: place.windowId ?? browser.windows.WINDOW_ID_CURRENT };
      calls.push(sidePanel.open(where));
    } else if (sidebar) {
      const url = (browser.runtime.getURL as (p: string) => string)(`/${path}`);
      calls.push(sidebar.setPanel({ panel: url }));
      calls.push(sidebar.open().catch(() => showInTabUnlessOpen(sidebar, url, place)));
    } else {
      return Promise.resolve(false);
    }
  } catch {
    return Promise.resolve(false);
  }
  calls.push(broadcastPanelTarget(target));
  return Promise.all(calls).then(
    () => true,
    () => false,
  );
}

/**
 * Firefox opens its sidebar only from a user input handler in the calling context; a click in a
 * page's hover card reaches the background as a message, which does not count. An open sidebar
 * already follows `setPanel`; a closed one is replaced by the same view in a new tab.
 */
async function showInTabUnlessOpen(sidebar: SidebarActionLike, url: string, place: PanelPlace): Promise<void> {
  if (await sidebar.isOpen({}).catch(() => false)) return;
  await browser.tabs.create({ url, ...(place.tabId !== undefined ? { openerTabId: place.tabId } : {}) });
}

/**
 * Sets the panel's page ahead of the gesture that will open it (e.g. when a result becomes active),
 * so the later `open` shows the right view at once. Chrome only; harmless elsewhere.
 */
export function preparePanel(target: PanelTarget): void {
  try {
    void browser.sidePanel?.setOptions({ path: panelPath(target), enabled: true }).catch(() => undefined);
  } catch {
    // No side panel API (Firefox): its sidebar is pointed at the target when it opens.
  }
}

/** Tells an already open panel where to go. */
async function broadcastPanelTarget(target: PanelTarget): Promise<void> {
  try {
    await browser.storage.session.set({ [PANEL_TARGET_KEY]: { target, at: Date.now() } });
  } catch {
    // storage.session is missing in old browsers; an open panel then simply stays where it is.
  }
}

/** Calls `onTarget` whenever some context asks the panel to go somewhere. Returns the unsubscribe. */
export function watchPanelTarget(onTarget: (target: PanelTarget) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    const value = changes[PANEL_TARGET_KEY]?.newValue as { target?: unknown } | undefined;
    const target = parsePanelTarget(value?.target);
    if (target) onTarget(target);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
