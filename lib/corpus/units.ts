/**
 * Cutting an article's text into units: the paragraphs (or lines) the boilerplate rules judge one
 * by one, each with its offsets in the original text.
 *
 * Files come in two layouts: blank-line separated paragraphs, and one paragraph per line (no blank
 * lines at all). Both are handled the same way: every non-blank line is a unit, except that lines
 * which continue one another are joined: a line ending in a comma or semicolon, or followed by a
 * line that starts in lower case, and blocks that look hard-wrapped (lines of similar width that
 * break mid-sentence, as in e-mail or plain-text exports).
 */

/** One paragraph or line of the article, with its offsets in the original text (end exclusive). */
export interface Unit {
  /** Position in the article's list of units. */
  index: number;
  start: number;
  end: number;
  /** `original.slice(start, end)`: trimmed of surrounding whitespace, inner line breaks kept. */
  text: string;
}

/** A line of the file: its trimmed bounds, or null bounds for a blank line. */
interface Line {
  start: number;
  end: number;
  blank: boolean;
}

// \s covers NBSP and the BOM in JavaScript, which is what trimming needs here.
const WHITESPACE = /\s/;

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && WHITESPACE.test(text[start]!)) start++;
    while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
    lines.push({ start, end, blank: start === end });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u;

function isHardWrapped(block: Line[], text: string): boolean {
  // Two lines of similar width are as likely a pair of list items; wrapped prose also breaks
  // before a lower-case word somewhere, which headline lists do not.
  if (block.length < 3) return false;
  const breaksBeforeLowerCase = block.slice(1).some((line) => /^\p{Ll}/u.test(text.slice(line.start, line.end)));
  if (!breaksBeforeLowerCase) return false;
  const inner = block.slice(0, -1).map((line) => line.end - line.start);
  const widest = Math.max(...inner);
  const narrowest = Math.min(...inner);
  const last = block[block.length - 1]!;
  const breaksMidSentence = block.slice(0, -1).some((line) => !ENDS_SENTENCE.test(text.slice(line.start, line.end)));
  return (
    narrowest >= 45 &&
    widest <= 100 &&
    widest - narrowest <= 25 &&
    last.end - last.start <= widest + 5 &&
    breaksMidSentence
  );
}

/** True when `next` continues the sentence of `line` rather than starting a new paragraph. */
function continues(lineText: string, nextText: string): boolean {
  if (/[,;]$/.test(lineText)) return true;
  if (ENDS_SENTENCE.test(lineText)) return false;
  return /^\p{Ll}/u.test(nextText);
}

/**
 * Cuts `text` into units, starting at offset `from` (after a header the caller has consumed).
 */
export function splitUnits(text: string, from = 0): Unit[] {
  const lines = splitLines(text, from);
  const units: Unit[] = [];
  let block: Line[] = [];

  // A block is a run of non-blank lines; blank lines (and the file's ends) bound every block.
  const flushBlock = () => {
    if (block.length === 0) return;
    const groups: Line[][] = [];
    if (isHardWrapped(block, text)) {
      groups.push(block);
    } else {
      for (const line of block) {
        const current = groups[groups.length - 1];
        const previous = current?.[current.length - 1];
        if (
          current &&
          previous &&
          continues(text.slice(previous.start, previous.end), text.slice(line.start, line.end))
        ) {
          current.push(line);
        } else {
          groups.push([line]);
        }
      }
    }
    for (const group of groups) {
      const start = group[0]!.start;
      const end = group[group.length - 1]!.end;
      units.push({ index: units.length, start, end, text: text.slice(start, end) });
    }
    block = [];
  };

  for (const line of lines) {
    if (line.blank) flushBlock();
    else block.push(line);
  }
  flushBlock();
  return units;
}
