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
 * 3. Its language: a short unit in a language unrelated to the article's is a caption (or a site
 *    label) in another language; long paragraphs in another language are kept with their language.
 */
import {
  CAPTION_MARKER,
  DOMAIN,
  type DropReason,
  isBodyParagraph,
  isHeadlineLike,
  isRelatedHeading,
  isShortLabel,
  normalizeSpace,
  phraseReason,
  SENTENCE_END,
  wordCount,
} from './boilerplate';
import { findDateInText } from './dates';
import { areCloseLanguages, guessLanguage, type LanguageGuess } from './language';
import {
  parseAgencyLine,
  parseBylineLine,
  parseSignature,
  parseSourceLine,
  publicationFromDateline,
} from './source';
import type { Unit } from './units';

/** What the classifier learnt about a unit. */
export interface Verdict {
  /** Why the unit is dropped, or null when it is kept as article text. */
  reason: DropReason | null;
}

/** Source clues found while classifying, strongest kind first. */
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
/** Foreign units shorter than this are dropped as captions or labels; longer ones are kept. */
const MAX_FOREIGN_DROP_CHARS = 200;

function scriptOf(text: string): string {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Greek}/u.test(text)) return 'Greek';
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  if (/\p{Script=Hebrew}/u.test(text)) return 'Hebrew';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) return 'CJK';
  return 'Latin';
}

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
  const relatedHeadings = new Set<number>();

  // 1. Each unit's own words.
  units.forEach((unit, i) => {
    const previousWasNewsletter = i > 0 && verdicts[i - 1]!.reason === 'newsletter';
    const signature = parseSignature(unit.text);
    if (signature) {
      verdicts[i]!.reason = 'byline';
      clues.signature ??= signature;
      endMarkers.add(i);
      return;
    }
    const sourceLine = parseSourceLine(unit.text);
    if (sourceLine) {
      verdicts[i]!.reason = 'source-line';
      clues.sourceLineName ??= sourceLine.name;
      clues.sourceUrl ??= sourceLine.url;
      endMarkers.add(i);
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

  // 2. Position: find the body among the units still kept.
  const bodyIndexes = units
    .filter((unit, i) => verdicts[i]!.reason === null && isBodyParagraph(unit.text))
    .map((unit) => unit.index);
  const firstBody = bodyIndexes[0] ?? units.length;
  const lastBody = bodyIndexes[bodyIndexes.length - 1] ?? -1;

  // The head: bylines, datelines, the site's own name, navigation labels.
  const datelineUnits: number[] = [];
  for (let i = 0; i < Math.min(firstBody, units.length); i++) {
    if (verdicts[i]!.reason) continue;
    const text = normalizeSpace(units[i]!.text);
    const byline = parseBylineLine(text);
    if (byline) {
      verdicts[i]!.reason = 'byline';
      clues.byline ??= byline;
      continue;
    }
    if (text.length <= 100 && !SENTENCE_END.test(text) && wordCount(text) <= 10 && findDateInText(text)) {
      verdicts[i]!.reason = 'byline';
      datelineUnits.push(i);
      clues.publication ??= publicationFromDateline(text);
      continue;
    }
    if (i <= 1 && text.length <= 100 && !SENTENCE_END.test(text) && DOMAIN.test(text)) {
      verdicts[i]!.reason = 'site-header';
    }
  }
  markLabelRuns(units, verdicts, 0, firstBody, 2);

  // The tail: after an end marker that no body paragraph follows, nothing is article text.
  const end = [...endMarkers].filter((i) => i > lastBody && lastBody >= 0).sort((a, b) => a - b)[0];
  markLabelRuns(units, verdicts, lastBody + 1, units.length, 4);

  // Headlines after a "related" heading are links to other articles, up to the next body paragraph.
  for (const heading of [...relatedHeadings].sort((a, b) => a - b)) {
    for (let i = heading + 1; i < units.length; i++) {
      const unit = units[i]!;
      if (relatedHeadings.has(i)) continue;
      if (verdicts[i]!.reason === null && isBodyParagraph(unit.text)) break;
      if (verdicts[i]!.reason === null && isHeadlineLike(unit.text)) {
        verdicts[i]!.reason = isShortLabel(unit.text) ? 'section-list' : 'related-links';
      }
    }
  }
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
    const articleScript = scriptOf(keptText);
    units.forEach((unit, i) => {
      if (verdicts[i]!.reason !== null) return;
      const text = normalizeSpace(unit.text);
      if (text.length >= MAX_FOREIGN_DROP_CHARS) return;
      const guess = guessLanguage(text);
      if (!guess.reliable || guess.letters < MIN_LETTERS_FOREIGN || areCloseLanguages(guess.lang, articleLang)) return;
      const inBody = i >= firstBody && i <= lastBody;
      if (!inBody) {
        verdicts[i]!.reason = 'other-language';
      } else if (CAPTION_MARKER.test(text) || !SENTENCE_END.test(text) || scriptOf(text) !== articleScript) {
        verdicts[i]!.reason = 'caption-other-language';
      }
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
