/**
 * What the page code needs from a name matcher. `lib/names/matcher.ts` provides the real one; the
 * page code only depends on this shape, so tests can pass a small stand-in.
 */
import type { EntityRef } from '../protocol';

/** One name found in a text: [start, end) in UTF-16 code units of that text. */
export interface PageMatch {
  start: number;
  end: number;
  entityId: string;
}

/** One page's scan: evidence (a full name) seen in one block counts for the others. */
export interface PageScanLike {
  match(text: string): PageMatch[];
  /** Entity ids held back earlier for want of evidence that now have it (then cleared). */
  takeNewlyConfirmed(): string[];
}

export interface PageMatcher {
  /** Every name in `text`, non-overlapping, in order. Never throws. */
  match(text: string): PageMatch[];
  /** A scan sharing evidence over the blocks of one page, when the matcher supports it. */
  page?(): PageScanLike;
  /** Name and type of an entity id, or undefined when unknown. */
  entity(entityId: string): EntityRef | undefined;
}
