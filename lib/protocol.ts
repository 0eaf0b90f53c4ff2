/**
 * Every cross-context call of Factlight, in one place. Content scripts, the popup and the side panel
 * ask the background with {@link ask}; the background checks each incoming message against
 * {@link RequestSchema} and rejects anything unknown. Answers are `{ ok: true, data }` or
 * `{ ok: false, error }`, never a thrown exception across the boundary.
 */
import { z } from 'zod';
import type { CorpusDocument, EntityType, Passage } from './bundle/schema';

const id = z.string().min(1).max(200);

/** Where the side panel should go. Also encoded in its URL hash (see `lib/panelRoute.ts`). */
export const PanelTargetSchema = z.discriminatedUnion('view', [
  z.object({ view: z.literal('article'), docId: id, passageId: z.number().int().nonnegative().optional() }),
  z.object({ view: z.literal('entity'), entityId: id }),
  z.object({ view: z.literal('page') }),
  z.object({ view: z.literal('search'), query: z.string().max(500) }),
]);
export type PanelTarget = z.infer<typeof PanelTargetSchema>;

/** Messages the background answers. */
export const RequestSchema = z.discriminatedUnion('type', [
  /** Health of the bundle: counts, or the error that made it unusable. */
  z.object({ type: z.literal('status') }),
  /** The compact name matcher for content scripts. */
  z.object({ type: z.literal('matcher') }),
  /** What a hover card shows for one entity. */
  z.object({ type: z.literal('card'), entityId: id }),
  /** Full-text search over passages. */
  z.object({
    type: z.literal('search'),
    query: z.string().max(500),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  /** One article with its passages and the entity mentions in them. */
  z.object({ type: z.literal('document'), docId: id }),
  /** An entity's page: spellings, mentions over time, related names, every excerpt. */
  z.object({ type: z.literal('entity'), entityId: id }),
  /** Passages most related to a set of entities (weighted by how often each is on the page). */
  z.object({
    type: z.literal('related'),
    counts: z.record(id, z.number().int().positive()),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  /** A content script reports the entities it found in its frame (sender's tab and frame are used). */
  z.object({ type: z.literal('pageEntities'), counts: z.record(id, z.number().int().nonnegative()) }),
  /** The entities found on a tab, all frames together. */
  z.object({ type: z.literal('tabEntities'), tabId: z.number().int().nonnegative() }),
  /** Open the side panel at a target (must be sent in response to a user gesture). */
  z.object({
    type: z.literal('openPanel'),
    target: PanelTargetSchema,
    tabId: z.number().int().nonnegative().optional(),
  }),
  /** Is this text one of the corpus's entities? */
  z.object({ type: z.literal('lookup'), text: z.string().max(1000) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Messages the background sends to a tab's content script. */
export const TabMessageSchema = z.discriminatedUnion('type', [
  /** Scroll to the next occurrence of an entity on the page and flash it. */
  z.object({ type: z.literal('revealEntity'), entityId: id }),
  /** Move to the next highlight and open its card (keyboard command). */
  z.object({ type: z.literal('nextHighlight') }),
  /** Look up the current selection (context menu / command). */
  z.object({ type: z.literal('lookupSelection'), text: z.string().max(1000) }),
  /** Report the entities again (e.g. the popup opened). */
  z.object({ type: z.literal('recount') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;

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
export interface ResponseMap {
  status: { documents: number; passages: number; entities: number; formatVersion: number };
  matcher: { matcher: Record<string, unknown> };
  card: CardData;
  search: { query: string; hits: SearchHit[] };
  document: DocumentView;
  entity: EntityPage;
  related: { hits: SearchHit[] };
  pageEntities: { total: number };
  tabEntities: { entities: (EntityRef & { count: number })[] };
  openPanel: { opened: boolean };
  lookup: { entity: EntityRef | null };
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
