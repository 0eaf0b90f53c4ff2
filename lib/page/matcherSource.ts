/** Builds the page's matcher from the background's matcher data (see `lib/names/matcher.ts`). */
import { createStandInMatcher, type StandInEntity } from './standInMatcher';
import type { PageMatcher } from './matcherTypes';

export function createPageMatcher(data: Record<string, unknown>): PageMatcher {
  // Temporary until lib/names/matcher.ts lands.
  return createStandInMatcher((data.entities ?? []) as StandInEntity[]);
}
