/**
 * "Add this page": the article of the page open in a tab, extracted on demand by injecting
 * `/extract-page.js` (Readability on a clone of the document; needs only the activeTab grant of the
 * click), then built into the library by the library page's worker (the service worker cannot
 * start one): the background leaves it in `storage.session` and opens the library page.
 */
import type { PageArticle } from '../library/library';
import { t } from '../ui/i18n';

/** Where the extracted page waits for the library page. */
export const PENDING_PAGE_KEY = 'factlight.pendingPage';

/** The page as extracted, or null when it is not a page with article text. */
export function asPageArticle(value: unknown): PageArticle | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' || typeof v.url !== 'string' || !/^https?:\/\//.test(v.url)) return null;
  const optional = (key: string) => (typeof v[key] === 'string' ? (v[key] as string).slice(0, 500) : null);
  return {
    text: v.text.slice(0, 5 * 1024 * 1024),
    url: v.url.slice(0, 4096),
    title: optional('title'),
    byline: optional('byline'),
    date: optional('date'),
    lang: optional('lang'),
  };
}

/** Runs the extractor in the tab's top frame; rejects with a `Factlight:` error when it cannot. */
export async function extractPage(tabId: number): Promise<PageArticle> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-page.js'] });
  } catch (error) {
    throw new Error(`Factlight: ${t('addPageUnreadable', (error as Error).message)}`);
  }
  const page = asPageArticle(results[0]?.result);
  if (!page) throw new Error(`Factlight: ${t('addPageNoText')}`);
  return page;
}

/** Extracts the tab's page and opens the library page, which adds it. */
export async function addPageThroughLibrary(tabId: number): Promise<boolean> {
  const page = await extractPage(tabId);
  await browser.storage.session.set({ [PENDING_PAGE_KEY]: page });
  await browser.runtime.openOptionsPage();
  return true;
}
