/**
 * The content script in real Chromium on fixture pages (tests/fixtures/pages): badge counts, hover
 * cards with the corpus's excerpts, Esc, keyboard command, selection lookup, on/off switch, and
 * that the page is left as it was (text, DOM, console, form fields). Run `npm run build` first.
 */
import path from 'node:path';
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { collectErrors, launchWithExtension, serveFolder, type ExtensionBrowser } from './harness';
import {
  badgeText,
  cardElementCentre,
  entityBySpelling,
  markedTexts,
  pageSnapshot,
  readCard,
  tabIdOf,
  waitForCard,
  waitForNoCard,
  waitForValue,
  wordCentre,
  type MarkedText,
} from './pageHelpers';

declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  storage: {
    local: { set(items: object): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
};

const FIXTURES = path.resolve('tests/fixtures/pages');

let ext: ExtensionBrowser;
let plain: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let worker: Worker;

beforeAll(async () => {
  server = await serveFolder(FIXTURES);
  ext = await launchWithExtension();
  plain = await launchWithExtension({ withExtension: false });
  worker = await ext.worker();
});

afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  cdp: CDPSession;
  tabId: number;
}

async function open(file: string): Promise<Opened> {
  const page = await ext.context.newPage();
  // Closed even when the test fails, so the next test's page is the only one in front.
  onTestFinished(() => page.close().catch(() => undefined));
  const errors = collectErrors(page);
  await page.goto(`${server.url}/${file}`);
  const cdp = await ext.context.newCDPSession(page);
  const tabId = await tabIdOf(page, worker);
  return { page, errors, cdp, tabId };
}

async function close(opened: Opened): Promise<void> {
  await opened.cdp.detach().catch(() => undefined);
  await opened.page.close();
}

/** The same page in a browser without the extension, after `settle`. */
async function reference(file: string, settle: (page: Page) => Promise<void>): Promise<{ text: string; html: string }> {
  const page = await plain.context.newPage();
  await page.goto(`${server.url}/${file}`);
  await settle(page);
  const snapshot = await pageSnapshot(page.mainFrame());
  await page.close();
  return snapshot;
}

/** Distinct entity ids for spellings the fixture uses (read off the built bundle). */
function idsOf(...spellings: string[]): string[] {
  return [...new Set(spellings.map((s) => entityBySpelling(s).id))].sort();
}

async function expectBadge(o: Opened, spellings: string[]): Promise<void> {
  const expected = String(idsOf(...spellings).length);
  expect(await waitForValue(() => badgeText(worker, o.tabId), expected)).toBe(expected);
}

/** Moves the mouse onto a word (in a frame: offset by the iframe's position). */
async function hover(o: Opened, word: string, frame: Frame = o.page.mainFrame(), occurrence = 0): Promise<void> {
  const point = await wordCentre(frame, word, occurrence);
  expect(point, `"${word}" on the page`).not.toBeNull();
  let { x, y } = point!;
  const element = await frame.frameElement().catch(() => null);
  if (element) {
    const box = await element.boundingBox();
    x += box!.x;
    y += box!.y;
  }
  await o.page.mouse.move(x - 40, y + 60);
  await o.page.mouse.move(x, y, { steps: 4 });
}

/** The card for an entity shows its canonical name, counts and the first excerpts of the bundle. */
async function expectCardFor(o: Opened, spelling: string): Promise<void> {
  const entity = entityBySpelling(spelling);
  const card = await waitForCard(o.cdp, (c) => /mentions? in \d+ articles?/.test(c.text));
  expect(card, `card for ${entity.name}`).not.toBeNull();
  expect(card!.label).toContain(entity.name);
  expect(card!.popoverOpen).toBe(true);
  expect(card!.text).toContain(entity.name);
  const excerpts = entity.excerpts.slice(0, 3);
  expect(excerpts.length).toBeGreaterThan(0);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  for (const excerpt of excerpts) expect(squash(card!.text)).toContain(squash(excerpt.text).slice(0, 40));
}

async function expectEscCloses(o: Opened, frame: Frame = o.page.mainFrame()): Promise<void> {
  await o.page.keyboard.press('Escape');
  expect(await waitForNoCard(frame)).toBe(true);
  expect(await readCard(o.cdp)).toBeNull();
}

const LETTER = /\p{L}/u;

/** The names of article.html (Norwegian genitive "Russlands" is Russia's). */
const ARTICLE_NAMES = [
  'Vladimir Putin',
  'Joe Biden',
  'Russlands',
  'Steve Witkoff',
  'Moskva',
  'Wolodymyr Selenskyj',
  'Bakhmut',
  'Izium',
  'Kursk',
];

function expectCleanMarks(marks: MarkedText[]): void {
  for (const mark of marks) {
    expect(mark.inEditable, `mark "${mark.text}" in an editable`).toBe(false);
    expect(LETTER.test(mark.before), `mark "${mark.text}" starts inside a word`).toBe(false);
    expect(LETTER.test(mark.after), `mark "${mark.text}" ends inside a word`).toBe(false);
    expect(mark.text).not.toMatch(/comput|senat|putinesque/i);
  }
}

const marked = (marks: MarkedText[]) =>
  marks
    .filter((m) => m.highlight !== 'factlight-4' && m.highlight !== 'factlight-5')
    .map((m) => m.text.replace(/\s+/g, ' '))
    .sort();

describe('content script on fixture pages', () => {
  it('static article: names in three languages, badge, hover card, Esc, page unchanged', async () => {
    const o = await open('article.html');
    const names = ARTICLE_NAMES;
    await expectBadge(o, names);
    const marks = await markedTexts(o.page.mainFrame());
    expectCleanMarks(marks);
    // The name spread over <a>Vladimir <b>Putin</b></a> is one mark; nothing in <pre> or <script>.
    expect(marked(marks)).toContain('Vladimir Putin');
    expect(marked(marks).filter((t) => /Putin/.test(t))).toHaveLength(2);
    await hover(o, 'Putin');
    await expectCardFor(o, 'Vladimir Putin');
    await expectEscCloses(o);
    expect(await pageSnapshot(o.page.mainFrame())).toEqual(await reference('article.html', async () => undefined));
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('a page that adds and edits text after load', async () => {
    const o = await open('dynamic.html');
    await o.page.waitForFunction(() => (window as { fixtureDone?: boolean }).fixtureDone === true);
    const expectedMarks = ['Bakhmut', 'Steve Witkoff', 'Vladimir Putin'];
    expect(await waitForValue(async () => marked(await markedTexts(o.page.mainFrame())), expectedMarks)).toEqual(
      expectedMarks,
    );
    expectCleanMarks(await markedTexts(o.page.mainFrame()));
    // Joe Biden's text was edited away: the badge follows.
    await expectBadge(o, ['Vladimir Putin', 'Steve Witkoff', 'Bakhmut']);
    await hover(o, 'Witkoff');
    await expectCardFor(o, 'Steve Witkoff');
    await expectEscCloses(o);
    const expected = await reference('dynamic.html', (p) =>
      p.waitForFunction(() => (window as { fixtureDone?: boolean }).fixtureDone === true).then(() => undefined),
    );
    expect(await pageSnapshot(o.page.mainFrame())).toEqual(expected);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('a page that re-renders its content like React', async () => {
    const o = await open('react.html');
    await expectBadge(o, ['Vladimir Putin', 'Steve Witkoff', 'Moskva']);
    // Old renders' text is gone: exactly the current names are marked, once each, at any moment.
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 97));
      const marks = await markedTexts(o.page.mainFrame());
      expectCleanMarks(marks);
      expect(marked(marks)).toEqual(['Moskva', 'Steve Witkoff', 'Vladimir Putin']);
    }
    await hover(o, 'Putin');
    await expectCardFor(o, 'Vladimir Putin');
    // The card follows the name through the next re-renders (the fixture's `tick` counts them).
    const renders = () => o.page.evaluate<number>('tick');
    const until = (await renders()) + 4;
    while ((await renders()) < until) {
      const card = await readCard(o.cdp);
      expect(card?.popoverOpen, 'card open through re-renders').toBe(true);
      expect(card!.label).toContain('Vladimir Putin');
    }
    await expectEscCloses(o);
    const digits = (s: { text: string; html: string }) => ({
      text: s.text.replace(/\d+/g, 'N'),
      html: s.html.replace(/\d+/g, 'N'),
    });
    const expected = digits(await reference('react.html', () => new Promise((r) => setTimeout(r, 300))));
    expect(digits(await pageSnapshot(o.page.mainFrame()))).toEqual(expected);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('open shadow DOM', async () => {
    const o = await open('shadow.html');
    await expectBadge(o, ['Joe Biden', 'Vladimir Putin', 'Kursk']);
    const inShadow = await o.page.evaluate(() => {
      const texts: string[] = [];
      for (const [, h] of CSS.highlights)
        for (const r of h as Highlight)
          if (r.startContainer.getRootNode() instanceof ShadowRoot)
            texts.push(String(r.startContainer.textContent).slice(r.startOffset, r.endOffset));
      return texts.sort();
    });
    expect(inShadow).toEqual(['Kursk', 'Vladimir Putin']);
    await hover(o, 'Putin');
    await expectCardFor(o, 'Vladimir Putin');
    await expectEscCloses(o);
    expect(await pageSnapshot(o.page.mainFrame())).toEqual(await reference('shadow.html', async () => undefined));
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('a same-origin iframe: the badge counts all frames, the card opens in the frame, a removed frame leaves the badge', async () => {
    const o = await open('iframe.html');
    await expectBadge(o, ['Joe Biden', 'Vladimir Putin', 'Bakhmut']);
    const frame = o.page.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
    expect(frame).toBeDefined();
    expect(marked(await markedTexts(frame))).toEqual(['Bakhmut', 'Vladimir Putin']);
    await hover(o, 'Bakhmut', frame);
    await expectCardFor(o, 'Bakhmut');
    await o.page.mouse.click(5, 5); // focus the page, then Esc
    await waitForNoCard(frame);
    expect(await pageSnapshot(frame)).toEqual(await reference('iframe-inner.html', async () => undefined));
    await o.page.evaluate(() => document.getElementById('frame')!.remove());
    await expectBadge(o, ['Joe Biden']);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('a frame with no text (an ad) does not start the page code until text comes', async () => {
    const o = await open('frames-empty.html');
    await expectBadge(o, ['Joe Biden']);
    const frame = o.page.frames().find((f) => f.url().endsWith('frame-no-text.html'))!;
    expect(frame).toBeDefined();
    // The first stage looked, found no text and published what the frame cost (bench pages only).
    await frame.waitForFunction(() => performance.getEntriesByName('factlight:idle').length === 1);
    const idle = await frame.evaluate(() => {
      const entry = performance.getEntriesByName('factlight:idle')[0] as PerformanceMeasure;
      return {
        workMs: (entry.detail as { workMs: number }).workMs,
        started: performance.getEntriesByName('factlight:start').length,
      };
    });
    expect(idle.workMs).toBeGreaterThan(0);
    expect(idle.started).toBe(0);
    // Text arrives later (the ad renders an article teaser): the page code starts and paints it.
    await frame.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Nyt om Vladimir Putin.';
      document.body.append(p);
    });
    await frame.waitForFunction(() => performance.getEntriesByName('factlight:start').length === 1);
    await waitForValue(async () => marked(await markedTexts(frame)).join(), 'Vladimir Putin');
    await expectBadge(o, ['Joe Biden', 'Vladimir Putin']);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('form fields and editable regions stay unmarked and typing works', async () => {
    const o = await open('inputs.html');
    await expectBadge(o, ['Joe Biden']);
    const before = await markedTexts(o.page.mainFrame());
    expect(marked(before)).toEqual(['Joe Biden']);
    await o.page.click('#ta');
    await o.page.keyboard.press('End');
    await o.page.keyboard.type(' og Joe Biden');
    await o.page.click('#ed');
    await o.page.keyboard.press('End');
    await o.page.keyboard.type(' Kursk');
    await o.page.fill('#in', 'Kursk og Putin');
    await new Promise((r) => setTimeout(r, 600));
    expect(await o.page.inputValue('#ta')).toBe('Vladimir Putin i en textarea og Joe Biden');
    expect(await o.page.inputValue('#in')).toBe('Kursk og Putin');
    expect(await o.page.textContent('#ed')).toContain('boks Kursk');
    const after = await markedTexts(o.page.mainFrame());
    expectCleanMarks(after);
    expect(marked(after)).toEqual(['Joe Biden']);
    expect(await badgeText(worker, o.tabId)).toBe('1');
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('names in hidden parts do not count until the page shows them', async () => {
    const o = await open('hidden.html');
    await expectBadge(o, ['Vladimir Putin']);
    await o.page.evaluate(() => document.getElementById('menu')!.classList.remove('closed'));
    await expectBadge(o, ['Vladimir Putin', 'Joe Biden']);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it("the default look is painted by the manifest's stylesheet, with no sheet adopted by the page", async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    const frame = o.page.mainFrame();
    // The box of a person's name (highlight factlight-1) outside a link (links are blue themselves),
    // a few pixels taller for the underline.
    const box = await frame.evaluate(() => {
      let first: AbstractRange | undefined;
      for (const range of CSS.highlights.get('factlight-1') ?? []) {
        if (!(range as AbstractRange).startContainer.parentElement?.closest('a')) first ??= range as AbstractRange;
      }
      if (!first) return null;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      const rect = range.getBoundingClientRect();
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height + 4 };
    });
    expect(box).not.toBeNull();
    expect(await frame.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    /** Pixels of the default person colour (#1a73e8, blue) in a screenshot of the name's box. */
    const bluePixels = async (): Promise<number> =>
      frame.evaluate(
        async (png) => {
          const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 150 && data[i + 2]! - data[i]! > 80) count++;
          return count;
        },
        (await o.page.screenshot({ clip: box! })).toString('base64'),
      );
    expect(await bluePixels()).toBeGreaterThan(20);
    // Control: the same box without Factlight's highlight has none of that blue.
    await frame.evaluate(() => CSS.highlights.delete('factlight-1'));
    expect(await bluePixels()).toBe(0);
    await close(o);
  });

  it('a dark page', async () => {
    const o = await open('dark.html');
    await expectBadge(o, ['Vladimir Putin', 'Steve Witkoff', 'Kursk']);
    expectCleanMarks(await markedTexts(o.page.mainFrame()));
    await hover(o, 'Kursk');
    await expectCardFor(o, 'Kursk');
    await expectEscCloses(o);
    expect(await pageSnapshot(o.page.mainFrame())).toEqual(await reference('dark.html', async () => undefined));
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('commands, selection lookup and switches', () => {
  it('next highlight opens a focused card that Esc closes; reveal flashes a name', async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    const first = marked(await markedTexts(o.page.mainFrame()));
    expect(first.length).toBeGreaterThan(0);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'nextHighlight' }, { frameId: 0 }), o.tabId);
    // Document order: the first name of the article is Vladimir Putin.
    await expectCardFor(o, 'Vladimir Putin');
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'nextHighlight' }, { frameId: 0 }), o.tabId);
    await expectCardFor(o, 'Joe Biden');
    await expectEscCloses(o);
    const bakhmut = entityBySpelling('Bakhmut').id;
    await worker.evaluate(
      ({ id, entityId }) => chrome.tabs.sendMessage(id, { type: 'revealEntity', entityId }, { frameId: 0 }),
      { id: o.tabId, entityId: bakhmut },
    );
    const flashed = (await markedTexts(o.page.mainFrame()))
      .filter((m) => m.highlight === 'factlight-4')
      .map((m) => m.text);
    expect(flashed).toEqual(['Bakhmut']);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('looking up a selected name opens its card', async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    await o.page.evaluate(() => {
      const p = document.getElementById('p-da')!;
      const text = p.lastChild as Text; // " i telefon med Joe Biden om krigen."
      const at = text.data.indexOf('Joe Biden');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Joe Biden'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'lookupSelection', text: '' }), o.tabId);
    await expectCardFor(o, 'Joe Biden');
    await expectEscCloses(o);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it("the card's actions open the side panel at the article and at a search", async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    await hover(o, 'Biden');
    await expectCardFor(o, 'Joe Biden');
    const panelOpen = async (suffix: string) =>
      ((await o.cdp.send('Target.getTargets')).targetInfos as { url: string }[]).some(
        (t) => t.url.includes('sidepanel.html') && t.url.endsWith(suffix),
      );
    const title = await cardElementCentre(o.cdp, '.excerpt .link');
    expect(title).not.toBeNull();
    await o.page.mouse.move(title!.x, title!.y, { steps: 4 });
    await o.page.mouse.click(title!.x, title!.y);
    const first = entityBySpelling('Joe Biden').excerpts[0]! as unknown as { passageId: number };
    expect(await waitForValue(() => panelOpen(`/${first.passageId}`), true, 10_000)).toBe(true);
    // The search action: the panel is told to search for the canonical name.
    if (!(await readCard(o.cdp))) {
      await o.page.mouse.move(5, 5);
      await hover(o, 'Biden');
      await expectCardFor(o, 'Joe Biden');
    }
    const search = await cardElementCentre(o.cdp, '.action');
    await o.page.mouse.move(search!.x, search!.y, { steps: 4 });
    await o.page.mouse.click(search!.x, search!.y);
    const target = () =>
      worker.evaluate(
        async () =>
          (
            (await chrome.storage.session.get('factlight.panelTarget'))['factlight.panelTarget'] as
              | { target?: unknown }
              | undefined
          )?.target ?? null,
      );
    expect(await waitForValue(target, { view: 'search', query: 'Joe Biden' }, 10_000)).toEqual({
      view: 'search',
      query: 'Joe Biden',
    });
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('looking up a selection that is no name offers the corpus search', async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    await o.page.evaluate(() => {
      const text = document.getElementById('p-da')!.lastChild as Text;
      const at = text.data.indexOf('krigen');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'krigen'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'lookupSelection', text: '' }), o.tabId);
    const card = await waitForCard(o.cdp, (c) => /Search the corpus/.test(c.text));
    expect(card?.label).toContain('krigen');
    expect(card?.text).toContain('Not a name the corpus knows');
    await expectEscCloses(o);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  it('switching off removes every highlight and empties the badge; on again rescans', async () => {
    const o = await open('article.html');
    await expectBadge(o, ARTICLE_NAMES);
    const html = (await pageSnapshot(o.page.mainFrame())).html;
    await worker.evaluate(() => chrome.storage.local.set({ 'factlight.enabled': false }));
    expect(await waitForValue(() => badgeText(worker, o.tabId), '')).toBe('');
    expect(await waitForValue(() => o.page.evaluate(() => CSS.highlights.size), 0)).toBe(0);
    // Hovering does nothing now.
    await hover(o, 'Putin');
    await new Promise((r) => setTimeout(r, 500));
    expect(await readCard(o.cdp)).toBeNull();
    await worker.evaluate(() => chrome.storage.local.set({ 'factlight.enabled': true }));
    await expectBadge(o, ARTICLE_NAMES);
    expect((await pageSnapshot(o.page.mainFrame())).html).toBe(html);
    // Off on this site only (by host name), then on again.
    await worker.evaluate(() => chrome.storage.local.set({ 'factlight.disabledSites': ['127.0.0.1'] }));
    expect(await waitForValue(() => badgeText(worker, o.tabId), '')).toBe('');
    expect(await waitForValue(() => o.page.evaluate(() => CSS.highlights.size), 0)).toBe(0);
    await worker.evaluate(() => chrome.storage.local.set({ 'factlight.disabledSites': [] }));
    await expectBadge(o, ARTICLE_NAMES);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});
