/**
 * Cutting a kept paragraph into passages: a paragraph up to {@link MAX_PASSAGE_CHARS} is one
 * passage; a longer one is cut at sentence boundaries (Intl.Segmenter) into runs of sentences of
 * at most that size. Every passage keeps its offsets in the original text.
 */

/** Paragraphs longer than this are split at sentence boundaries. */
export const MAX_PASSAGE_CHARS = 600;
/** A single sentence longer than this (a list without full stops) is cut at a space instead. */
export const MAX_SENTENCE_CHARS = 1000;

/** A span of the original text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence segments that end in an abbreviation or ordinal rather than a sentence: ICU breaks
 * after "am 9." before "Juli", after "Dr." before a name, after "z." in "z. B.".
 */
const NOT_A_SENTENCE_END =
  /(?:^|[\s(])(?:\d{1,2}|\p{L}|dr|mr|mrs|ms|st|prof|nr|no|jr|sr|ca|bl\.a|f\.eks|z\.b|u\.a|d\.h|bzw|etc|vs|gen|ggf|evt|mio|mia|mill|kl|hr|fr|pga|osv|mv|dvs|inkl|ekskl|jf|resp|vgl|sog|bspw|ev|t\.ex|bl\.\s?a|s\.k|ang|jan|feb|aug|sep|sept|okt|oct|nov|dec|dez)\.\s*$/iu;

/**
 * True when the span ends in an abbreviation or ordinal. Only its last characters are looked at
 * (a run of "1. 1. 1." must not cost the square of its length); a letter stands in for the cut-off
 * text before them, so a cut word is not mistaken for a one-letter abbreviation.
 */
function endsInAbbreviation(text: string, span: Span): boolean {
  const from = Math.max(span.start, span.end - 24);
  return NOT_A_SENTENCE_END.test((from > span.start ? 'x' : '') + text.slice(from, span.end));
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  const locale = lang === 'und' ? 'en' : lang;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The span without the whitespace at its ends. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * V8's sentence segmenter slows down with the square of the text's length (7 s for 700,000
 * characters), so a long paragraph is fed to it in pieces of about this size, cut after
 * sentence-final punctuation (where it would break anyway) or else at a space.
 */
const SEGMENTER_PIECE = 4000;

function segmenterPieces(slice: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  while (slice.length - start > SEGMENTER_PIECE) {
    const window = slice.slice(start, start + SEGMENTER_PIECE);
    let cut = -1;
    for (const match of window.matchAll(/[.!?…]["'”’»)]*\s+/gu)) cut = match.index + match[0].length;
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = SEGMENTER_PIECE;
    pieces.push([start, start + cut]);
    start += cut;
  }
  pieces.push([start, slice.length]);
  return pieces;
}

/** Sentences of `text[span]` as spans of `text`, with abbreviation breaks mended. */
export function sentenceSpans(text: string, span: Span, lang: string): Span[] {
  // Line breaks inside a paragraph (hard-wrapped text) are not sentence ends; a space has the same length.
  const slice = text.slice(span.start, span.end).replace(/[\r\n]/gu, ' ');
  const segmenter = sentenceSegmenter(lang);
  const sentences: Span[] = [];
  let pending: Span | null = null;
  for (const [pieceStart, pieceEnd] of segmenterPieces(slice)) {
    for (const segment of segmenter.segment(slice.slice(pieceStart, pieceEnd))) {
      const start = span.start + pieceStart + segment.index;
      const current: Span = { start, end: start + segment.segment.length };
      pending = pending ? { start: pending.start, end: current.end } : current;
      if (!endsInAbbreviation(text, pending)) {
        sentences.push(pending);
        pending = null;
      }
    }
  }
  if (pending) sentences.push(pending);
  return sentences.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** Cuts an over-long sentence at spaces into pieces of at most MAX_PASSAGE_CHARS. */
function cutAtSpaces(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_PASSAGE_CHARS) {
    // Searched within the window only: lastIndexOf from an offset would scan back to the start.
    const space = text.slice(start, start + MAX_PASSAGE_CHARS + 1).lastIndexOf(' ');
    let cut = start + space;
    if (space <= MAX_PASSAGE_CHARS / 2) cut = start + MAX_PASSAGE_CHARS;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces.map((piece) => trimSpan(text, piece)).filter((piece) => piece.end > piece.start);
}

/**
 * The passages of one kept paragraph `text[span]`: the paragraph itself when short enough,
 * else runs of whole sentences, each at most MAX_PASSAGE_CHARS unless one sentence alone is longer
 * (up to MAX_SENTENCE_CHARS; beyond that it is cut at spaces).
 */
export function passageSpans(text: string, span: Span, lang: string): Span[] {
  const trimmed = trimSpan(text, span);
  if (trimmed.end - trimmed.start <= MAX_PASSAGE_CHARS) return trimmed.end > trimmed.start ? [trimmed] : [];
  const sentences = sentenceSpans(text, trimmed, lang).flatMap((sentence) =>
    sentence.end - sentence.start > MAX_SENTENCE_CHARS ? cutAtSpaces(text, sentence) : [sentence],
  );
  const passages: Span[] = [];
  let current: Span | null = null;
  for (const sentence of sentences) {
    if (current && sentence.end - current.start <= MAX_PASSAGE_CHARS) {
      current = { start: current.start, end: sentence.end };
    } else {
      if (current) passages.push(current);
      current = sentence;
    }
  }
  if (current) passages.push(current);
  return passages;
}
