/**
 * Text with some ranges emphasised. Every piece is rendered as a Preact text node, never as HTML,
 * so corpus or page text can never inject markup.
 */
import type { JSX } from 'preact';

export interface MarkedTextProps {
  text: string;
  /** Ranges of `text` to emphasise, [start, end) in UTF-16 code units; may overlap or be unsorted. */
  marks?: readonly (readonly [number, number])[];
  /** Class of each `<mark>` (default none; style `mark` in the host's CSS). */
  markClass?: string;
}

/** One run of text, emphasised or not. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into plain and marked runs. Marks are clamped to the text, sorted and merged, so
 * callers may pass them as they come (overlapping, out of order, out of range).
 */
export function segmentText(text: string, marks: readonly (readonly [number, number])[] = []): TextSegment[] {
  const ranges = marks
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), marked: false });
    segments.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** Renders `text` with `<mark>` around each range of `marks`. */
export function MarkedText({ text, marks, markClass }: MarkedTextProps): JSX.Element {
  return (
    <>
      {segmentText(text, marks).map((segment, i) =>
        segment.marked ? (
          <mark key={i} class={markClass}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
