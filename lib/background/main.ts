/**
 * The background: one message listener answering the protocol of `lib/protocol.ts`. Every listener
 * is registered synchronously when the worker starts, before any await, because MV3 wakes the
 * worker for an event and only delivers it to listeners that exist by the end of the first turn.
 */
import { type Request, type Response, type RequestType, tellTab } from '../protocol';
import { REQUEST_TYPES, RequestSchema } from '../protocolSchemas';
import { addPageThroughLibrary } from '../extension/addPage';
import { extensionBundleSource } from './bundleSource';
import { createCorpusLoader, type CorpusLoader, type CorpusSource } from './corpus';
import { createHandlers, refOf, type Handler, type HandlerDeps, type Handlers, type MessageSender } from './handlers';
import { registerMenusAndCommands } from './menus';
import { openPanelAt } from '../extension/panelAdapter';
import { handlePageEntities, handleTabEntities, registerTabStateListeners, setTabEntityResolver } from './tabState';

/**
 * Validates one incoming message and answers it. Never rejects: every failure becomes
 * `{ ok: false, error: 'Factlight: …' }`.
 */
export function answerMessage(
  handlers: Handlers,
  message: unknown,
  sender: MessageSender,
): Promise<Response<RequestType>> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    return Promise.resolve({
      ok: false,
      error: `Factlight: invalid message: ${describeInvalid(message, parsed.error.issues)}`,
    });
  }
  const request: Request = parsed.data;
  try {
    // The handler runs synchronously up to its first await (openPanel needs that for the user gesture).
    const handler = handlers[request.type] as Handler<RequestType>;
    return handler(request as never, sender).then(
      (data) => ({ ok: true, data }) as Response<RequestType>,
      (error: unknown) => ({ ok: false, error: errorMessage(error) }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error: errorMessage(error) });
  }
}

/**
 * The `runtime.onMessage` listener. Answers through `sendResponse` (returning true keeps the channel
 * open; works in every Chrome and Firefox) when the browser passes one, else by returning the
 * promise (WXT's fake browser, Firefox's preferred form).
 */
export function createMessageListener(handlers: Handlers) {
  return (
    message: unknown,
    sender: MessageSender,
    sendResponse?: (answer: unknown) => void,
  ): true | Promise<unknown> => {
    const answer = answerMessage(handlers, message, sender);
    if (typeof sendResponse === 'function') {
      void answer.then(sendResponse);
      return true;
    }
    return answer;
  };
}

/** Registers every background listener synchronously, before any await (MV3 wakes the worker per event). */
export function startBackground(options: { source?: CorpusSource; deps?: Partial<HandlerDeps> } = {}): {
  corpus: CorpusLoader;
} {
  const corpus = createCorpusLoader(options.source ?? extensionBundleSource);
  const handlers = createHandlers({
    corpus,
    openPanel: openPanelAt,
    pageEntities: handlePageEntities,
    tabEntities: handleTabEntities,
    tellTabsCorpusChanged,
    addPage: addPageThroughLibrary,
    isExtensionPage: (sender) => !!sender.url && sender.url.startsWith(browser.runtime.getURL('/')),
    ...options.deps,
  });
  browser.runtime.onMessage.addListener(createMessageListener(handlers) as never);
  setTabEntityResolver(async (entityId) => {
    const entity = (await corpus.get()).entityById.get(entityId);
    return entity ? refOf(entity) : undefined;
  });
  registerTabStateListeners();
  registerMenusAndCommands({
    // A selection that names no entity goes straight to the panel's search, inside the menu click
    // (the user gesture the panel needs). Before the corpus is loaded, the tab's card decides.
    isEntitySync: (text) => {
      const loaded = corpus.loaded();
      return loaded ? loaded.matcher().match(text).length > 0 : undefined;
    },
    openSearch: (tabId, query) => void openPanelAt({ view: 'search', query }, { tabId }),
    addPage: (tabId) => void addPageThroughLibrary(tabId).catch((error: unknown) => console.warn(error)),
  });
  return { corpus };
}

/** Sends `corpusChanged` to every tab; resolves with how many content scripts answered. */
async function tellTabsCorpusChanged(): Promise<number> {
  // Without the "tabs" permission the query still gives every tab's id, which is all tellTab needs.
  const tabs = await browser.tabs.query({});
  const told = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? false
        : tellTab(tab.id, { type: 'corpusChanged' }).then(
            () => true,
            () => false, // no content script there (a browser page, a site where it cannot run)
          ),
    ),
  );
  return told.filter(Boolean).length;
}

function describeInvalid(message: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const type =
    message && typeof message === 'object' && 'type' in message ? (message as { type: unknown }).type : undefined;
  if (type === undefined) return 'no message type';
  if (typeof type !== 'string' || !REQUEST_TYPES.includes(type)) {
    return `unknown type ${JSON.stringify(type).slice(0, 60)}`;
  }
  const detail = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
  return `"${type}" ${detail}`;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('Factlight:') ? message : `Factlight: ${message}`;
}
