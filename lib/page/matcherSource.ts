/** Builds the page's matcher from the background's matcher data (`lib/names/matcher.ts`). */
import { createMatcher, type MatcherData } from '../names/matcher';
import type { PageMatcher } from './matcherTypes';

export function createPageMatcher(data: Record<string, unknown>): PageMatcher {
  return createMatcher(data as unknown as MatcherData);
}
