/**
 * The content script's first stage in a page's frames (the top frame runs the page code at once,
 * entrypoints/content/index.ts): a few kilobytes that decide whether the frame is worth Factlight's
 * page code at all. Most frames of a news page are ads, trackers and empty embeds with no text to read; evaluating the page code (the scanner, the
 * settings, the protocol) and starting a session there cost each of them 2–4 ms of main-thread time
 * for nothing. Here such a frame costs one short look at its text, and a watch for text to come
 * (a frame that fills itself later, an SPA that renders after `document_idle`).
 *
 * The page code is its own script (entrypoints/content-main.ts, a web-accessible resource) that
 * this stage imports once the frame has text; it runs in the content script's isolated world and
 * hands over its start function under {@link CONTENT_MAIN_KEY} on that world's global object, where
 * the page's own scripts cannot see or replace it (as the card script does, see lazyCard.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabMessageType, TabReply } from '../protocol';
import { guard } from './guard';

/** Where the page-code script leaves its start function (the content script's world only). */
export const CONTENT_MAIN_KEY = Symbol.for('factlight.contentMain');

/** The page-code script's path in the extension (entrypoints/content-main.ts). */
const CONTENT_MAIN_PATH = '/content-main.js';

/** What the first stage hands the page code. */
export interface ContentMainOptions {
  ctx: ContentScriptContext;
  /** `performance.now()` when the first stage began to run. */
  scriptStart: number;
  /** Main-thread ms the first stage spent before the import (its evaluation and the text check). */
  loaderMs: number;
}

/** The page code's answer: the handler for the background's tab messages. */
export type TabMessageHandler = (message: unknown) => Promise<TabReply<TabMessageType>> | undefined;

/** The page code's start function. */
export type ContentMain = (options: ContentMainOptions) => { handleMessage: TabMessageHandler };

/** Elements whose text is no reading matter: a frame of only these has nothing for Factlight. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg']);

/** Text nodes looked at, at most, before a frame counts as having text (a long page finds one at once). */
const LOOK_BUDGET = 2_000;

/**
 * Does this subtree hold a word of text outside scripts and styles? A look, not a reading: the first
 * non-blank text node decides, and a subtree of thousands of blank ones counts as text rather than
 * being walked to its end.
 */
export function hasText(root: Node): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return false;
  if (root.nodeType === 3) return isProse(root as Text);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let looked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isProse(node as Text)) return true;
    if (++looked >= LOOK_BUDGET) return true;
  }
  return false;
}

function isProse(text: Text): boolean {
  const parent = text.parentElement;
  if (!parent || NOT_PROSE.has(parent.localName)) return false;
  return /\S/.test(text.data);
}

/**
 * Calls `then` once the document has text: at once, or when the page adds some. The watch ends with
 * `signal` (the script invalidated). Added nodes are looked at, not the whole document again.
 */
export function whenFrameHasText(doc: Document, signal: AbortSignal, then: () => void): 'now' | 'watching' {
  if (hasText(doc)) {
    then();
    return 'now';
  }
  const observer = new MutationObserver((records) =>
    guard(() => {
      for (const record of records) {
        const found =
          record.type === 'characterData'
            ? isProse(record.target as Text)
            : [...record.addedNodes].some((node) => hasText(node));
        if (found) {
          observer.disconnect();
          then();
          return;
        }
      }
    }),
  );
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return 'watching';
}

/**
 * Answers the background's tab messages with `handler()`, registered at once, before anything
 * waits, so no message is missed; while there is no handler (the page code has not started) the
 * frame leaves the answer to the others.
 */
export function answerTabMessages(ctx: ContentScriptContext, handler: () => TabMessageHandler | null): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    const answer = handler()?.(message);
    if (!answer) return false;
    answer.then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Imports the page-code script once and returns its start function. */
export async function importContentMain(): Promise<ContentMain> {
  const world = globalThis as unknown as Record<symbol, ContentMain | undefined>;
  if (!world[CONTENT_MAIN_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_MAIN_PATH));
  const start = world[CONTENT_MAIN_KEY];
  if (typeof start !== 'function') throw new Error('Factlight: the page script did not load');
  return start;
}

/**
 * On the benchmark's pages (`data-factlight-bench` on `<html>`, bench/browser.ts) a frame without
 * text publishes what it cost as the `factlight:idle` measure (`detail.workMs`, main-thread ms from
 * the script's start). Other pages get no measure: a frame Factlight leaves alone shows no trace.
 */
export function publishIdleFrame(scriptStart: number): void {
  if (!document.documentElement?.hasAttribute('data-factlight-bench')) return;
  const workMs = performance.now() - scriptStart;
  guard(() => performance.measure('factlight:idle', { start: scriptStart, detail: { workMs } }));
}
