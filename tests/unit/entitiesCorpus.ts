/**
 * A quick corpus of the seeds for the entity tests: one passage per non-empty line, with each
 * article's language read off the seeds (000–002 Danish, 003 Norwegian, 004 German). Independent
 * of lib/corpus on purpose: these tests check extraction, not parsing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument, Passage } from '../../lib/bundle/schema';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');
const SEED_LANGS: Record<string, string> = { '000': 'da', '001': 'da', '002': 'da', '003': 'nb', '004': 'de' };

/** Documents and passages from texts: one passage per non-empty line. */
export function corpusOf(articles: { id: string; lang: string; text: string }[]): {
  documents: CorpusDocument[];
  passages: Passage[];
} {
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  for (const { id, lang, text } of articles) {
    const firstPassage = passages.length;
    for (const line of text.matchAll(/[^\n]+/g)) {
      // The seeds' first line may start with a ` date YYYY-MM ` header: not text.
      const trimmed = line[0].replace(/^\s*date \d{4}-\d{2}\s+/, '').trim();
      if (!trimmed) continue;
      const start = (line.index ?? 0) + line[0].indexOf(trimmed);
      passages.push({ id: passages.length, docId: id, start, end: start + trimmed.length, text: trimmed, lang });
    }
    documents.push({
      id,
      file: `${id}.txt`,
      title: '',
      date: null,
      dateSource: 'none',
      lang,
      source: null,
      sourceUrl: null,
      firstPassage,
      passageCount: passages.length - firstPassage,
    });
  }
  return { documents, passages };
}

export function seedCorpus() {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return corpusOf(
    files.map((file) => ({
      id: file.replace(/\.txt$/, ''),
      lang: SEED_LANGS[file.slice(0, 3)] ?? 'und',
      text: readFileSync(join(SEEDS_DIR, file), 'utf8'),
    })),
  );
}
