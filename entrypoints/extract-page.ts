/**
 * Injected on demand (scripting.executeScript under activeTab) when the user adds the page open in
 * a tab to the library: Readability reads a clone of the document, so the page itself is never
 * touched, and the result (the article text, title, byline, date, URL) is the script's value.
 * Not part of the always-on content script.
 */
import { extractArticle } from '@/lib/library/html';

export default defineUnlistedScript(() => {
  const clone = document.cloneNode(true) as Document;
  return extractArticle(clone, location.href.replace(/#.*$/, ''));
});
