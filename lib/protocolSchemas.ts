/**
 * The zod schemas of `lib/protocol.ts`, for the contexts that may carry zod (background, extension
 * pages; never a content script). Each schema is checked against the contract's type at compile
 * time, and `tests/unit/protocol.test.ts` checks that the schemas and the contract's hand checks
 * accept and refuse the same messages.
 */
import { z } from 'zod';
import { LIMITS, type PanelTarget, type Request, type TabMessage } from './protocol';

const id = z.string().min(1).max(LIMITS.id);
const tabId = z.number().int().nonnegative();

/** A side panel target. */
export const PanelTargetSchema: z.ZodType<PanelTarget> = z.discriminatedUnion('view', [
  z.object({ view: z.literal('article'), docId: id, passageId: z.number().int().nonnegative().optional() }),
  z.object({ view: z.literal('entity'), entityId: id }),
  z.object({ view: z.literal('page') }),
  z.object({ view: z.literal('search'), query: z.string().max(LIMITS.query) }),
]);

const requestOptions = [
  z.object({ type: z.literal('status') }),
  z.object({
    type: z.literal('names'),
    scan: id,
    fresh: z.boolean(),
    texts: z.array(z.string().max(LIMITS.namesTextChars)).max(LIMITS.namesTexts),
    /** Each text's language (ISO 639-1 from lang attributes; '' when unknown). */
    langs: z.array(z.string().max(35)).max(LIMITS.namesTexts).optional(),
  }),
  z.object({ type: z.literal('card'), entityId: id }),
  z.object({
    type: z.literal('search'),
    query: z.string().max(LIMITS.query),
    limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
  }),
  z.object({ type: z.literal('document'), docId: id }),
  z.object({ type: z.literal('entity'), entityId: id }),
  z.object({
    type: z.literal('related'),
    counts: z.record(id, z.number().int().positive()),
    limit: z.number().int().min(1).max(LIMITS.relatedResults).optional(),
  }),
  z.object({ type: z.literal('pageEntities'), counts: z.record(id, z.number().int().nonnegative()) }),
  z.object({ type: z.literal('tabEntities'), tabId }),
  z.object({ type: z.literal('openPanel'), target: PanelTargetSchema, tabId: tabId.optional() }),
  z.object({ type: z.literal('lookup'), text: z.string().max(LIMITS.text) }),
  z.object({ type: z.literal('libraryChanged') }),
  z.object({ type: z.literal('inCorpus'), url: z.string().max(LIMITS.url) }),
  z.object({ type: z.literal('addPage'), tabId }),
] as const;

/** Messages the background answers; anything else is refused. */
export const RequestSchema: z.ZodType<Request> = z.discriminatedUnion('type', requestOptions);

/** The request types the background knows, for error messages. */
export const REQUEST_TYPES: readonly string[] = requestOptions.map((option) => option.shape.type.value);

/** Messages the background sends to a tab's content script. */
export const TabMessageSchema: z.ZodType<TabMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('revealEntity'), entityId: id }),
  z.object({ type: z.literal('nextHighlight') }),
  z.object({ type: z.literal('lookupSelection'), text: z.string().max(LIMITS.text) }),
  z.object({ type: z.literal('recount') }),
  z.object({ type: z.literal('corpusChanged') }),
]);
