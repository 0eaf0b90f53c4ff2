/**
 * Which alias-token keys a page word's key can stand for, with or without a case ending
 * (inflection.ts), under one language's ending profile (all endings by default). Shared by the
 * run-time matcher and the builder's collision check.
 */
import {
  ADJECTIVAL_ENDINGS,
  ALL_ENDINGS,
  ALTERNATING_ENDINGS,
  type EndingProfile,
  type KeyClass,
  MAX_ENDING_ON_SHORT,
  MIN_REPLACING_STEM,
  MIN_STEM,
  REPLACING_ENDINGS,
  stemOf,
} from './inflection';

export type KeyLookup = (key: string) => string[];

export function makeLookup(
  tokenClass: ReadonlyMap<string, KeyClass>,
  blocked: ReadonlySet<string> = new Set(),
  profile: EndingProfile = ALL_ENDINGS,
): KeyLookup {
  const stems = new Map<string, string[]>();
  for (const [key, cls] of tokenClass) {
    if (cls === 0) continue;
    const stem = stemOf(key);
    if (stem.length < MIN_REPLACING_STEM) continue;
    const list = stems.get(stem);
    if (list) list.push(key);
    else stems.set(stem, [key]);
  }
  const replacing = new Set(REPLACING_ENDINGS);
  const adjectival = new Set(ADJECTIVAL_ENDINGS);
  const stemEndings = [...new Set([...REPLACING_ENDINGS, ...ADJECTIVAL_ENDINGS])];

  // Every reading keeps the key's first MIN_STEM letters (stems and bases are at least that long),
  // so most words are rejected by one Set lookup.
  const heads = new Set<string>();
  for (const key of tokenClass.keys()) if (key.length >= MIN_STEM) heads.add(key.slice(0, MIN_STEM));
  const none: string[] = [];

  return (key: string): string[] => {
    if (!key) return none;
    if (!heads.has(key.slice(0, MIN_STEM))) return tokenClass.has(key) ? [key] : none;
    const found: string[] = [];
    if (tokenClass.has(key)) found.push(key);
    if (blocked.has(key)) return found;
    for (const end of profile.attached) {
      const baseLength = key.length - end.length;
      if (baseLength < MIN_STEM || (baseLength === MIN_STEM && end.length > MAX_ENDING_ON_SHORT) || !key.endsWith(end))
        continue;
      const base = key.slice(0, -end.length);
      if (tokenClass.has(base)) found.push(base);
      // A doubled letter at the joint collapsed in the key: Putyin+nak → putinak.
      const joined = base + end[0];
      if (base[base.length - 1] !== end[0] && tokenClass.has(joined)) found.push(joined);
    }
    if (!profile.replacing) return found.length > 1 ? [...new Set(found)] : found;
    for (const end of stemEndings) {
      if (key.length - end.length < MIN_STEM || !key.endsWith(end)) continue;
      const base = key.slice(0, -end.length);
      for (const candidate of [base, base + end[0]]) {
        const full = stems.get(candidate);
        if (!full) continue;
        for (const k of full) {
          const cls = tokenClass.get(k);
          if ((cls === 1 && replacing.has(end)) || (cls === 2 && adjectival.has(end))) found.push(k);
        }
      }
    }
    for (const [end, consonant] of ALTERNATING_ENDINGS) {
      if (key.length - end.length < MIN_STEM || !key.endsWith(end)) continue;
      const base = key.slice(0, -end.length) + consonant;
      if (tokenClass.get(base) === 0) found.push(base);
      for (const k of stems.get(base) ?? []) if (tokenClass.get(k) === 1) found.push(k);
    }
    return found.length > 1 ? [...new Set(found)] : found;
  };
}
