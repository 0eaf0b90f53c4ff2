/**
 * The content script's side of `lib/protocol.ts`, without zod: the protocol module builds its
 * schemas at load time, which would put all of zod into every page's content script. Same
 * semantics as `ask()` there; tab messages are checked by hand against the same shapes.
 */
import type { Request, RequestType, Response, ResponseMap, TabMessage } from '../protocol';

/** Asks the background; resolves with the data or rejects with the background's error. */
export async function askBackground<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  send: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<ResponseMap[T]> {
  const answer = (await send(request)) as Response<T> | undefined;
  if (!answer || typeof answer !== 'object') throw new Error(`Factlight: no answer to "${request.type}"`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= 200;

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
      return typeof m.text === 'string' && m.text.length <= 1000 ? { type: 'lookupSelection', text: m.text } : null;
    case 'recount':
      return { type: 'recount' };
    default:
      return null;
  }
}
