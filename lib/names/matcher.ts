/**
 * The compact name matcher shared by the content script and the CLI (built by lib/names/build.ts).
 *
 * One pass over a text, linear in its length whatever the number of names: the text is cut into
 * words; each capitalised word is keyed (key.ts) and looked up, with its case ending stripped when
 * needed (inflection.ts), in a Map of alias-token keys; a Map from first-token keys to aliases gives
 * the candidate names starting there; the longest alias whose following words also match wins.
 * Offsets are those of the original text (UTF-16 code units), whole words only.
 *
 * Precision guards (each has a test in tests/unit/names/matcher.test.ts):
 * - whole words only (no Putin in "computing", no NATO in "senator"), and the first word of a name
 *   must be capitalised (Latin, Greek, Cyrillic): Italian "nato", Spanish "duda" stay words;
 * - acronyms (NATO, USA) must be written in capitals, unless the corpus spells them otherwise
 *   (Danish "Nato"); names of three letters or fewer need their exact spelling;
 * - a given name alone never marks a person (the builder drops such aliases), and a known given name
 *   of someone else before a surname means another person (Melania is not known, see next);
 * - a capitalised word right before a person's or organisation's lone surname, mid-sentence, that is
 *   no title (President, Präsident, Kremlchef) and no known name means another person: Melania Trump,
 *   Hunter Biden, Richard Wagner. A capitalised unknown word right after any name means another
 *   thing: Moscow Mule, Trump Tower (but Kursk Oblast, Putin Monday). German capitalises its nouns,
 *   so in a text with German function words a word before the name passes when it ends like a
 *   German noun (Kremlchef, Agentur, Sprecherin) and is not itself after a noun ("Sohn Hunter
 *   Biden"), and the word after the name is not looked at;
 * - a word that is a common word in some language (build-time list) is not taken at the start of
 *   a sentence, where its capital says nothing, unless the page names the entity elsewhere;
 * - an ambiguous surname (Austin, Duda, Kellogg: builder option; a surname of two corpus people)
 *   alone needs evidence: a title just before it, or the full name elsewhere in the text or page;
 * - the text's language (`match(text, { lang })`, language.ts) picks the case endings and the
 *   common words (data.common) that are never names; Title Case and all-caps lines switch off the
 *   guards that read capitals; relatives, a place with a US state after it, a capitalised word before
 *   a place are not the entity (issue 13, see README.md);
 * - Arabic, Persian and Hebrew words need no capital; CJK and Thai names are substrings (scripts.ts).
 *
 * Page-level evidence: `matcher.page()` returns a PageScan that the content script feeds its text
 * blocks to, in order; evidence found in one block (a full name) counts for the others. A block
 * scanned before the evidence appeared may have held a name back: `takeNewlyConfirmed()` lists the
 * entity ids for which that happened, so the caller rescans those blocks. `matcher.match(text)` is
 * a page of one text.
 *
 * Cost: createMatcher keys nothing (the data holds keys); it builds three Maps, O(aliases).
 * Per text: one regex pass, then per capitalised word one key (three small regex replaces) and
 * about 150 endsWith checks with Map lookups. See the report in the names helper's note.
 */
import { foldWord, keyOfFolded } from './key';
import { primaryLanguage } from './language';
import { findUnspaced, uncasedKey, uncasedReadings } from './scripts';
import { type EndingProfile, endingProfile, type KeyClass, MIN_STEM } from './inflection';
import { type KeyLookup, makeLookup } from './lookup';
import { allUpper, isNameGap, isSpaceGap, leadingUpper, sentenceStartAt, startsUpper, upperAt, words } from './tokens';
import {
  DESIGNATORS,
  GERMAN_MARKERS,
  GERMAN_NOUN_END,
  HYPHEN_PREFIXES,
  isJuniorWord,
  isTitleKey,
  KIN_AFTER_POSSESSIVE,
  KIN_BEFORE_GENITIVE,
  PLACE_QUALIFIERS,
  REGION_AFTER_COMMA,
  TIME_WORDS,
} from './words';

/** A name found in a text: UTF-16 offsets into the input, end exclusive. */
export interface NameSpan {
  start: number;
  end: number;
  entityId: string;
}

export type MatcherEntityType = 'person' | 'place' | 'organisation';

/** What the builder needs of an entity (a subset of lib/bundle/schema.ts's Entity). */
export interface MatcherEntity {
  id: string;
  name: string;
  type: MatcherEntityType;
  aliases: { text: string; lang: string; count: number }[];
}

/** Bumped whenever MatcherData's shape changes. */
export const MATCHER_DATA_VERSION = 1;

/** Alias flags (bit set). */
export const ALIAS_EXACT = 1; // short: the folded spelling must be the alias's
export const ALIAS_CAPS = 2; // acronym: must be written in capitals
export const ALIAS_AMBIGUOUS = 4; // lone surname that needs evidence
export const ALIAS_COMMON = 8; // a common word somewhere: not at a sentence start without evidence
/** A frequent ordinary English word (Reading, Split, Mobile): in English text, only with evidence. */
export const ALIAS_ENGLISH_WORD = 16;

/**
 * [entity index, token keys, flags, folded spelling (for EXACT/CAPS, else ''), bit i set when the
 * alias's token i is capitalised].
 */
export type AliasRecord = [number, string[], number, string, number];

/** Compact, JSON-serialisable matcher data, built at build time and shipped to content scripts. */
export interface MatcherData {
  version: number;
  /** [id, canonical name, type]. */
  entities: [string, string, MatcherEntityType][];
  /** Every alias token key and how it takes case endings (inflection.ts KeyClass). */
  tokens: Record<string, KeyClass>;
  aliases: AliasRecord[];
  /** Keys of given names: first words of multi-word person aliases. */
  givenNames: string[];
  /** Folded common words that would otherwise read as an inflected name (Spanish rusa, Czech Rusy). */
  blocked: string[];
  /**
   * Lower-case function words that open sentences (but, według, но): an unknown capitalised word at a
   * sentence start right before a lone, uninflected surname is a given name (Melania Trump) unless
   * it is one of these. One space-separated string: a third of the size of an array in JSON.
   */
  starters: string;
  /**
   * Ordinary words per language (ISO 639-1 → space-separated folded spellings) that read as an alias
   * (through the key or one of the language's endings) but are no spelling of the corpus: English
   * "crime" (Krim), Polish "polski" (Polen). In a text of that language they are never a name; in a
   * text of unknown language, words of every list are not. Optional: data built before it lacks it.
   */
  common?: Record<string, string>;
  /** [entity index, spelling] in scripts written without spaces (CJK, Thai): found as substrings. */
  unspaced?: [number, string][];
}

/** What the caller knows about a text. */
export interface MatchOptions {
  /**
   * The text's language (BCP 47 tag or ISO 639-1 code; see language.ts `textLanguage`): its ending
   * rules and common words apply. Unknown: all endings, every language's common words.
   */
  lang?: string;
}

/** Scans the text blocks of one page, sharing evidence between them. */
export interface PageScan {
  match(text: string, options?: MatchOptions): NameSpan[];
  /** Entity ids held back in an earlier block for want of evidence that now have it (then cleared). */
  takeNewlyConfirmed(): string[];
}

export interface NameMatcher {
  /** Names in one text, as a page of its own. */
  match(text: string, options?: MatchOptions): NameSpan[];
  page(): PageScan;
  entity(id: string): { id: string; name: string; type: MatcherEntityType } | undefined;
}

interface Alias {
  entity: number;
  keys: string[];
  flags: number;
  fold: string;
  capsMask: number;
}

interface Candidate {
  start: number;
  end: number;
  entity: number;
  /** 0 accepted, 1 needs the full name (ambiguous), 2 needs any other mention (common word). */
  wait: 0 | 1 | 2;
  evidence: boolean;
  /** A person's lone surname: void where the page names another person of that surname. */
  lone: boolean;
}

interface WordInfo {
  key: string;
  readings: string[];
}

interface LangState {
  lookup: KeyLookup;
  common: ReadonlySet<string>;
  attached: readonly string[];
  cache: Map<string, WordInfo>;
  /** English or unknown: ALIAS_ENGLISH_WORD applies. */
  english: boolean;
}

interface Evidence {
  full: Set<number>;
  /** Entities whose surname the page gave another person (Ben Harris): lone mentions are that one. */
  others: Set<number>;
  seen: Set<number>;
  heldBack: Set<number>;
  newlyConfirmed: Set<number>;
}

export function createMatcher(data: MatcherData): NameMatcher {
  if (data.version !== MATCHER_DATA_VERSION) {
    throw new Error(`Factlight: matcher data version ${data.version}, expected ${MATCHER_DATA_VERSION}`);
  }
  const entities = data.entities.map(([id, name, type]) => ({ id, name, type }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const tokenClass = new Map<string, KeyClass>(Object.entries(data.tokens) as [string, KeyClass][]);
  const byFirst = new Map<string, Alias[]>();
  for (const [entity, keys, flags, fold, capsMask] of data.aliases) {
    const alias: Alias = { entity, keys, flags, fold, capsMask };
    const list = byFirst.get(keys[0]!);
    if (list) list.push(alias);
    else byFirst.set(keys[0]!, [alias]);
  }
  const givenNames = new Set(data.givenNames);
  /** Keys that are a whole alias on their own (a given name that is also a name, e.g. a city). */
  const singleKeys = new Set(data.aliases.filter((a) => a[1].length === 1).map((a) => a[1][0]!));
  const blocked = new Set(data.blocked);
  const starters = new Set(data.starters.split(' '));
  const commonByLang = new Map(Object.entries(data.common ?? {}).map(([l, w]) => [l, new Set(w.split(' '))]));
  const noWords = new Set<string>();
  let commonAnyLang: Set<string> | undefined;
  const lookups = new Map<string, KeyLookup>();
  const states = new Map<string, LangState>();
  /** Endings, common words and a word cache per text language (undefined: unknown). */
  const stateFor = (lang: string | undefined): LangState => {
    const code = lang === undefined ? '' : (primaryLanguage(lang) ?? '');
    let st = states.get(code);
    if (st) return st;
    const profile: EndingProfile = endingProfile(code || undefined);
    let lookup = lookups.get(profile.name);
    if (!lookup) {
      lookup = makeLookup(tokenClass, undefined, profile);
      lookups.set(profile.name, lookup);
    }
    let common: Set<string>;
    if (code) common = commonByLang.get(code === 'nb' || code === 'nn' ? 'no' : code) ?? noWords;
    else {
      commonAnyLang ??= new Set([...commonByLang.values()].flatMap((set) => [...set]));
      common = commonAnyLang;
    }
    st = { lookup, common, attached: profile.attached, cache: new Map(), english: code === '' || code === 'en' };
    states.set(code, st);
    return st;
  };

  function scan(text: string, evidence: Evidence, options: MatchOptions | undefined): NameSpan[] {
    const st = stateFor(options?.lang);
    /** Key and readings by word as written: pages repeat their words, and these never change. */
    const wordInfo = (word: string): WordInfo => {
      let info = st.cache.get(word);
      if (info === undefined) {
        if (st.cache.size > 50_000) st.cache.clear();
        const fold = foldWord(word);
        const key = keyOfFolded(fold) || uncasedKey(word);
        // A curated common word spelled like no alias is never read as a name (Czech Rusy, Spanish
        // rusa); one spelled like an alias is guarded by ALIAS_COMMON instead. Neither is a word of
        // the text's language that only reads as a name (English Crime, Summit).
        info = {
          key,
          readings:
            key[0] === '~'
              ? uncasedReadings(key, (k) => tokenClass.has(k))
              : blocked.has(fold) || st.common.has(fold)
                ? []
                : st.lookup(key),
        };
        st.cache.set(word, info);
      }
      return info;
    };
    const keyOf = (word: string): string => wordInfo(word).key;
    const { starts, ends } = words(text);
    const n = starts.length;
    const lookups: (string[] | undefined)[] = new Array(n);
    const wordAt = (i: number) => text.slice(starts[i], ends[i]);
    const lookupAt = (i: number): string[] => (lookups[i] ??= wordInfo(wordAt(i)).readings);
    let german: boolean | undefined;
    const isGerman = (): boolean => {
      if (german === undefined) {
        german = false;
        for (let i = 0; i < n; i++) {
          const len = ends[i]! - starts[i]!;
          if (len >= 3 && len <= 6 && GERMAN_MARKERS.has(wordAt(i))) {
            german = true;
            break;
          }
        }
      }
      return german;
    };

    /**
     * Title Case or all-caps lines (headlines, headings): there every word is capitalised, so a
     * capital says nothing, and the guards that read one (an unknown capitalised neighbour is another
     * name, a sentence opener) are off; the others (known given names, common words, evidence) stay.
     * A line is Title Case when at least 3 of its words have 4+ letters and 90 % of those start upper;
     * a line that ends like a sentence (a full stop) needs 5 such words ("Melania Trump New Yorkban él."
     * is a sentence of names).
     */
    let lineTitle: Uint8Array | undefined;
    const titleCaseAt = (i: number): boolean => {
      if (!lineTitle) {
        lineTitle = new Uint8Array(n);
        let from = 0;
        while (from < n) {
          let to = from + 1;
          while (to < n && !/[\n\r]/.test(text.slice(ends[to - 1], starts[to]))) to++;
          let long = 0;
          let upper = 0;
          for (let w = from; w < to; w++) {
            if (ends[w]! - starts[w]! < 4 || !/\p{L}/u.test(text[starts[w]!]!)) continue;
            long++;
            if (upperAt(text, starts[w]!)) upper++;
          }
          const line = text.slice(starts[from]!, to < n ? starts[to] : text.length);
          const sentence = /\.\s*$/.test(line);
          if (long >= (sentence ? 5 : 3) && upper >= long * 0.9) lineTitle.fill(1, from, to);
          // A short heading ("Reference and Reading"): every long word capitalised, no sentence end.
          else if (to - from <= 8 && long >= 1 && upper === long && !/[.!?:;,]\s*$/.test(line))
            lineTitle.fill(2, from, to);
          from = to;
        }
      }
      return lineTitle[i] === 1;
    };
    /** A Title Case line or a short heading, where a capital says nothing about an English word. */
    const headingAt = (i: number): boolean => titleCaseAt(i) || lineTitle![i] === 2;

    /** Lower-case word at w, when it exists and the gap before it is one space. */
    const spacedWord = (w: number): string | undefined =>
      w < n && w > 0 && isSpaceGap(text.slice(ends[w - 1], starts[w])) ? wordAt(w).toLowerCase() : undefined;

    /**
     * A relative named after the name, not the name's bearer: "Putin's daughter", "Putins Tochter",
     * "дочь Путина", "Trump Jr.", "Байдена-младшего".
     */
    const relative = (alias: Alias, i: number, last: number): boolean => {
      const next = last + 1;
      if (next < n) {
        const gap = text.slice(ends[last], starts[next]);
        const nw = wordAt(next).toLowerCase();
        if ((gap === ' ' || gap === ', ' || gap === '-') && isJuniorWord(nw)) return true;
        // Possessive 's, then a kin word: Putin's daughter.
        if ((gap === "'" || gap === '\u2019') && nw === 's' && KIN_AFTER_POSSESSIVE.has(spacedWord(next + 1) ?? ''))
          return true;
        // A genitive ending (an -s spelling in the corpus too: Danish Putins), then a kin word: Putins Tochter.
        const lw = wordAt(last);
        const genitive = keyOf(lw) !== alias.keys[alias.keys.length - 1] || /s$/i.test(lw);
        if (genitive && KIN_AFTER_POSSESSIVE.has(spacedWord(next) ?? '')) return true;
      }
      // A kin word before a genitive: сын Байдена, córka Putina.
      if (i > 0 && !tokenClass.has(keyOf(wordAt(i))) && isSpaceGap(text.slice(ends[i - 1], starts[i])))
        if (KIN_BEFORE_GENITIVE.has(wordAt(i - 1).toLowerCase())) return true;
      return false;
    };

    /** A place name followed by ", <US state or province>": Moscow, Idaho is another Moscow. */
    const placeInRegion = (last: number): boolean => {
      const next = last + 1;
      if (next >= n || text.slice(ends[last], starts[next]) !== ', ') return false;
      const one = wordAt(next).toLowerCase();
      // One word that is a corpus name too is a list of places (Moscow, Washington and Kyiv).
      if (REGION_AFTER_COMMA.has(one) && lookupAt(next).length === 0) return true;
      const two =
        next + 1 < n && isSpaceGap(text.slice(ends[next], starts[next + 1]))
          ? `${one} ${wordAt(next + 1).toLowerCase()}`
          : '';
      return two !== '' && REGION_AFTER_COMMA.has(two);
    };

    /** Do words i.. spell this alias? */
    const spells = (alias: Alias, i: number): boolean => {
      const first = wordAt(i);
      if (alias.flags & ALIAS_CAPS) {
        // Folded, as a Cyrillic capital may fold to two letters (США → ssha).
        if (!foldWord(leadingUpper(first)).startsWith(alias.fold)) return false;
        // A locale or code, not a name: en-US, pt-BR, US-ASCII.
        const at = starts[i]!;
        if (at >= 2 && text[at - 1] === '-' && /[a-z]/.test(text[at - 2]!)) return false;
        const last = i + alias.keys.length - 1;
        const after = last + 1;
        if (
          after < n &&
          text.slice(ends[last], starts[after]) === '-' &&
          allUpper(wordAt(after)) &&
          ends[after]! - starts[after]! >= 3 &&
          lookupAt(after).length === 0
        )
          return false;
      }
      if (alias.flags & (ALIAS_EXACT | ALIAS_CAPS)) {
        const f = foldWord(first);
        if (
          f !== alias.fold &&
          !(f.startsWith(alias.fold) && st.attached.includes(keyOfFolded(f.slice(alias.fold.length), false)))
        )
          return false;
      }
      for (let j = 1; j < alias.keys.length; j++) {
        const w = i + j;
        if (w >= n || !isNameGap(text.slice(ends[w - 1], starts[w]))) return false;
        if (alias.capsMask & (1 << j) && !startsUpper(wordAt(w)) && !uncasedKey(wordAt(w))) return false;
        if (!lookupAt(w).includes(alias.keys[j]!)) return false;
      }
      return true;
    };

    /**
     * Is the word at w a given name after a noun ("Sohn Hunter Biden", "Ehefrau Melania Trump")?
     * True when the word before it is capitalised, unknown, no title and no sentence opener.
     */
    const appositive = (w: number): boolean => {
      const pp = w - 1;
      if (pp < 0 || !isSpaceGap(text.slice(ends[pp], starts[w]))) return false;
      const ppw = wordAt(pp);
      if (!startsUpper(ppw) || allUpper(ppw) || lookupAt(pp).length > 0) return false;
      const k = keyOf(ppw);
      return !isTitleKey(k) && !TIME_WORDS.has(k) && !starters.has(ppw.toLowerCase());
    };

    /** null: rejected; otherwise the candidate's waiting state. */
    const judge = (alias: Alias, i: number, last: number): Candidate | null => {
      const type = entities[alias.entity]!.type;
      const single = alias.keys.length === 1;
      const title = titleCaseAt(i);
      if (relative(alias, i, last)) return null;
      if (type === 'place' && placeInRegion(last)) return null;
      const cand: Candidate = {
        start: starts[i]!,
        end: ends[last]!,
        entity: alias.entity,
        wait: 0,
        evidence: !single,
        lone: single && type === 'person',
      };
      const prev = i - 1;
      let prevKey = '';
      let prevGapSpace = false;
      if (prev >= 0) {
        const gap = text.slice(ends[prev], starts[i]);
        prevGapSpace = isSpaceGap(gap);
        if (prevGapSpace || gap === '. ') prevKey = keyOf(wordAt(prev));
      }
      if (single && type !== 'place' && prevGapSpace && !(alias.flags & ALIAS_CAPS)) {
        const pw = wordAt(prev);
        if (startsUpper(pw) && !allUpper(pw) && ends[prev]! - starts[prev]! > 1) {
          const prevKeys = lookupAt(prev);
          const given = givenNames.has(prevKey) || prevKeys.some((k) => givenNames.has(k));
          if (given && !prevKeys.some((k) => singleKeys.has(k))) {
            if (type === 'person') evidence.others.add(alias.entity);
            return null;
          }
          const unknown = prevKeys.length === 0 && !isTitleKey(prevKey) && !TIME_WORDS.has(prevKey);
          if (unknown && !title) {
            if (sentenceStartAt(text, starts[prev]!)) {
              // "Rozmowa Trumpa", "Встреча Путина": a noun before an inflected name; "Melania Trump" is not inflected.
              // A corpus spelling may itself be a case form (Трампа beside Трамп): a word that is
              // another spelling plus one of the language's endings is inflected.
              const key = keyOf(wordAt(i));
              const uninflected =
                tokenClass.has(key) &&
                !st.attached.some(
                  (e) =>
                    key.length - e.length >= MIN_STEM && key.endsWith(e) && tokenClass.has(key.slice(0, -e.length)),
                );
              if (uninflected && !starters.has(pw.toLowerCase())) {
                if (type === 'person') evidence.others.add(alias.entity);
                return null;
              }
            } else if (!isGerman() || !GERMAN_NOUN_END.test(pw) || appositive(prev)) {
              if (type === 'person') evidence.others.add(alias.entity);
              return null;
            }
          }
        }
      }
      // A capitalised unknown word before a place, mid-sentence in running text, makes another name
      // of it (Denzel Washington, Chicken Kiev), unless it qualifies the place (Eastern Ukraine).
      if (single && type === 'place' && prevGapSpace && !title && !(alias.flags & ALIAS_CAPS)) {
        const pw = wordAt(prev);
        if (
          startsUpper(pw) &&
          !allUpper(pw) &&
          ends[prev]! - starts[prev]! > 1 &&
          lookupAt(prev).length === 0 &&
          !isTitleKey(prevKey) &&
          !TIME_WORDS.has(prevKey) &&
          !PLACE_QUALIFIERS.has(pw.toLowerCase()) &&
          !starters.has(pw.toLowerCase()) &&
          !isGerman() &&
          // At a sentence start only before the plain name: "Rozmowa Moskwy" is a noun and a genitive.
          (!sentenceStartAt(text, starts[prev]!) || tokenClass.has(keyOf(wordAt(i))))
        )
          return null;
      }
      // A capitalised word joined to a lone surname makes another name of it (Rich-Harris, Rich_Harris),
      // not a prefix (Anti-Trump, Ex-Trump).
      if (single && type === 'person' && prev >= 0 && /^[-_\u2010\u2011]$/.test(text.slice(ends[prev], starts[i]))) {
        const pw = wordAt(prev);
        if (startsUpper(pw) && lookupAt(prev).length === 0 && !HYPHEN_PREFIXES.has(pw.toLowerCase())) return null;
      }
      const next = last + 1;
      if (!title && next < n && isSpaceGap(text.slice(ends[last], starts[next]))) {
        const nw = wordAt(next);
        // Another name's head is written in its plain form (Moscow Mule, Trump Tower); an inflected
        // name before a capitalised word is just a sentence going on ("Według Putina Zachód").
        const acronym = alias.flags & ALIAS_CAPS;
        const inflected = !tokenClass.has(keyOf(wordAt(last)));
        if (!acronym && !inflected && startsUpper(nw) && !allUpper(nw) && !isGerman() && lookupAt(next).length === 0) {
          const nk = keyOf(nw);
          if (!DESIGNATORS.has(nk) && !TIME_WORDS.has(nk) && !isTitleKey(nk)) return null;
        }
      }
      if (
        single &&
        alias.flags & ALIAS_ENGLISH_WORD &&
        st.english &&
        keyOf(wordAt(i)) === alias.keys[0] &&
        (sentenceStartAt(text, starts[i]!) || headingAt(i))
      ) {
        // "Reading" the town only where the page names it otherwise too (Reading, Berkshire aside).
        cand.wait = 2;
      } else if (single && alias.flags & ALIAS_AMBIGUOUS) {
        if (prevKey && isTitleKey(prevKey)) cand.evidence = true;
        else cand.wait = 1;
      } else if (
        single &&
        alias.flags & ALIAS_COMMON &&
        keyOf(wordAt(i)) === alias.keys[0] &&
        sentenceStartAt(text, starts[i]!)
      ) {
        // Only the word itself collides (Italian "Nato a Roma"); an inflected form (Natos, Naton) is the name.
        cand.wait = 2;
      }
      return cand;
    };

    const found: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      if (!upperAt(text, starts[i]!) && !uncasedKey(text[starts[i]!]!)) continue;
      const keys = lookupAt(i);
      if (keys.length === 0) continue;
      // A function word opening a sentence (Danish "Siden", Hungarian "Kivel") is not an inflected
      // name; mid-sentence, a capital says it is no function word.
      const word = wordAt(i);
      if (
        !tokenClass.has(keyOf(word)) &&
        starters.has(word.toLowerCase()) &&
        (sentenceStartAt(text, starts[i]!) || titleCaseAt(i))
      )
        continue;
      const options: Alias[] = [];
      for (const k of keys) for (const a of byFirst.get(k) ?? []) if (spells(a, i)) options.push(a);
      if (options.length === 0) continue;
      options.sort((a, b) => b.keys.length - a.keys.length);
      for (const alias of options) {
        const last = i + alias.keys.length - 1;
        const cand = judge(alias, i, last);
        if (!cand) continue;
        found.push(cand);
        i = last;
        break;
      }
    }

    if (data.unspaced) {
      for (const h of findUnspaced(text, data.unspaced)) {
        found.push({ ...h, wait: 0, evidence: true, lone: false });
      }
      found.sort((a, b) => a.start - b.start);
    }
    for (const c of found) {
      if (c.wait !== 0) continue;
      evidence.seen.add(c.entity);
      if (c.evidence) evidence.full.add(c.entity);
    }
    for (const e of evidence.heldBack) {
      if (evidence.full.has(e) || evidence.seen.has(e)) evidence.newlyConfirmed.add(e);
    }
    const spans: NameSpan[] = [];
    for (const c of found) {
      // "Ben Harris … Harris said": the lone surname is the other Harris, unless the page names ours.
      if (c.lone && evidence.others.has(c.entity) && !evidence.full.has(c.entity)) continue;
      const ok =
        c.wait === 0 || (c.wait === 1 && evidence.full.has(c.entity)) || (c.wait === 2 && evidence.seen.has(c.entity));
      if (ok) spans.push({ start: c.start, end: c.end, entityId: entities[c.entity]!.id });
      else evidence.heldBack.add(c.entity);
    }
    return spans;
  }

  const newEvidence = (): Evidence => ({
    full: new Set(),
    others: new Set(),
    seen: new Set(),
    heldBack: new Set(),
    newlyConfirmed: new Set(),
  });

  return {
    match: (text, options) => scan(text, newEvidence(), options),
    page() {
      const evidence = newEvidence();
      return {
        match: (text, options) => scan(text, evidence, options),
        takeNewlyConfirmed() {
          const ids = [...evidence.newlyConfirmed].map((e) => entities[e]!.id);
          for (const e of evidence.newlyConfirmed) evidence.heldBack.delete(e);
          evidence.newlyConfirmed.clear();
          return ids;
        },
      };
    },
    entity: (id) => byId.get(id),
  };
}
