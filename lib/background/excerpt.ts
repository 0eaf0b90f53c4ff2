/**
 * Cutting a passage down to an excerpt around its first emphasised range, keeping the marks right.
 * Cuts fall on spaces so no word is split; an ellipsis shows where text was left out.
 */

/** A text with ranges to emphasise. */
export interface MarkedSnippet {
  text: string;
  marks: [number, number][];
}

const ELLIPSIS = '…';
/** How much text to keep before the first mark, so it reads in context. */
const LEAD = 70;

/** At most `maxLength` characters of `text` (plus ellipses) around the first mark. */
export function cutExcerpt(text: string, marks: readonly [number, number][], maxLength = 280): MarkedSnippet {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  if (text.length <= maxLength) return { text, marks: sorted.map(([s, e]) => [s, e]) };
  const first = sorted[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - LEAD, text.length - maxLength));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const kept: [number, number][] = [];
  for (const [s, e] of sorted) {
    if (e <= start || s >= end) continue;
    kept.push([Math.max(s, start) + shift, Math.min(e, end) + shift]);
  }
  return { text: prefix + text.slice(start, end).trimEnd() + suffix, marks: kept };
}
