/**
 * Ready-made excerpts for hover cards: a passage cut around a mention to about 240 characters on
 * word boundaries, with '…' where it was cut and marks on the entity's mentions, so a hover needs no
 * work at query time.
 */
import type { Excerpt, Passage } from '../bundle/schema';

export const EXCERPT_LENGTH = 240;
export const MAX_EXCERPTS = 4;
const ELLIPSIS = '…';

/** Passage-relative span of a mention. */
export interface Span {
  start: number;
  end: number;
  /** The mention gives the full name (Volodymyr Zelenskyj rather than Zelenskyj): a better introduction. */
  full?: boolean;
}

/** Cuts `text` around `focus` to about `length` characters, on word boundaries. */
export function cutAround(
  text: string,
  focus: Span,
  spans: Span[],
  length = EXCERPT_LENGTH,
): { text: string; marks: [number, number][] } {
  let from = 0;
  let to = text.length;
  if (text.length > length) {
    // The mention a third of the way in: readers need more of what follows than of what came before.
    from = Math.max(0, Math.min(focus.start - Math.floor(length / 3), text.length - length));
    to = Math.min(text.length, from + length);
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < focus.start) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > focus.end) to = space;
    }
  }
  let body = text.slice(from, to);
  const leading = body.length - body.trimStart().length;
  body = body.trim();
  from += leading;
  to = from + body.length;
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const marks = spans
    .filter((s) => s.start >= from && s.end <= to)
    .map((s): [number, number] => [s.start - from + prefix.length, s.end - from + prefix.length]);
  return { text: prefix + body + suffix, marks };
}

/**
 * Picks the best passages for an entity: informative ones (longer, naming other entities) first,
 * one per document before a second from the same document, then in corpus order.
 */
export function chooseExcerpts(
  mentionsByPassage: Map<number, Span[]>,
  passages: Map<number, Passage>,
  otherEntitiesInPassage: (passageId: number) => number,
  positionInDocument: (passageId: number) => number,
  max = MAX_EXCERPTS,
): Excerpt[] {
  const scored = [...mentionsByPassage.entries()]
    .map(([passageId, spans]) => {
      const passage = passages.get(passageId)!;
      const words = passage.text.split(/\s+/).length;
      // Whole sentences of some length that name other entities too, near the top of the article
      // (where news introduces people), with the full name rather than a bare surname.
      const score =
        Math.min(words, 40) / 40 +
        0.15 * Math.min(otherEntitiesInPassage(passageId), 4) +
        (/[.!?…»"”]\s*$/.test(passage.text) ? 0.2 : 0) +
        (words < 6 ? -1 : 0) +
        (positionInDocument(passageId) < 3 ? 0.2 : 0) +
        (spans.some((s) => s.full) ? 0.3 : 0);
      return { passage, spans, score };
    })
    .sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  const chosen: typeof scored = [];
  const docs = new Set<string>();
  for (const candidate of scored) {
    if (chosen.length >= max) break;
    if (!docs.has(candidate.passage.docId)) {
      chosen.push(candidate);
      docs.add(candidate.passage.docId);
    }
  }
  for (const candidate of scored) {
    if (chosen.length >= max) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen.map(({ passage, spans }) => {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const cut = cutAround(passage.text, sorted[0]!, sorted);
    return { passageId: passage.id, text: cut.text, marks: cut.marks };
  });
}
