/**
 * A file the user chose → a source article, or the reason it is not one (wrong kind, empty,
 * binary, not UTF-8, too large, no article text). `.txt` is taken as written, `.md` loses its
 * markup, `.html`/`.htm` is reduced to its article with Readability (see html.ts).
 */
import { decodeSeedBytes, MAX_SEED_BYTES } from '../corpus/decode';
import { extractArticle } from './html';
import type { NewSource } from './library';
import { NO_ARTICLE_TEXT } from './parseSource';

/** The file types the library imports, by extension. */
export const IMPORTABLE = /\.(txt|md|markdown|html?)$/i;

/** The largest file imported: the CLI's limit (5 MiB). */
export const MAX_IMPORT_BYTES = MAX_SEED_BYTES;

/** Parses HTML into a Document (DOMParser on a page, linkedom in a worker). */
export type HtmlParser = (html: string) => Document;

/** Markdown to plain paragraphs: headings, emphasis, links and images lose their markup. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** One chosen file as a source, or why not. `name` may be a folder-relative path. */
export function readImportFile(
  name: string,
  bytes: Uint8Array,
  parseHtml: HtmlParser,
): { source: NewSource } | { reason: string } {
  const file = name.split(/[\\/]/).pop() ?? name;
  if (!IMPORTABLE.test(file)) return { reason: 'not a .txt, .md or .html file' };
  const decoded = decodeSeedBytes(bytes);
  if ('reason' in decoded) return decoded;
  if (/\.html?$/i.test(file)) {
    let article: ReturnType<typeof extractArticle>;
    try {
      article = extractArticle(parseHtml(decoded.text));
    } catch (error) {
      return { reason: `the HTML could not be read (${(error as Error).message})` };
    }
    if (!article) return { reason: NO_ARTICLE_TEXT };
    return { source: { ...article, file } };
  }
  const text = /\.(md|markdown)$/i.test(file) ? markdownToText(decoded.text) : decoded.text;
  return { source: { file, text } };
}
