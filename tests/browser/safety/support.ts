/**
 * Shared pieces of the page-safety suite: waiting until a page and Factlight are done with it,
 * the page's state as the page itself sees it (text, DOM with open shadow trees, layout, the
 * highlight registry), console capture and the extension's network requests.
 */
import path from 'node:path';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';

export const SAFETY_FIXTURES = path.resolve('tests/fixtures/safety');

/** A console message or page error, as "type: text". */
export interface ConsoleLine {
  type: string;
  text: string;
}

/** Collects every console message and page exception of a page. */
export function collectConsole(page: Page): ConsoleLine[] {
  const lines: ConsoleLine[] = [];
  page.on('console', (m) => lines.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => lines.push({ type: 'pageerror', text: e.message }));
  return lines;
}

/** Waits for the page's own script (`window.fixtureDone`, when it sets one) to finish. */
export async function waitForFixture(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { fixtureDone?: boolean }).fixtureDone !== false, undefined, {
    timeout: timeoutMs,
  });
}

/**
 * Waits until Factlight finished its first pass in each frame that runs it (the content script
 * publishes a `factlight:pass` measure, visible to the page; or, should it stop publishing, its
 * highlights appear), then for its rescans to calm down. Frames where it never runs (design mode,
 * closed) just time out quietly.
 */
export async function waitForFactlight(page: Page, timeoutMs = 8_000): Promise<void> {
  await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame
          .waitForFunction(
            () =>
              performance.getEntriesByName('factlight:pass').length > 0 ||
              [...CSS.highlights.keys()].some((k) => String(k).startsWith('factlight')),
            undefined,
            { timeout: timeoutMs },
          )
          .catch(() => undefined),
      ),
  );
  await quiet(page);
}

/** Waits until neither Factlight's published passes nor the page's highlight count changed for 400 ms (at most 5 s). */
export async function quiet(page: Page): Promise<void> {
  const until = Date.now() + 5_000;
  let last = '';
  while (Date.now() < until) {
    const state = await page
      .evaluate(() => {
        let ranges = 0;
        for (const highlight of CSS.highlights.values()) ranges += (highlight as Highlight).size;
        return `${performance.getEntriesByName('factlight:rescan').length + performance.getEntriesByName('factlight:pass').length}/${ranges}`;
      })
      .catch(() => '');
    if (state === last) return;
    last = state;
    await page.waitForTimeout(400);
  }
}

export interface FrameState {
  url: string;
  text: string;
  /** `outerHTML` of the document, each open shadow root's HTML appended after its host's id. */
  html: string;
}

/** Text and DOM of every frame (Factlight's card host, if any, left out). */
export async function frameStates(page: Page): Promise<FrameState[]> {
  const states: FrameState[] = [];
  for (const frame of page.frames()) {
    const state = await frame
      .evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        for (const host of clone.querySelectorAll('factlight-card')) host.remove();
        const shadows: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot && el.localName !== 'factlight-card') {
              shadows.push(`${el.localName}#${el.id}: ${el.shadowRoot.innerHTML}`);
              walk(el.shadowRoot);
            }
          }
        };
        walk(document);
        return {
          url: location.href,
          text: document.body ? document.body.innerText : '',
          html: `${clone.outerHTML}\n${shadows.join('\n')}`,
        };
      })
      .catch((error: Error) => ({ url: frame.url(), text: `unreadable: ${error.message}`, html: '' }));
    states.push(state);
  }
  return states;
}

export interface Layout {
  scrollHeight: number;
  scrollWidth: number;
  probe: { x: number; y: number; width: number; height: number } | null;
}

/** Document size and the box of the page's `#probe` element (a paragraph Factlight marks). */
export function layoutOf(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const box = document.getElementById('probe')?.getBoundingClientRect();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      probe: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
    };
  });
}

export interface RegistryRange {
  name: string;
  text: string;
  /** Inside a form field, an editable region or a design-mode document. */
  inEditable: boolean;
  inProbe: boolean;
}

/** Every range of the frame's highlight registry, as the page can read it. */
export function registryRanges(frame: Frame): Promise<RegistryRange[]> {
  return frame.evaluate(() => {
    const out: RegistryRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight as Highlight) {
        const node = r.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const range = document.createRange();
        let text = '';
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
        } catch {
          text = '(stale)';
        }
        out.push({
          name,
          text,
          inEditable:
            document.designMode === 'on' ||
            !!el?.closest('textarea, input, select, [contenteditable]:not([contenteditable="false"])') ||
            !!(el as HTMLElement | null)?.isContentEditable,
          inProbe: !!el?.closest('#probe'),
        });
      }
    }
    return out;
  });
}

/**
 * Records every request of a context that is not a page's own: whatever the extension's service
 * worker or an extension page asks for over http(s) or any scheme but chrome-extension:, plus page
 * requests for the caller to compare with a browser without the extension.
 */
export function watchRequests(context: BrowserContext): { extension: string[]; pages: string[] } {
  const seen = { extension: [] as string[], pages: [] as string[] };
  context.on('request', (request: Request) => {
    const url = request.url();
    let origin = '';
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      origin = '';
    }
    if (origin.startsWith('chrome-extension://') || request.serviceWorker()) {
      if (!url.startsWith('chrome-extension://')) seen.extension.push(`${origin} -> ${url}`);
    } else if (!url.startsWith('chrome-extension://') && !url.startsWith('data:')) {
      seen.pages.push(url);
    }
  });
  return seen;
}
