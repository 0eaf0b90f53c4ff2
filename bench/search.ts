/**
 * Item 4, search: in the popup (opened as a page, chrome-extension://ID/popup.html), the last
 * keystroke of a query to its results rendered. Time runs from the input's `keydown` event to the
 * DOM mutation that puts the final status line ("Passages found: N" or "No passages match …") in
 * place — the same render that writes the result list.
 */
import { readFileSync } from 'node:fs';
import type { ExtensionBrowser } from '../tests/browser/harness';
import { NAME_SHIM } from './browser';
import { percentile } from './stats';

export interface SearchResult {
  p50: number | null;
  p95: number | null;
  /** The popup's first query (typed at once), until its results show: includes building the engine. */
  firstQueryMs: number | null;
  samples: number;
  queries: string[];
  notes: string[];
}

/** Names and words of the seeds, a misspelling, a prefix, and two-word queries. */
export const POPUP_QUERIES = [
  'Zelenskyj',
  'Kursk',
  'Putin',
  'Biden',
  'modoffensiv',
  'Selensky',
  'Stoltenberg',
  'Kharkiv',
  'Trump Witkoff',
  'Krim',
  'Kellogg',
  'våbenhvile',
];

function searchingText(): string {
  try {
    return (
      (JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>)
        .searching?.message ?? 'Searching…'
    );
  } catch {
    return 'Searching…';
  }
}

export async function measureSearch(options: {
  ext: ExtensionBrowser;
  rounds: number;
  log: (line: string) => void;
}): Promise<SearchResult> {
  const notes: string[] = [];
  const times: number[] = [];
  let firstQueryMs: number | null = null;
  const page = await options.ext.openExtensionPage('popup.html');
  try {
    await page.evaluate(NAME_SHIM);
    const box = page.locator('input[type="search"]');
    await box.waitFor({ timeout: 10_000 });
    const searching = searchingText();
    // The first query of a worker's life also builds the search engine: timed on its own.
    const firstStart = Date.now();
    await box.fill('Zelenskyj');
    await page
      .locator('[role="status"]')
      .filter({ hasText: /\d/ })
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    firstQueryMs = Date.now() - firstStart;
    for (let round = 0; round < options.rounds; round++) {
      for (const query of POPUP_QUERIES) {
        await box.fill('');
        await box.pressSequentially(query.slice(0, -1));
        // Let the answer to the prefix land first.
        await page.waitForTimeout(150);
        await page.evaluate((searching) => {
          const status = document.querySelector('[role="status"]');
          const input = document.querySelector('input[type="search"]');
          const state = { down: -1, done: -1, sawLoading: false };
          (window as unknown as { __benchSearch: typeof state }).__benchSearch = state;
          input?.addEventListener('keydown', (e) => (state.down = e.timeStamp), { once: true });
          if (!status) return;
          const observer = new MutationObserver(() => {
            const text = status.textContent?.trim() ?? '';
            if (state.down < 0) return;
            if (text === '' || text === searching) state.sawLoading = true;
            else if (state.sawLoading) {
              state.done = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }, searching);
        await box.press(query.slice(-1) === ' ' ? 'Space' : query.slice(-1));
        const ms = await page.evaluate(async () => {
          const state = (window as unknown as { __benchSearch: { down: number; done: number } }).__benchSearch;
          const deadline = performance.now() + 5_000;
          while (state.done < 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
          return state.done < 0 || state.down < 0 ? null : state.done - state.down;
        });
        if (ms == null) {
          notes.push(`search: no rendered results for "${query}" within 5 s`);
          return { p50: null, p95: null, firstQueryMs, samples: 0, queries: POPUP_QUERIES, notes };
        }
        times.push(ms);
      }
    }
  } catch (error) {
    notes.push(`search: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    firstQueryMs,
    samples: times.length,
    queries: POPUP_QUERIES,
    notes,
  };
}
