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

export interface PageMatcher {
  /** Every name in `text`, non-overlapping, in order. Never throws. */
  match(text: string): PageMatch[];
  /** Name and type of an entity id, or undefined when unknown. */
  entity(entityId: string): EntityRef | undefined;
}
