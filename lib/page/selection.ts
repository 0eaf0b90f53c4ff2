/**
 * Looking up the selected text (context menu or keyboard command): the card of the name it is, a
 * small "not a name" card offering a corpus search, or, with no selection to point at, the side
 * panel.
 */
import { ask, type EntityRef, type PanelTarget } from '../protocol';
import type { CardAnchor } from './card';

export interface SelectionLookupOptions {
  /** Opens an entity's card at the selection, pinned and focused. */
  showCard: (entity: EntityRef, anchor: CardAnchor) => void;
  /** Opens the "not a name" card at the selection. */
  showNotFound: (query: string, anchor: CardAnchor) => void;
  openPanel: (target: PanelTarget) => void;
}

/** Looks up `text`, or the page's selection when it is empty. False when there is nothing to look up. */
export async function lookupSelection(text: string, options: SelectionLookupOptions): Promise<boolean> {
  const selection = window.getSelection();
  const selected = selection && selection.rangeCount > 0 ? selection.toString() : '';
  const query = (text || selected).trim().slice(0, 1000);
  if (!query) return false;
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  const { entity } = await ask({ type: 'lookup', text: query });
  const anchor = range ? { range: () => range } : null;
  if (entity && anchor) options.showCard(entity, anchor);
  else if (anchor) {
    // Not a name: a small card offers the search; its button's click opens the side panel
    // (a user gesture, which opening the panel from here would lack).
    options.showNotFound(query, anchor);
  } else {
    options.openPanel(
      entity ? { view: 'entity', entityId: entity.id } : { view: 'search', query: query.slice(0, 500) },
    );
  }
  return true;
}
