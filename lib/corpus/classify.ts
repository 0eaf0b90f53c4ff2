/**
 * Deciding, unit by unit, what of an article is article text and what is boilerplate.
 *
 * Three kinds of evidence, in this order:
 * 1. A unit's own words (`boilerplate.ts`): share prompts, newsletter text, comment prompts,
 *    "related" headings and teasers, placeholders, photo credits, agency signatures, source lines.
 * 2. Where it stands. The body runs from the first to the last paragraph of running text; before
 *    it (the head) a byline, a dateline or the site's own name is dropped; after it (the tail) an
 *    end marker (agency signature, source line, comment prompt) ends the article, lists of short
 *    labels are section lists, and the headlines after a "related" heading are related links.
 * 3. Its language: a short unit in a language unrelated to the article's, clearly ahead of it,
 *    without a sentence end or with a photo marker ("- Ảnh 1."), is a caption (or a site label) in
 *    another language. Foreign sentences (quotes) and long paragraphs stay, with their language.
 */
import {
  CAPTION_MARKER,
  DOMAIN,
  type DropReason,
  isBodyParagraph,
  isHeadlineLike,
  isRelatedHeading,
  isRunningText,
  isShortLabel,
  normalizeSpace,
  phraseReason,
  SENTENCE_END,
  wordCount,
} from './boilerplate';
import { findDateInText } from './dates';
import { areCloseLanguages, guessLanguage, type LanguageGuess } from './language';
import { parseAgencyLine, parseBylineLine, parseSignature, parseSourceLine, publicationFromDateline } from './source';
import type { Unit } from './units';

/** What the classifier learnt about a unit. */
export interface Verdict {
  /** Why the unit is dropped, or null when it is kept as article text. */
  reason: DropReason | null;
}

/** Source clues found while classifying; `chooseSource` in parse.ts weighs them. */
export interface SourceClues {
  signature: string | null;
  byline: string | null;
  publication: string | null;
  agencyLine: string | null;
  sourceLineName: string | null;
  sourceUrl: string | null;
}

export interface Classification {
  verdicts: Verdict[];
  clues: SourceClues;
  /** The article's language (ISO 639-1 or 'und') and the guess behind it. */
  articleLang: string;
  articleGuess: LanguageGuess;
  /** Dateline units of the head that carried a date (index into units). */
  datelineUnits: number[];
}

/** A short unit in another language needs this many letters before it is judged foreign. */
const MIN_LETTERS_FOREIGN = 20;
/** How far ahead of the article's language a foreign language must score (eld's 0..1 scale). */
const MIN_FOREIGN_LEAD = 0.25;
/** Foreign units shorter than this are dropped as captions or labels; longer ones are kept. */
const MAX_FOREIGN_DROP_CHARS = 200;

/** Classifies every unit of an article. */
export function classifyUnits(units: Unit[]): Classification {
  const verdicts: Verdict[] = units.map(() => ({ reason: null }));
  const clues: SourceClues = {
    signature: null,
    byline: null,
    publication: null,
    agencyLine: null,
    sourceLineName: null,
    sourceUrl: null,
  };
  const endMarkers = new Set<number>();
  // Signatures and source lines with a URL in the second half of the text end the article
  // whatever follows (a joined list can look like prose); other end markers only past the body.
  const strongEndMarkers = new Set<number>();
  const textEnd = units[units.length - 1]?.end ?? 0;
  const inSecondHalf = (unit: Unit) => unit.start >= textEnd / 2;
  const relatedHeadings = new Set<number>();

  // 1. Each unit's own words.
  units.forEach((unit, i) => {
    const previousWasNewsletter = i > 0 && verdicts[i - 1]!.reason === 'newsletter';
    const signature = parseSignature(unit.text);
    if (signature) {
      verdicts[i]!.reason = 'byline';
      clues.signature ??= signature;
      endMarkers.add(i);
      if (inSecondHalf(unit)) strongEndMarkers.add(i);
      return;
    }
    const sourceLine = parseSourceLine(unit.text);
    if (sourceLine) {
      verdicts[i]!.reason = 'source-line';
      clues.sourceLineName ??= sourceLine.name;
      clues.sourceUrl ??= sourceLine.url;
      endMarkers.add(i);
      if (sourceLine.url && inSecondHalf(unit)) strongEndMarkers.add(i);
      return;
    }
    const agency = parseAgencyLine(unit.text);
    if (agency) {
      verdicts[i]!.reason = 'byline';
      clues.agencyLine ??= agency;
      return;
    }
    const reason = phraseReason(unit.text, previousWasNewsletter);
    if (reason) {
      verdicts[i]!.reason = reason;
      if (reason === 'comment-prompt') endMarkers.add(i);
      if (isRelatedHeading(unit.text)) relatedHeadings.add(i);
    }
  });

  // Headlines after a "related" heading are links to other articles, until article text resumes
  // at a real paragraph or a full sentence ending in . or ! (linked headlines rarely end so; they
  // may end in a question mark).
  let inRelatedList = false;
  units.forEach((unit, i) => {
    if (relatedHeadings.has(i)) {
      inRelatedList = true;
      return;
    }
    if (!inRelatedList || verdicts[i]!.reason !== null) return;
    const resumes = isBodyParagraph(unit.text) || (isRunningText(unit.text) && /[.!…]["'”’»)]*$/u.test(unit.text));
    if (resumes) inRelatedList = false;
    else if (isHeadlineLike(unit.text))
      verdicts[i]!.reason = isShortLabel(unit.text) ? 'section-list' : 'related-links';
  });

  // 2. Position: find the body among the units still kept.
  // The body starts at the first real paragraph (a long headline ending in a full stop is not
  // one, so a byline under it still counts as head) and ends at the last sentence of some length.
  const kept = (i: number) => verdicts[i]!.reason === null;
  const firstBody = units.findIndex((unit, i) => kept(i) && isBodyParagraph(unit.text));
  const lastBody = units.findLastIndex(
    (unit, i) => kept(i) && (isBodyParagraph(unit.text) || isRunningText(unit.text)),
  );
  const bodyStart = firstBody < 0 ? units.length : firstBody;

  // Head and tail: bylines, datelines, the site's own name, navigation labels.
  const datelineUnits: number[] = [];
  const outside = units.map((_, i) => i).filter((i) => i < bodyStart || i > lastBody);
  for (const i of outside) {
    if (verdicts[i]!.reason) continue;
    const text = normalizeSpace(units[i]!.text);
    const byline = i < bodyStart ? parseBylineLine(text) : null;
    if (byline) {
      verdicts[i]!.reason = 'byline';
      clues.byline ??= byline;
      continue;
    }
    if (text.length <= 100 && !SENTENCE_END.test(text) && wordCount(text) <= 10 && findDateInText(text)) {
      verdicts[i]!.reason = 'byline';
      datelineUnits.push(i);
      if (i < bodyStart) clues.publication ??= publicationFromDateline(text);
      continue;
    }
    if (i <= 1 && text.length <= 100 && !SENTENCE_END.test(text) && DOMAIN.test(text)) {
      verdicts[i]!.reason = 'site-header';
    }
  }
  markLabelRuns(units, verdicts, 0, bodyStart, 2);

  // The tail: after an end marker that no body paragraph follows, nothing is article text.
  const end = [
    ...[...endMarkers].filter((i) => i > lastBody && lastBody >= 0),
    ...[...strongEndMarkers].filter((i) => firstBody >= 0 && i > firstBody),
  ].sort((a, b) => a - b)[0];
  markLabelRuns(units, verdicts, lastBody + 1, units.length, 4);

  if (end !== undefined) {
    for (let i = end + 1; i < units.length; i++) {
      if (verdicts[i]!.reason === null) verdicts[i]!.reason = 'after-article-end';
    }
  }

  // 3. Language.
  const keptText = units
    .filter((_, i) => verdicts[i]!.reason === null)
    .map((unit) => unit.text)
    .join('\n');
  const articleGuess = guessLanguage(keptText || units.map((unit) => unit.text).join('\n'));
  const articleLang = articleGuess.reliable || articleGuess.letters >= 200 ? articleGuess.lang : 'und';
  if (articleLang !== 'und') {
    units.forEach((unit, i) => {
      if (verdicts[i]!.reason !== null) return;
      const text = normalizeSpace(unit.text);
      if (text.length >= MAX_FOREIGN_DROP_CHARS) return;
      const guess = guessLanguage(text);
      if (!guess.reliable || guess.letters < MIN_LETTERS_FOREIGN || areCloseLanguages(guess.lang, articleLang)) return;
      // A clear lead over the article's language, so a line of names is not taken for foreign.
      const lead = (guess.scores[guess.lang] ?? 0) - (guess.scores[articleLang] ?? 0);
      if (lead < MIN_FOREIGN_LEAD) return;
      // A foreign sentence ("…," she said in English.) is a quote and stays; a foreign line
      // without a sentence end, or with a photo marker ("- Ảnh 1."), is a caption or a label.
      if (!CAPTION_MARKER.test(text) && SENTENCE_END.test(text)) return;
      const inBody = i >= bodyStart && i <= lastBody;
      verdicts[i]!.reason = inBody ? 'caption-other-language' : 'other-language';
    });
  }

  return { verdicts, clues, articleLang, articleGuess, datelineUnits };
}

/**
 * Marks runs of at least three consecutive short labels (section names of a menu or footer)
 * within [from, to) as section lists. `maxWords` bounds a label's words: the head allows only
 * one- and two-word labels, so a short title after a menu is not taken for one.
 */
function markLabelRuns(units: Unit[], verdicts: Verdict[], from: number, to: number, maxWords: number): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3) for (const i of run) verdicts[i]!.reason = 'section-list';
    run = [];
  };
  for (let i = Math.max(0, from); i < Math.min(to, units.length); i++) {
    const text = units[i]!.text;
    const reason = verdicts[i]!.reason;
    if (reason === null && isShortLabel(text) && wordCount(text) <= maxWords) run.push(i);
    else if (reason === null || reason === 'section-list') flush();
    // Units already dropped for another reason (a heading between labels) do not break a run.
  }
  flush();
}
