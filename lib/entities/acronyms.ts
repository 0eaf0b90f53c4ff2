/**
 * Acronyms and the names they stand for: NFZ and Narodowego Funduszu Zdrowia, AP and Associated
 * Press, KE and Komisji Europejskiej are one entity. News text gives the evidence itself, in two
 * ways, and nothing here is a list of acronyms:
 * - a name and an acronym side by side in parentheses ("Światowej Organizacji Handlu (WTO)",
 *   "DUP (Demokratycznej Partii Unionistycznej)"), which also joins a foreign acronym to a
 *   translated name;
 * - the acronym's letters are the initials of a name written in the same document (ARM, Agencji
 *   Rezerw Materiałowych; ÚZIS, Ústavu zdravotnických informací a statistiky).
 * A person's name is never expanded ("Donald Tusk (PO)" names his party), nor a single word
 * ("Warszawa (PAP)" is a dateline and its agency). An acronym whose evidence points at two different
 * names with no clear winner is left alone.
 */
import type { RawMention } from './candidates';

/** What the acronym linker needs to know of the cluster groups (all keyed by cluster key). */
export interface AcronymLinkInput {
  /** The mentions of each cluster key. */
  groups: ReadonlyMap<string, RawMention[]>;
  /** Keys of groups that are acronyms (one word in capitals, not from text written in capitals). */
  acronymKeys: readonly string[];
  /** True when the key's entity, as grouped so far, is a person's. */
  isPerson: (key: string) => boolean;
  /** The group's current union root: evidence for two keys of one root counts for one name. */
  rootOf: (key: string) => number;
  /** A passage's text, for the parentheses. */
  passageText: (passageId: number) => string | undefined;
}

/** Evidence for an expansion from parentheses counts this much more than shared initials. */
const PARENTHESES_WEIGHT = 3;
/** The best expansion must have at least this many times the runner-up's evidence. */
const CLEAR_WINNER = 2;

/** Upper case without diacritics: ÚZIS and UZIS, Światowa and SWIATOWA compare alike. */
function plainUpper(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/**
 * The initials a name may be abbreviated to: of all its words, of its capitalised words only, and of
 * all but its short lower-case words (function words such as "a", "of", "und" are left out of most
 * acronyms: ÚZIS, Ústav zdravotnických informací a statistiky).
 */
export function initialsOf(words: readonly string[]): string[] {
  const initials = (kept: readonly string[]) => plainUpper(kept.map((w) => w[0] ?? '').join(''));
  const variants = [
    initials(words),
    initials(words.filter((w) => /^\p{Lu}/u.test(w))),
    initials(words.filter((w) => /^\p{Lu}/u.test(w) || w.length > 3)),
  ];
  return [...new Set(variants)].filter((i) => i.length >= 2);
}

const OPENS = /\(\s*$/;
/** Longest text between a name and its acronym's parenthesis (a few lower-case words). */
const MAX_GAP_CHARS = 60;

/**
 * The text between a name and the parenthesis before its acronym: nothing but the parenthesis, or
 * lower-case words that the name continues with, so that the name's and these words' initials are the
 * acronym's letters.
 */
function gapAgrees(words: readonly string[], gap: string, letters: string): boolean {
  const between = gap.replace(OPENS, '').trim();
  if (between === '') return true;
  const extra = between.split(/\s+/);
  if (extra.length > 3 || !extra.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w))) return false;
  return initialsOf([...words, ...extra]).includes(letters);
}
const CLOSES = /^\s*\)/;

/**
 * Pairs of cluster keys to join: each acronym with the one name the text says it stands for.
 * Deterministic: the result does not depend on the order of the groups.
 */
export function acronymLinks(input: AcronymLinkInput): [acronym: string, name: string][] {
  const { groups, isPerson, rootOf, passageText } = input;
  const acronyms = new Set(input.acronymKeys.filter((k) => (groups.get(k)?.[0]?.words[0]?.length ?? 0) >= 2));
  if (acronyms.size === 0) return [];

  // Names of two words or more that are no person's, by initials, with the documents they are in.
  const expandable = new Map<string, boolean>();
  const canExpand = (key: string) => {
    let ok = expandable.get(key);
    if (ok === undefined) {
      const words = groups.get(key)?.[0]?.words ?? [];
      ok = words.length >= 2 && !acronyms.has(key) && !isPerson(key);
      expandable.set(key, ok);
    }
    return ok;
  };
  const byInitials = new Map<string, Set<string>>();
  const docsOf = new Map<string, Set<string>>();
  const byPassage = new Map<number, { key: string; mention: RawMention }[]>();
  for (const [key, mentions] of groups) {
    const docs = new Set<string>();
    for (const m of mentions) {
      docs.add(m.docId);
      const list = byPassage.get(m.passageId) ?? [];
      list.push({ key, mention: m });
      byPassage.set(m.passageId, list);
    }
    docsOf.set(key, docs);
    if (mentions.length === 0 || acronyms.has(key)) continue;
    const seen = new Set<string>();
    for (const m of mentions) {
      const spelling = m.words.join(' ');
      if (m.words.length < 2 || seen.has(spelling)) continue;
      seen.add(spelling);
      for (const initials of initialsOf(m.words)) {
        const keys = byInitials.get(initials) ?? new Set<string>();
        keys.add(key);
        byInitials.set(initials, keys);
      }
    }
  }

  const links: [string, string][] = [];
  for (const acronym of [...acronyms].sort()) {
    const mentions = groups.get(acronym)!;
    /** Evidence per union root, and the key of that root to join. */
    const support = new Map<number, { weight: number; key: string }>();
    const add = (key: string, weight: number) => {
      if (!canExpand(key)) return;
      const root = rootOf(key);
      if (root === rootOf(acronym)) return;
      const entry = support.get(root);
      if (entry) {
        entry.weight += weight;
        if (key < entry.key) entry.key = key;
      } else support.set(root, { weight, key });
    };
    // Shared initials: one piece of evidence per document both are written in.
    const acronymDocs = docsOf.get(acronym)!;
    const letters = plainUpper(mentions[0]!.words[0]!);
    for (const key of byInitials.get(letters) ?? []) {
      let shared = 0;
      for (const doc of docsOf.get(key) ?? []) if (acronymDocs.has(doc)) shared++;
      if (shared > 0) add(key, shared);
    }
    // Parentheses: "Name (ACR)" and "ACR (Name)". Lower-case words between the name and the
    // parenthesis ("Всемирной организации здравоохранения (ВОЗ)") only where the initials then agree.
    for (const m of mentions) {
      const text = passageText(m.passageId);
      if (text === undefined) continue;
      for (const other of byPassage.get(m.passageId) ?? []) {
        const o = other.mention;
        if (other.key === acronym) continue;
        const nameThenAcronym =
          o.end <= m.start &&
          m.start - o.end <= MAX_GAP_CHARS &&
          OPENS.test(text.slice(o.end, m.start)) &&
          gapAgrees(o.words, text.slice(o.end, m.start), letters) &&
          CLOSES.test(text.slice(m.end));
        const acronymThenName =
          m.end <= o.start &&
          OPENS.test(text.slice(m.end, o.start)) &&
          !/[^\s(]/.test(text.slice(m.end, o.start)) &&
          CLOSES.test(text.slice(o.end));
        if (nameThenAcronym || acronymThenName) add(other.key, PARENTHESES_WEIGHT);
      }
    }
    const ranked = [...support.values()].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
    const best = ranked[0];
    if (!best) continue;
    const runnerUp = ranked[1]?.weight ?? 0;
    if (best.weight >= CLEAR_WINNER * runnerUp && best.weight > runnerUp) links.push([acronym, best.key]);
  }
  return links;
}
