/**
 * Helpers for browser tests of the content script: the badge of a page's tab, the hover card
 * (inside a closed shadow root, read through the DevTools protocol), the page's highlight registry.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './harness';

// Evaluated inside the extension's service worker, where `chrome` exists.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

interface BundleEntity {
  id: string;
  name: string;
  type: string;
  aliases: { text: string }[];
  excerpts: { text: string }[];
}

/** The built bundle's entities (what the extension ships). */
export function bundleEntities(): BundleEntity[] {
  const bundle = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'bundle.json'), 'utf8')) as {
    entities: BundleEntity[];
  };
  return bundle.entities;
}

/** The entity one of whose spellings is exactly `text`; fails the test when there is none. */
export function entityBySpelling(text: string): BundleEntity {
  const found = bundleEntities().find((e) => e.name === text || e.aliases.some((a) => a.text === text));
  if (!found) throw new Error(`no entity spelled "${text}" in the bundle`);
  return found;
}

/** The tab id of a page: bring it to the front, then ask the worker for the active tab. */
export async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** The badge text of a tab. */
export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until `read()` returns `expected` (or the time is up); returns the last value. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 8_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  return value;
}

/** Viewport centre of the first occurrence of `word` in the frame's text (also in open shadow roots). */
export async function wordCentre(frame: Frame, word: string, occurrence = 0): Promise<{ x: number; y: number } | null> {
  return frame.evaluate(
    ({ word, occurrence }) => {
      let seen = 0;
      const roots: Node[] = [document.body];
      while (roots.length > 0) {
        const root = roots.shift()!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          if (node.nodeType === 1 && (node as Element).shadowRoot) roots.push((node as Element).shadowRoot!);
          if (node.nodeType !== 3) continue;
          const parent = (node as Text).parentElement;
          if (parent && /^(SCRIPT|STYLE|TEXTAREA)$/.test(parent.tagName)) continue;
          const at = (node as Text).data.indexOf(word);
          if (at < 0) continue;
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { word, occurrence },
  );
}

export interface CardSnapshot {
  label: string | null;
  text: string;
  /** Whether the host is shown in the top layer. */
  popoverOpen: boolean;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHosts(node: DomNode, out: DomNode[]): void {
  if (node.nodeName === 'FACTLIGHT-CARD') out.push(node);
  for (const child of [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    findHosts(child, out);
  }
}

/**
 * Runs `functionDeclaration` (source text; `this` is the card's shadow root) in each card the page
 * or its same-origin frames hold, and returns the first non-null answer. The card's root is closed,
 * so only the DevTools protocol reaches it.
 */
export async function evaluateInCard<T>(
  cdp: CDPSession,
  functionDeclaration: string,
  arg?: unknown,
): Promise<T | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts: DomNode[] = [];
  findHosts(root, hosts);
  for (const host of hosts) {
    const shadow = host.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      arguments: arg === undefined ? [] : [{ value: arg }],
      functionDeclaration,
    });
    if (result.value != null) return result.value as T;
  }
  return null;
}

/** The open card in the page or any of its same-origin frames. */
export function readCard(cdp: CDPSession): Promise<CardSnapshot | null> {
  return evaluateInCard<CardSnapshot>(
    cdp,
    `function () {
      const dialog = this.querySelector('[role="dialog"]');
      if (!dialog) return null;
      return { label: dialog.getAttribute('aria-label'), text: dialog.innerText || dialog.textContent || '',
               popoverOpen: this.host.matches(':popover-open') };
    }`,
  );
}

/** Viewport centre of the first element matching `selector` inside the open card. */
export function cardElementCentre(cdp: CDPSession, selector: string): Promise<{ x: number; y: number } | null> {
  return evaluateInCard(
    cdp,
    `function (selector) {
      const el = this.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
    selector,
  );
}

/** Waits for the card to show something that passes `ready` (default: any open card). */
export async function waitForCard(
  cdp: CDPSession,
  ready: (card: CardSnapshot) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<CardSnapshot | null> {
  const until = Date.now() + timeoutMs;
  let card = await readCard(cdp);
  while ((!card || !ready(card)) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    card = await readCard(cdp);
  }
  return card;
}

/** Waits until no card host is in the page. */
export async function waitForNoCard(frame: Frame, timeoutMs = 3_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!(await frame.evaluate(() => !!document.querySelector('factlight-card')))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

export interface MarkedText {
  text: string;
  /** Characters right before and after the marked text in its nodes ('' at a node edge). */
  before: string;
  after: string;
  /** True when the range lies inside a form field or an editable region. */
  inEditable: boolean;
  highlight: string;
}

/** Everything in the page's highlight registry, as the page itself can see it. */
export function markedTexts(frame: Frame): Promise<MarkedText[]> {
  return frame.evaluate(() => {
    const out: MarkedText[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight as Highlight) {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          continue;
        }
        const startText = r.startContainer.nodeType === 3 ? (r.startContainer as Text).data : '';
        const endText = r.endContainer.nodeType === 3 ? (r.endContainer as Text).data : '';
        const el = r.startContainer.parentElement;
        out.push({
          text: range.toString(),
          before: startText.slice(Math.max(0, r.startOffset - 1), r.startOffset),
          after: endText.slice(r.endOffset, r.endOffset + 1),
          inEditable: !!el?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])'),
          highlight: name,
        });
      }
    }
    return out;
  }) as Promise<MarkedText[]>;
}

/** The page's text and DOM serialisation (compare with the card closed: its host is then gone). */
export function pageSnapshot(frame: Frame): Promise<{ text: string; html: string }> {
  return frame.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    return { text: document.body.innerText, html: clone.outerHTML };
  });
}
