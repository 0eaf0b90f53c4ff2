/** One stored source article → a parsed article, its metadata taking precedence over guesses from the text. */
import { type ParsedArticle, parseArticle } from '../corpus/parse';
import type { SourceArticle } from './types';

/** Raised for an article that yields no passage; the import lists it with this reason. */
export const NO_ARTICLE_TEXT = 'no article text (nothing left after removing boilerplate)';

const DAY_OR_MONTH = /^(\d{4}-\d{2})(-\d{2})?/;

/** A metadata date (`2026-12-03T10:00:00Z`, `2026-12-03`, `2026-12`) as `YYYY-MM-DD` / `YYYY-MM`, else null. */
export function normaliseDate(value: string | null | undefined): string | null {
  const m = value?.trim().match(DAY_OR_MONTH);
  if (!m) return null;
  const month = Number(m[1]!.slice(5));
  if (month < 1 || month > 12) return null;
  return m[2] ? m[1]! + m[2] : m[1]!;
}

/** Parses a source article. Throws `Factlight: …` ({@link NO_ARTICLE_TEXT}) when nothing is left. */
export function parseSource(source: SourceArticle): ParsedArticle {
  const parsed = parseArticle(source.file, source.text);
  if (parsed.passages.length === 0) throw new Error(`Factlight: ${NO_ARTICLE_TEXT}`);
  const date = normaliseDate(source.date);
  const title = source.title?.trim();
  const byline = source.byline?.trim();
  const metaLang = source.lang?.toLowerCase().match(/^[a-z]{2,3}(?![a-z])/)?.[0];
  const document = {
    ...parsed.document,
    id: source.id,
    title: title || parsed.document.title,
    date: date ?? parsed.document.date,
    dateSource: date ? ('header' as const) : parsed.document.dateSource,
    source: byline || parsed.document.source,
    sourceUrl: source.url ?? parsed.document.sourceUrl,
    lang: parsed.document.lang === 'und' && metaLang ? metaLang : parsed.document.lang,
  };
  return {
    ...parsed,
    document,
    passages: parsed.passages.map((p) => ({ ...p, docId: source.id })),
  };
}
