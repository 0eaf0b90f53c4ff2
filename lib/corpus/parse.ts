/**
 * One seed file in, clean article out: metadata, passages with offsets into the original text,
 * and a list of everything dropped and why.
 */
import type { CorpusDocument, Dropped, Passage } from '../bundle/schema';
import { normalizeSpace } from './boilerplate';
import { classifyUnits, type SourceClues } from './classify';
import { findDateInText, parseDateHeader } from './dates';
import { guessLanguage, passageLanguage } from './language';
import { passageSpans, sentenceSpans } from './passages';
import { findAgency, findAttribution, hostOf, parseDatelineAgency, stripDatelineTag } from './source';
import { splitUnits, type Unit } from './units';

/** An article as parsed from one file; the bundle builder adds passage ids and positions. */
export interface ParsedArticle {
  document: Omit<CorpusDocument, 'firstPassage' | 'passageCount'>;
  /**
   * The article's passages in order. `start`/`end` are UTF-16 offsets in the text given to
   * {@link parseArticle} (end exclusive), and `text === original.slice(start, end)` always:
   * passages are trimmed of surrounding whitespace by moving the offsets, never by editing text.
   */
  passages: Array<Omit<Passage, 'id'>>;
  /** Everything left out of the passages, in text order, with a reason code. */
  dropped: Dropped[];
  /** Observations about the file: where the date, title and source came from, what is missing. */
  notes: string[];
}

/** A title longer than this is shortened at a word boundary. */
export const MAX_TITLE_CHARS = 150;
/** A shortened title keeps at most this many characters before its ellipsis. */
const SHORT_TITLE_CHARS = 100;

/** The document id of a file: its name without the `.txt` extension. */
export function documentId(file: string): string {
  return file.replace(/\.txt$/iu, '') || file;
}

/**
 * The title: the first kept unit if it is one short sentence or a headline line; otherwise its
 * first sentence; a sentence longer than MAX_TITLE_CHARS is cut at the last word boundary before
 * SHORT_TITLE_CHARS and ends with an ellipsis. The title unit stays a passage: a headline is
 * searchable text like any other, and an article without a headline (000, 004) starts straight
 * with its first paragraph.
 */
function deriveTitle(text: string, unit: Unit | undefined, lang: string, notes: string[]): string | null {
  if (!unit) return null;
  const sentences = sentenceSpans(text, unit, lang);
  const whole = sentences.length <= 1;
  const first = sentences[0] ?? unit;
  // Without a dateline tag ("Kiew (dpa) -") or the dash that opens a quote ("- Vi diskuterede…").
  let title = stripDatelineTag(normalizeSpace(text.slice(first.start, first.end))).replace(/^[-–—•*]\s+/u, '');
  notes.push(whole ? 'title from the first line' : 'title from the first sentence');
  if (title.length > MAX_TITLE_CHARS) {
    const cut = title.lastIndexOf(' ', SHORT_TITLE_CHARS);
    title = `${title.slice(0, cut > 0 ? cut : SHORT_TITLE_CHARS).replace(/[\s,;:–—-]+$/u, '')}…`;
    notes.push('title shortened');
  }
  return title;
}

/**
 * The source, from the strongest clue: an agency signature; an agency named in the byline, on a
 * line of its own or in a dateline tag (`WARSAW (Reuters) -`); the publication of a dateline;
 * a source line's name; the authors of a byline; a medium the text credits; a source URL's host.
 */
function chooseSource(clues: SourceClues, kept: Unit[], notes: string[]): string | null {
  const datelineAgency =
    kept
      .slice(0, 3)
      .map((unit) => parseDatelineAgency(unit.text))
      .find(Boolean) ?? null;
  const keptText = kept.map((unit) => unit.text).join('\n');
  const candidates: Array<[string | null, string]> = [
    [clues.signature, 'source from the agency signature'],
    [clues.byline ? findAgency(clues.byline) : null, 'source from the agency in the byline'],
    [clues.agencyLine, 'source from an agency line'],
    [datelineAgency, 'source from the dateline agency tag'],
    [clues.publication, 'source from the dateline'],
    [clues.sourceLineName, 'source from the source line'],
    [clues.byline, 'source from the byline'],
    [findAttribution(keptText), 'source from an attribution in the text'],
    [clues.sourceUrl ? hostOf(clues.sourceUrl) : null, 'source from the source URL host'],
  ];
  for (const [value, note] of candidates) {
    if (value) {
      notes.push(note);
      return value;
    }
  }
  notes.push('no source found');
  return null;
}

/** Parses one article. `file` is its file name; `text` its full text (offsets point into it). */
export function parseArticle(file: string, text: string): ParsedArticle {
  const notes: string[] = [];
  const dropped: Dropped[] = [];

  const header = parseDateHeader(text);
  let from = 0;
  if (header) {
    const start = text.search(/\S/u);
    const end = start + text.slice(start, header.end).trimEnd().length;
    dropped.push({ start, end, text: text.slice(start, end), reason: 'date-header' });
    from = header.end;
  }

  const units = splitUnits(text, from);
  const { verdicts, clues, articleLang, datelineUnits } = classifyUnits(units);
  const kept = units.filter((_, i) => verdicts[i]!.reason === null);
  units.forEach((unit, i) => {
    const reason = verdicts[i]!.reason;
    if (reason) dropped.push({ start: unit.start, end: unit.end, text: unit.text, reason });
  });
  dropped.sort((a, b) => a.start - b.start);

  // Date: the header, else the first full date in the dateline or the article text.
  let date: string | null = null;
  let dateSource: CorpusDocument['dateSource'] = 'none';
  if (header) {
    date = header.date;
    dateSource = 'header';
    notes.push(`date from header ${header.date}`);
  } else {
    const searched = units.filter((_unit, i) => verdicts[i]!.reason === null || datelineUnits.includes(i));
    for (const unit of searched) {
      const found = findDateInText(unit.text);
      if (found) {
        date = found.iso;
        dateSource = 'text';
        notes.push(`date from text ${found.written.trim()}`);
        break;
      }
    }
    if (!date) notes.push('no date found');
  }

  if (articleLang === 'und') notes.push('language undetermined');
  if (kept.length === 0) notes.push('no article text left after boilerplate removal');

  const title = deriveTitle(text, kept[0], articleLang, notes) ?? documentId(file);
  if (kept.length === 0) notes.push('no title found; the file name stands in');

  const source = chooseSource(clues, kept, notes);

  const id = documentId(file);
  const passages: ParsedArticle['passages'] = [];
  for (const unit of kept) {
    for (const span of passageSpans(text, unit, articleLang)) {
      const passageText = text.slice(span.start, span.end);
      passages.push({
        docId: id,
        start: span.start,
        end: span.end,
        text: passageText,
        lang: passageLanguage(guessLanguage(passageText), articleLang),
      });
    }
  }

  return {
    document: {
      id,
      file,
      title,
      date,
      dateSource,
      lang: articleLang,
      source,
      sourceUrl: clues.sourceUrl,
    },
    passages,
    dropped,
    notes,
  };
}
