/**
 * A small name matcher for tests of the page code, behind the same {@link NameMatcher} shape as
 * `lib/names/matcher.ts`: whole words, case-insensitive, longest name first, no page evidence.
 */
import type { EntityRef } from '@/lib/protocol';
import type { NameMatcher, NameSpan } from '@/lib/names/matcher';

export interface StandInEntity extends EntityRef {
  names: string[];
}

const WORD = /[\p{L}\p{N}]/u;

export function createStandInMatcher(entities: StandInEntity[]): NameMatcher {
  const byId = new Map(entities.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }]));
  const names = entities
    .flatMap((e) => e.names.map((n) => ({ text: n.toLowerCase(), entityId: e.id })))
    .sort((a, b) => b.text.length - a.text.length);
  const match = (text: string): NameSpan[] => {
    const lower = text.toLowerCase().replace(/\s/g, ' ');
    const out: NameSpan[] = [];
    let at = 0;
    while (at < lower.length) {
      if (at > 0 && WORD.test(lower[at - 1]!)) {
        at++;
        continue;
      }
      const found = names.find((n) => lower.startsWith(n.text, at) && !WORD.test(lower[at + n.text.length] ?? ' '));
      if (found) {
        out.push({ start: at, end: at + found.text.length, entityId: found.entityId });
        at += found.text.length;
      } else at++;
    }
    return out;
  };
  return {
    entity: (id) => byId.get(id),
    match,
    page: () => ({ match, takeNewlyConfirmed: () => [] }),
  };
}
