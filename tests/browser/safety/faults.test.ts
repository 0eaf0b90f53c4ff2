/**
 * Faults: the service worker stopped between hovers and between 100 card requests from a content
 * script (every one answered); a damaged bundle (wrong shape, missing) gives a clear error in the
 * popup and the side panel and a silent page; 10,000 malformed or foreign messages are each
 * rejected with an error while the worker keeps answering; a tab closed in the middle of its
 * requests leaves no state or error behind. Run `npm run build` first.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, serveFolder, type ExtensionBrowser } from '../harness';
import { bundleEntities, tabIdOf, waitForCard, wordCentre } from '../pageHelpers';
import { SAFETY_FIXTURES, collectConsole, registryRanges, waitForFactlight, watchRequests } from './support';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let requests: ReturnType<typeof watchRequests>;
const workerErrors: string[] = [];

beforeAll(async () => {
  server = await serveFolder(SAFETY_FIXTURES);
  ext = await launchWithExtension();
  requests = watchRequests(ext.context);
  const watch = (worker: { on: (e: 'console', l: (m: { type(): string; text(): string }) => void) => unknown }) =>
    worker.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') workerErrors.push(`${m.type()}: ${m.text()}`);
    });
  watch(await ext.worker());
  ext.context.on('serviceworker', (worker) => watch(worker));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The execution context of Factlight's content script in a page's main frame (via CDP). */
async function contentScriptContext(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: {
    id: number;
    origin: string;
    name: string;
    auxData?: { type?: string; isDefault?: boolean; frameId?: string };
  }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const found = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.includes(extensionId),
  );
  if (!found)
    throw new Error(`no content script context among ${contexts.map((c) => `${c.name}@${c.origin}`).join(', ')}`);
  return found.id;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails).slice(0, 400));
  return result.value as T;
}

describe('the worker stopped between requests', () => {
  it('answers 100 card requests from a content script, each after the worker was stopped', {
    timeout: 180_000,
  }, async () => {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    try {
      await page.goto(`${server.url}/lists.html`);
      await waitForFactlight(page);
      const contextId = await contentScriptContext(cdp, ext.extensionId);
      const ids = bundleEntities().map((e) => e.id);
      // Count the worker's starts as the browser reports them (stopped -> running).
      let starts = 0;
      const status = new Map<string, string>();
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        ({ versions }: { versions: { versionId: string; runningStatus: string; scriptURL: string }[] }) => {
          for (const v of versions) {
            if (!v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
            if (v.runningStatus === 'running' && status.get(v.versionId) !== 'running') starts++;
            status.set(v.versionId, v.runningStatus);
          }
        },
      );
      await cdp.send('ServiceWorker.enable');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const startsBefore = starts;
      const answers: { ok: boolean; id?: string; excerpts?: number; error?: string }[] = [];
      const started = Date.now();
      for (let i = 0; i < 100; i++) {
        // What harness.stopWorker() does, on the session already open (a new session per stop is slow).
        await cdp.send('ServiceWorker.stopAllWorkers');
        const id = ids[i % ids.length]!;
        answers.push(
          await evaluateIn(
            cdp,
            contextId,
            `chrome.runtime.sendMessage({ type: 'card', entityId: ${JSON.stringify(id)} }).then(
            (a) => ({ ok: a && a.ok === true, id: a && a.ok ? a.data.entity.id : undefined, excerpts: a && a.ok ? a.data.excerpts.length : 0, error: a && a.error }))`,
          ),
        );
      }
      console.info(
        `100 card requests to a freshly stopped worker: ${((Date.now() - started) / 100).toFixed(0)} ms each on average`,
      );
      expect(answers.filter((a) => !a.ok)).toEqual([]);
      expect(answers.map((a) => a.id)).toEqual(Array.from({ length: 100 }, (_, i) => ids[i % ids.length]));
      expect(answers.every((a) => (a.excerpts ?? 0) > 0)).toBe(true);
      // The worker really was started afresh for (nearly) every request.
      expect(starts - startsBefore).toBeGreaterThanOrEqual(100);
      expect(workerErrors).toEqual([]);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });

  it('hover cards open with their excerpts when the worker was stopped before each hover', async () => {
    const page = await ext.context.newPage();
    const errors = collectConsole(page);
    const cdp = await ext.context.newCDPSession(page);
    const words = [
      'Kursk',
      'Kharkiv',
      'Izium',
      'Bakhmut',
      'Vladimir Putin',
      'Joe Biden',
      'Donald Trump',
      'Steve Witkoff',
      'Keith Kellogg',
      'Jens Stoltenberg',
    ];
    try {
      await page.goto(`${server.url}/lists.html`);
      await waitForFactlight(page);
      for (const word of words) {
        await ext.stopWorker();
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        const at = await wordCentre(page.mainFrame(), word);
        expect(at, word).not.toBeNull();
        await page.mouse.move(at!.x, at!.y, { steps: 2 });
        const card = await waitForCard(
          cdp,
          (c) => !!c.label?.includes(word.split(' ').pop()!) && c.text.length > 60,
          8_000,
        );
        expect(card?.label, `card for ${word}`).toContain(word.split(' ').pop());
      }
      expect(errors.filter((l) => l.type === 'error' || l.type === 'pageerror')).toEqual([]);
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  });
});

describe('10,000 malformed or foreign messages', () => {
  it('are all rejected with an error; the worker keeps answering and its globals are untouched', {
    timeout: 120_000,
  }, async () => {
    const popup = await ext.openExtensionPage('popup.html');
    try {
      const outcome = await popup.evaluate(async () => {
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
        const long = (n: number) => 'x'.repeat(n);
        const nested = (depth: number): unknown => (depth === 0 ? { type: 'status' } : [nested(depth - 1)]);
        const makers: (() => unknown)[] = [
          () => null,
          () => 42,
          () => 'status',
          () => true,
          () => [],
          () => [{ type: 'status' }],
          () => ({}),
          () => ({ type: pick(['', 'STATUS', 'card ', 'eval', 'constructor', '__proto__', 'toString', long(300)]) }),
          () => ({ type: Math.floor(random() * 1000) }),
          () => ({ type: null }),
          () => ({ type: ['card'] }),
          () => ({ type: { toString: 'card' } }),
          () => ({ type: 'card' }),
          () => ({ type: 'card', entityId: '' }),
          () => ({ type: 'card', entityId: long(201) }),
          () => ({ type: 'card', entityId: 12 }),
          () => ({ type: 'card', entityId: `no-such-${Math.floor(random() * 1e6)}` }),
          () => ({ type: 'card', entityId: '__proto__' }),
          () => ({ type: 'card', entityId: 'constructor' }),
          () => ({ type: 'search' }),
          () => ({ type: 'search', query: long(501) }),
          () => ({ type: 'search', query: 'Putin', limit: pick([0, 101, 1.5, '5', -1, null]) }),
          () => ({ type: 'document', docId: `nope-${random()}` }),
          () => ({ type: 'entity', entityId: 'hasOwnProperty' }),
          () => ({ type: 'related', counts: { 'vladimir-putin': pick([-1, 0, 1.5, 'many', null]) } }),
          () => ({ type: 'related', counts: 'all' }),
          () => ({ type: 'pageEntities', counts: pick([{ 'vladimir-putin': -2 }, { '': 1 }, 'all', null]) }),
          () => ({ type: 'tabEntities', tabId: pick([-1, 1.5, '3', null]) }),
          () => ({
            type: 'openPanel',
            target: pick([{ view: 'nope' }, { view: 'article' }, { view: 'entity', entityId: '' }, null, 'page']),
          }),
          () => ({ type: 'lookup', text: long(1001) }),
          () => ({ type: 'lookup' }),
          () => JSON.parse('{"__proto__": {"type": "status", "polluted": true}}'),
          () => ({ constructor: { prototype: { polluted: true } } }),
          () => nested(pick([50, 500])),
          // A thenable-looking message on purpose: the listener must not treat it as a promise.
          // biome-ignore lint/suspicious/noThenProperty: see above
          () => ({ type: 'matcher', then: 'x', huge: pick([long(10), long(100_000)]) }).huge && { type: 'matchers' },
          () => ({ type: 'revealEntity', entityId: 'vladimir-putin' }),
          () => ({ type: 'recount' }),
          () => ({ type: 'nextHighlight' }),
        ];
        const messages = Array.from({ length: 10_000 }, () => pick(makers)());
        const answers: unknown[] = [];
        for (let i = 0; i < messages.length; i += 1000) {
          const batch = messages.slice(i, i + 1000).map((m) =>
            chrome.runtime.sendMessage(m).then(
              (a) => a,
              (e: Error) => ({ thrown: String(e.message ?? e) }),
            ),
          );
          answers.push(...(await Promise.all(batch)));
        }
        const bad = answers
          .map((a, i) => ({ a, m: messages[i] }))
          .filter(
            ({ a }) =>
              !(
                a &&
                typeof a === 'object' &&
                (a as { ok?: unknown }).ok === false &&
                /^Factlight: /.test(String((a as { error?: unknown }).error))
              ),
          );
        const status = await chrome.runtime.sendMessage({ type: 'status' });
        const card = await chrome.runtime.sendMessage({ type: 'card', entityId: 'vladimir-putin' });
        return {
          sent: messages.length,
          answered: answers.length,
          bad: bad.slice(0, 5).map((b) => JSON.stringify(b).slice(0, 300)),
          badCount: bad.length,
          errors: [
            ...new Set(
              answers.map((a) =>
                String((a as { error?: unknown })?.error)
                  .replace(/\d+/g, 'N')
                  .slice(0, 60),
              ),
            ),
          ].slice(0, 40),
          status: (status as { ok: boolean }).ok,
          card: (card as { ok: boolean; data?: { entity: { id: string } } }).data?.entity.id,
        };
      });
      expect(outcome.sent).toBe(10_000);
      expect(outcome.answered).toBe(10_000);
      expect(outcome.bad).toEqual([]);
      expect(outcome.badCount).toBe(0);
      expect(outcome.status).toBe(true);
      expect(outcome.card).toBe('vladimir-putin');
      const worker = await ext.worker();
      expect(
        await worker.evaluate(() => ({
          polluted: ({} as { polluted?: unknown }).polluted,
          type: ({} as { type?: unknown }).type,
        })),
      ).toEqual({});
      expect(workerErrors).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});

describe('a tab closed mid-request', () => {
  it('leaves no tab state and no error in the worker', async () => {
    const worker = await ext.worker();
    const keeper = await ext.context.newPage(); // the browser must keep a window open
    const closedTabs: number[] = [];
    for (const [file, delay] of [
      ['hostile/storm.html', 0],
      ['hostile/storm.html', 120],
      ['hostile/storm.html', 350],
      ['lists.html', 0],
      ['lists.html', 60],
    ] as const) {
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/${file}`);
      const tabId = await tabIdOf(page, worker);
      closedTabs.push(tabId);
      await page.waitForFunction(() => performance.getEntriesByName('factlight:pass').length > 0, undefined, {
        timeout: 10_000,
      });
      // A hover asks the worker for a card while the page also reports its names.
      const at = await wordCentre(page.mainFrame(), 'Vladimir Putin');
      if (at) await page.mouse.move(at.x, at.y, { steps: 2 });
      await page.waitForTimeout(delay);
      await page.close();
    }
    await keeper.waitForTimeout(1_500);
    const stored = await (await ext.worker()).evaluate(() => chrome.storage.session.get(null));
    const leftovers = Object.keys(stored).filter((key) => closedTabs.some((id) => key === `factlight.tab.${id}`));
    expect(leftovers).toEqual([]);
    expect(workerErrors).toEqual([]);
    await keeper.close();
  });
});

describe('a damaged bundle', () => {
  const variants: [string, (dir: string) => void, RegExp][] = [
    [
      'valid JSON of the wrong shape',
      (dir) => writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify({ formatVersion: 999, documents: 'none' })),
      /The corpus could not be loaded/,
    ],
    ['missing', (dir) => unlinkSync(path.join(dir, 'bundle.json')), /The corpus could not be loaded/],
  ];
  for (const [name, damage, message] of variants) {
    it(`${name}: the popup and the side panel say so, the page stays as it is`, async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'factlight-damaged-'));
      const copy = path.join(work, 'extension');
      cpSync(EXTENSION_DIR, copy, { recursive: true });
      damage(copy);
      const browser = await launchWithExtension({ extensionDir: copy });
      try {
        const popup = await browser.openExtensionPage('popup.html');
        const popupErrors = collectConsole(popup);
        const alert = popup.getByRole('alert').first();
        await alert.waitFor({ timeout: 10_000 });
        expect(await alert.textContent()).toMatch(message);
        expect(popupErrors.filter((l) => l.type === 'pageerror')).toEqual([]);

        const panel = await browser.openExtensionPage('sidepanel.html#/page');
        const error = panel.getByTestId('panel-error');
        await error.waitFor({ timeout: 10_000 });
        expect(await error.textContent()).toMatch(message);
        expect((await panel.evaluate(() => document.body.innerText)).trim().length).toBeGreaterThan(20);

        const page: Page = await browser.context.newPage();
        const lines = collectConsole(page);
        await page.goto(`${server.url}/lists.html`);
        await page.waitForTimeout(2_500);
        expect(await registryRanges(page.mainFrame())).toEqual([]);
        expect(lines.filter((l) => l.type !== 'debug')).toEqual([]);
      } finally {
        await browser.close();
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});

describe('no network', () => {
  it('the extension made no request in this file', () => {
    expect(requests.extension).toEqual([]);
  });
});
