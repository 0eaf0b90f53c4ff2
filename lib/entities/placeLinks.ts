/**
 * The gazetteer's hooks into entity extraction (extract.ts): mentions that spell one well-known
 * place in any language, script or case (Kijów, Kijowie, Kyjevě, Киеве) join one cluster, and a
 * cluster most of whose mentions spell one place is that place, named by the gazetteer.
 */
import type { RawMention } from './candidates';
import { placeName, placeOf } from './gazetteer';

export { placeName };

/** Joins the clusters of mention keys that spell the same well-known place (gazetteer.ts) in one of `langs`. */
export function linkWellKnownPlaces(
  keys: readonly string[],
  groups: ReadonlyMap<string, RawMention[]>,
  node: ReadonlyMap<string, number>,
  uf: { union(a: number, b: number): void },
  langs: readonly string[],
): void {
  const placeNodes = new Map<string, number>();
  for (const key of keys) {
    // A group of known spellings (~n…) holds several names: any of them may be the place's.
    const seen = new Set<string>();
    let place: string | null = null;
    for (const m of groups.get(key) ?? []) {
      const name = `${m.lang}:${m.words.join(' ')}`;
      if (seen.has(name)) continue;
      seen.add(name);
      place = placeOf(m.words, m.lang, langs);
      if (place || seen.size >= 4) break;
    }
    if (!place) continue;
    const existing = placeNodes.get(place);
    if (existing === undefined) placeNodes.set(place, node.get(key)!);
    else uf.union(existing, node.get(key)!);
  }
}

/** A cluster's mentions by distinct name and language, with counts (each name is looked up once). */
export function distinctNames(mentions: readonly RawMention[]): { words: string[]; lang: string; count: number }[] {
  const byName = new Map<string, { words: string[]; lang: string; count: number }>();
  for (const m of mentions) {
    const name = `${m.lang}:${m.words.join(' ')}`;
    const entry = byName.get(name) ?? { words: m.words, lang: m.lang, count: 0 };
    entry.count++;
    byName.set(name, entry);
  }
  return [...byName.values()];
}

/**
 * The well-known place most of a cluster's mentions spell, when at least half of them do (a
 * cluster of "Lahaur" with a court in it is still Lahore); null otherwise.
 */
export function placeOfCluster(mentions: readonly RawMention[], langs: readonly string[]): string | null {
  const byPlace = new Map<string, number>();
  for (const { words, lang, count } of distinctNames(mentions)) {
    const place = placeOf(words, lang, langs);
    if (place) byPlace.set(place, (byPlace.get(place) ?? 0) + count);
  }
  const [place, count] = [...byPlace].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  return place !== null && count * 2 >= mentions.length ? place : null;
}
