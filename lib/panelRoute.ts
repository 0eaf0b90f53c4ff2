/**
 * The side panel's address: a {@link PanelTarget} written in the URL hash of `sidepanel.html`
 * (`#/article/<docId>/<passageId>`, `#/entity/<id>`, `#/page`, `#/search/<query>`), so a panel
 * opened at a path shows the right view at once and the browser's back/forward work inside it.
 */
import { parsePanelTarget, type PanelTarget } from './protocol';

/** The side panel's page, relative to the extension root. */
const PANEL_PAGE = 'sidepanel.html';

/** The view shown when the hash says nothing usable. */
const DEFAULT_TARGET: PanelTarget = { view: 'page' };

/** `#/…` for a target. Every part is URI-encoded. */
export function targetToHash(target: PanelTarget): string {
  switch (target.view) {
    case 'article':
      return `#/article/${encodeURIComponent(target.docId)}${target.passageId === undefined ? '' : `/${target.passageId}`}`;
    case 'entity':
      return `#/entity/${encodeURIComponent(target.entityId)}`;
    case 'search':
      return `#/search/${encodeURIComponent(target.query)}`;
    case 'page':
      return '#/page';
  }
}

/** The target a hash names, or {@link DEFAULT_TARGET} for an empty, unknown or malformed hash. */
export function hashToTarget(hash: string): PanelTarget {
  const parts = hash.replace(/^#\/?/, '').split('/');
  let decoded: string[];
  try {
    decoded = parts.map((p) => decodeURIComponent(p));
  } catch {
    return DEFAULT_TARGET;
  }
  const [view, first, second] = decoded;
  let candidate: unknown;
  switch (view) {
    case 'article':
      candidate = {
        view,
        docId: first,
        ...(second !== undefined && second !== '' ? { passageId: Number(second) } : {}),
      };
      break;
    case 'entity':
      candidate = { view, entityId: first };
      break;
    case 'search':
      // A query may itself contain "/": everything after "search/" belongs to it.
      candidate = { view, query: decoded.slice(1).join('/') };
      break;
    case 'page':
      candidate = { view };
      break;
    default:
      return DEFAULT_TARGET;
  }
  return parsePanelTarget(candidate) ?? DEFAULT_TARGET;
}

/** The panel path for `sidePanel.setOptions` / `sidebarAction.setPanel`. */
export function panelPath(target: PanelTarget): string {
  return `${PANEL_PAGE}${targetToHash(target)}`;
}
