/**
 * Every cross-context call of Factlight, in one place, without zod: content scripts import this
 * module, and zod would add its whole runtime to every page. Requests, tab messages, their limits and
 * their answers are declared here as types; the background checks incoming requests against the zod
 * schemas in `lib/protocolSchemas.ts`, which a test keeps in step with the hand checks below.
 * Answers are `{ ok: true, data }` or `{ ok: false, error }`, never a thrown exception across the
 * boundary.
 */
import type { CorpusDocument, EntityType, Passage } from './bundle/schema';

/** Size limits every message is checked against, on both sides. */
export const LIMITS = {
  /** Document and entity ids. */
  id: 200,
  /** Search queries. */
  query: 500,
  /** Selected or looked-up text. */
  text: 1000,
  /** Search results per request. */
  searchResults: 100,
  /** Related passages per request. */
  relatedResults: 50,
  /** Texts in one `names` request. */
  namesTexts: 2_000,
  /** Characters of one text in a `names` request (the content script cuts longer runs). */
  namesTextChars: 20_000,
  /** Page URLs. */
  url: 4096,
} as const;

/** Where the side panel should go. Also encoded in its URL hash (see `lib/panelRoute.ts`). */
export type PanelTarget =
  | { view: 'article'; docId: string; passageId?: number }
  | { view: 'entity'; entityId: string }
  | { view: 'page' }
  | { view: 'search'; query: string };

/** Messages the background answers. */
export type Request =
  /** Health of the bundle: counts, or the error that made it unusable. */
  | { type: 'status' }
  /**
   * The names in a batch of a page's texts, found by the background's warm matcher so that no page
   * pays for building or running one. Batches with the same `scan` (per frame) share page evidence
   * (a full name seen earlier confirms a lone surname); `fresh` starts that evidence anew.
   */
  | {
      type: 'names';
      scan: string;
      fresh: boolean;
      texts: string[] /** Each text's language ('' unknown). */;
      langs?: string[];
    }
  /** What a hover card shows for one entity. */
  | { type: 'card'; entityId: string }
  /** Full-text search over passages. */
  | { type: 'search'; query: string; limit?: number }
  /** One article with its passages and the entity mentions in them. */
  | { type: 'document'; docId: string }
  /** An entity's page: spellings, mentions over time, related names, every excerpt. */
  | { type: 'entity'; entityId: string }
  /** Passages most related to a set of entities (weighted by how often each is on the page). */
  | { type: 'related'; counts: Record<string, number>; limit?: number }
  /** A content script reports the entities it found in its frame (sender's tab and frame are used). */
  | { type: 'pageEntities'; counts: Record<string, number> }
  /** The entities found on a tab, all frames together. */
  | { type: 'tabEntities'; tabId: number }
  /** Open the side panel at a target (must be sent in response to a user gesture). */
  | { type: 'openPanel'; target: PanelTarget; tabId?: number }
  /** Is this text one of the corpus's entities? */
  | { type: 'lookup'; text: string }
  /**
   * The library page changed the stored corpus (import, removal, rebuild): serve it at once and tell
   * every tab. Accepted from the extension's own pages only.
   */
  | { type: 'libraryChanged' }
  /** Is the page at this URL in the corpus (added from a tab, or an article with this source URL)? */
  | { type: 'inCorpus'; url: string }
  /** Add the page open in this tab to the library (context menu; the background extracts it). */
  | { type: 'addPage'; tabId: number };
export type RequestType = Request['type'];

/** Messages the background sends to a tab's content script. */
export type TabMessage =
  /** Scroll to the next occurrence of an entity on the page and flash it. */
  | { type: 'revealEntity'; entityId: string }
  /** Move to the next highlight and open its card (keyboard command). */
  | { type: 'nextHighlight' }
  /** Look up the current selection (context menu / command). */
  | { type: 'lookupSelection'; text: string }
  /** Report the entities again (e.g. the popup opened). */
  | { type: 'recount' }
  /** The corpus changed (import, removal): find the page's names again and repaint without a reload. */
  | { type: 'corpusChanged' };
export type TabMessageType = TabMessage['type'];

/** What a content script answers to each tab message. */
export interface TabReplyMap {
  revealEntity: { found: boolean };
  nextHighlight: { moved: boolean };
  lookupSelection: { handled: boolean };
  recount: undefined;
  corpusChanged: undefined;
}

/** A content script's answer to a tab message. */
export type TabReply<T extends TabMessageType> = { ok: true; data?: TabReplyMap[T] } | { ok: false; error: string };

/** Light entity reference used across answers. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** A passage excerpt as shown in cards, results and entity pages. */
export interface ExcerptView {
  docId: string;
  passageId: number;
  title: string;
  date: string | null;
  lang: string;
  source: string | null;
  text: string;
  /** Ranges of `text` to emphasise. */
  marks: [number, number][];
}

export interface CardData {
  entity: EntityRef;
  spellings: string[];
  mentionCount: number;
  docCount: number;
  excerpts: ExcerptView[];
}

export interface SearchHit extends ExcerptView {
  score: number;
}

export interface EntityPage {
  entity: EntityRef;
  aliases: { lang: string; texts: string[] }[];
  mentionCount: number;
  docCount: number;
  /** Mentions per article date (`YYYY-MM`), oldest first; undated articles under `null`. */
  timeline: { date: string | null; count: number }[];
  related: (EntityRef & { count: number })[];
  excerpts: ExcerptView[];
}

export interface DocumentView {
  document: CorpusDocument;
  passages: Passage[];
  mentions: { passageId: number; start: number; end: number; entityId: string }[];
  entities: EntityRef[];
}

/** What each request answers with. */
/** A name in the i-th text of a `names` request: [start, end (exclusive), entity id], UTF-16 offsets. */
export type FoundName = [number, number, string];

export interface ResponseMap {
  status: { documents: number; passages: number; entities: number; formatVersion: number };
  names: {
    /** Per text of the request, in order. */
    found: FoundName[][];
    /** Every entity named in `found`. */
    entities: EntityRef[];
    /** An entity held back in an earlier batch of this scan for want of evidence now has it: rescan. */
    confirmed: boolean;
  };
  card: CardData;
  search: { query: string; hits: SearchHit[] };
  document: DocumentView;
  entity: EntityPage;
  related: { hits: SearchHit[] };
  pageEntities: { total: number };
  tabEntities: { entities: (EntityRef & { count: number })[] };
  openPanel: { opened: boolean };
  lookup: { entity: EntityRef | null };
  libraryChanged: { documents: number; passages: number; entities: number; tabsTold: number };
  inCorpus: { document: { id: string; title: string } | null };
  addPage: { opened: boolean };
}

export type Response<T extends RequestType> = { ok: true; data: ResponseMap[T] } | { ok: false; error: string };

/** Error raised on the asking side when the background answered `{ ok: false }`. */
export class FactlightError extends Error {
  override name = 'FactlightError';
}

/**
 * Ask the background. Resolves with the data or rejects with a {@link FactlightError} carrying the
 * background's message. `send` is injectable for tests.
 */
export async function ask<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  send: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<ResponseMap[T]> {
  const answer = (await send(request)) as Response<T> | undefined;
  if (!answer || typeof answer !== 'object') throw new FactlightError(`Factlight: no answer to "${request.type}"`);
  if (!answer.ok) throw new FactlightError(answer.error);
  return answer.data;
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.id;
const isNonNegativeInt = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The message as a {@link TabMessage}, or null when it is not one (foreign or malformed). */
export function parseTabMessage(message: unknown): TabMessage | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'revealEntity':
      return isId(m.entityId) ? { type: 'revealEntity', entityId: m.entityId } : null;
    case 'nextHighlight':
      return { type: 'nextHighlight' };
    case 'lookupSelection':
      return typeof m.text === 'string' && m.text.length <= LIMITS.text
        ? { type: 'lookupSelection', text: m.text }
        : null;
    case 'recount':
      return { type: 'recount' };
    case 'corpusChanged':
      return { type: 'corpusChanged' };
    default:
      return null;
  }
}

/** The value as a {@link PanelTarget}, or null when it is not one. */
export function parsePanelTarget(value: unknown): PanelTarget | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  switch (v.view) {
    case 'article':
      if (!isId(v.docId)) return null;
      if (v.passageId === undefined) return { view: 'article', docId: v.docId };
      return isNonNegativeInt(v.passageId) ? { view: 'article', docId: v.docId, passageId: v.passageId } : null;
    case 'entity':
      return isId(v.entityId) ? { view: 'entity', entityId: v.entityId } : null;
    case 'page':
      return { view: 'page' };
    case 'search':
      return typeof v.query === 'string' && v.query.length <= LIMITS.query ? { view: 'search', query: v.query } : null;
    default:
      return null;
  }
}

/**
 * Sends a tab message to a tab's content scripts (one frame when `frameId` is given) and resolves with
 * the typed reply. Rejects when no content script is there (a page where it cannot run).
 */
export async function tellTab<T extends TabMessageType>(
  tabId: number,
  message: Extract<TabMessage, { type: T }>,
  options: { frameId?: number } = {},
): Promise<TabReply<T> | undefined> {
  return (await browser.tabs.sendMessage(tabId, message, options)) as TabReply<T> | undefined;
}
