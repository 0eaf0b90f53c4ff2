/**
 * An HTML page reduced to its article with Mozilla's Readability (the reference extractor, kept by
 * Mozilla for Firefox's Reader View), keeping the title, byline, date and language from the page's
 * metadata. The DOM is the caller's: a clone of the page in a tab, or linkedom in the build worker
 * (workers have no DOMParser). Readability changes the document it reads, so pass a copy.
 */
import { Readability } from '@mozilla/readability';
import type { SourceMeta } from './types';

/** An extracted article: paragraphs separated by blank lines, as the corpus parser expects. */
export interface ExtractedArticle extends SourceMeta {
  text: string;
}

const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/** The text of `root` as paragraphs: one per block element, inline text joined, spaces collapsed. */
export function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (tag === 'br') current += ' ';
        else if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** Reads the date from the usual metadata (Open Graph, schema.org, Dublin Core, `<time>`). */
function metadataDate(doc: Document): string | null {
  return metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.created"]',
    'meta[property="og:updated_time"]',
    'time[datetime]',
  ]);
}

/** Less article text than this (besides the title) is no article. */
export const MIN_ARTICLE_CHARS = 80;

/**
 * Extracts the article of a document (which Readability modifies). Null when the page has no
 * readable article text.
 */
export function extractArticle(doc: Document, url: string | null = null): ExtractedArticle | null {
  const date = metadataDate(doc);
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  const fallbackTitle = doc.title?.trim() || null;
  // The serializer hands back the article's element itself: no HTML string to parse again.
  const article = new Readability<Node>(doc, { charThreshold: 200, serializer: (node) => node }).parse();
  if (!article?.content) return null;
  const paragraphs = blockTexts(article.content);
  const title = article.title?.trim() || fallbackTitle;
  if (title && paragraphs[0] === title) paragraphs.shift();
  // A menu or a cookie notice is not an article: ask for at least a sentence or two of text.
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return null;
  if (title) paragraphs.unshift(title);
  const text = paragraphs.join('\n\n');
  return {
    text,
    title,
    byline: article.byline?.trim() || article.siteName?.trim() || null,
    date: article.publishedTime ?? date,
    lang: article.lang ?? lang,
    url,
  };
}
