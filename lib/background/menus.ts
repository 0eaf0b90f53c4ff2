/**
 * The context menu "Look up in Factlight" on selected text and the keyboard commands of the
 * manifest (`next-highlight`, `lookup-selection`), both forwarded to the tab's content script.
 */
import { tellTab, type TabMessage } from '../protocol';

const MENU_ID = 'factlight-lookup-selection';
const ADD_PAGE_MENU_ID = 'factlight-add-page';

/** A menu entry's title in the UI language; the English fallback when the i18n API has no answer. */
function menuTitle(key: 'menuLookupSelection' | 'menuAddPage', fallback: string): string {
  try {
    const getMessage = browser.i18n.getMessage as (key: string) => string;
    return getMessage(key) || fallback;
  } catch {
    return fallback;
  }
}

/** Sends a message to one frame (or all frames) of a tab; a tab without our content script is ignored. */
async function sendToTab(tabId: number, message: TabMessage, frameId?: number): Promise<void> {
  try {
    await tellTab(tabId, message, frameId === undefined ? {} : { frameId });
  } catch {
    // No content script there (browser pages, the store, a page still loading): nothing to do.
  }
}

/** Creates the menu entry afresh (menus survive in MV3 but not in an MV2 event page). */
async function createMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  try {
    await menus.removeAll();
    // Reading lastError keeps Chrome from logging "Unchecked runtime.lastError" on duplicates.
    const ignore = () => void browser.runtime.lastError;
    menus.create(
      { id: MENU_ID, title: menuTitle('menuLookupSelection', 'Look up in Factlight'), contexts: ['selection'] },
      ignore,
    );
    menus.create(
      {
        id: ADD_PAGE_MENU_ID,
        title: menuTitle('menuAddPage', 'Add this page to the Factlight library'),
        contexts: ['page'],
      },
      ignore,
    );
  } catch {
    // Menus are a convenience; the command still works without them.
  }
}

/** Optional help from the background that owns the corpus, for a one-click search. */
export interface MenuOptions {
  /**
   * Whether a text names an entity, answered synchronously; undefined when the corpus is not
   * loaded yet. When it says no, the menu click opens the side panel's search itself, inside the
   * click (the user gesture the browser requires); otherwise the tab shows the card.
   */
  isEntitySync?: (text: string) => boolean | undefined;
  /** Opens the side panel at a search (default: none; then the tab's card offers the search). */
  openSearch?: (tabId: number, query: string) => void;
  /** Adds the page of a tab to the library (the "Add this page" menu entry). */
  addPage?: (tabId: number) => void;
}

/** Registers the menu and the command listeners. Call synchronously when the background starts. */
export function registerMenusAndCommands(options: MenuOptions = {}): void {
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_PAGE_MENU_ID && tab?.id !== undefined) options.addPage?.(tab.id);
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const text = (info.selectionText ?? '').slice(0, 1000);
    if (options.openSearch && text.trim() && options.isEntitySync?.(text) === false) {
      options.openSearch(tab.id, text.trim().slice(0, 500));
      return;
    }
    void sendToTab(tab.id, { type: 'lookupSelection', text }, info.frameId ?? 0);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'next-highlight') void sendToTab(tabId, { type: 'nextHighlight' }, 0);
    // The background cannot read the selection: every frame checks its own, the one that has it answers.
    if (command === 'lookup-selection') void sendToTab(tabId, { type: 'lookupSelection', text: '' });
  });
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup?.addListener(() => void createMenu());
}
