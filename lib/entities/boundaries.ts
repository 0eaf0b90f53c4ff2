/**
 * Boundaries between names that stand side by side. The capitalised-run rule glues neighbours into
 * one "name": Polish "Niemiec Olafa Scholza" (Germany + Olaf Scholz), Russian "ФРГ Роберт Хабек",
 * Czech "Varšavy Německo", hyphen compounds "UE-Londyn". Judged from the corpus itself: a run is cut
 * where both sides are names of their own elsewhere in the corpus and the run as a whole is rare
 * next to them. A real multi-word name is not cut: "Joe Biden" is written whole far more often
 * than "Joe" alone, "Nord Stream" has no "Stream" alone, "MSZ Rosji" (Russia's foreign ministry)
 * recurs as a whole.
 *
 * Counting uses a loose key per word (its name key without a case ending), so Polish Rosji and
 * Rosja, Czech Německa and Německo count as the same word.
 */
import type { Passage } from '../bundle/schema';
import type { RawMention } from './candidates';
import { countryOf, regionName } from './countries';
import { isKnownGivenName, looseKey, soundSkeletons } from './keys';
import { isCountryAcronym } from './lexicon';
import { isWellKnownPlace } from './places';

/** A word of a mention with its passage offsets. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The mention's words with offsets; hyphen compounds split into their capitalised parts. */
function piecesOf(mention: RawMention, text: string, splitHyphens: boolean): Piece[] | null {
  const pieces: Piece[] = [];
  let cursor = mention.start;
  for (const word of mention.words) {
    const at = text.indexOf(word, cursor);
    if (at < 0 || at >= mention.end) return null;
    cursor = at + word.length;
    if (splitHyphens && /[-‐]/.test(word)) {
      let offset = at;
      for (const part of word.split(/[-‐]/)) {
        pieces.push({ text: part, start: offset, end: offset + part.length });
        offset += part.length + 1;
      }
    } else pieces.push({ text: word, start: at, end: at + word.length });
  }
  return pieces;
}

const seqOf = (pieces: Piece[]) => pieces.map((p) => looseKey(p.text)).join(' ');
const isName = (p: Piece) => /^\p{Lu}/u.test(p.text) && (p.text.match(/\p{L}/gu)?.length ?? 0) >= 2;

/**
 * The fewest parts a run splits into that are all names of their own, or the run whole when there
 * is no such split.
 */
function segment(pieces: Piece[], count: (p: Piece[]) => number, text: string, minCount: number): Piece[][] {
  // minCount: how often each part must be mentioned alone (parts between hyphens: once).
  const n = pieces.length;
  // best[i]: fewest parts for pieces[0..i), with the start of its last part.
  const best: { parts: number; from: number }[] = [{ parts: 0, from: -1 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { parts: Number.POSITIVE_INFINITY, from: -1 };
    for (let j = 0; j < i; j++) {
      if (best[j]!.parts === Number.POSITIVE_INFINITY || (j === 0 && i === n)) continue;
      const part = pieces.slice(j, i);
      if (!isName(part[0]!)) continue;
      const c = count(part);
      const atHyphen = (k: number) => k === 0 || k === n || /[-‐]/.test(text.charAt(pieces[k - 1]!.end));
      if (c < (atHyphen(j) && atHyphen(i) ? 1 : minCount)) continue;
      if (best[j]!.parts + 1 < best[i]!.parts) best[i] = { parts: best[j]!.parts + 1, from: j };
    }
  }
  if (best[n]!.parts === Number.POSITIVE_INFINITY) return [pieces];
  const parts: Piece[][] = [];
  for (let i = n; i > 0; i = best[i]!.from) parts.unshift(pieces.slice(best[i]!.from, i));
  return parts;
}

/** Initials: "А.В", "W.W", "J." – letters of a name, not a name (a bare W would match every Polish "W"). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*\.?$/u;

/** The mention without initials at its ends ("Гаврилова А.В" → Гаврилова, "Rosji W.W" → Rosji); null when nothing is left. */
function withoutInitials(m: RawMention, text: string | undefined): RawMention | null {
  const first = m.words[0]!;
  const last = m.words[m.words.length - 1]!;
  if (!text || (!INITIALS.test(first) && !INITIALS.test(last))) return m;
  const words = [...m.words];
  while (words.length > 0 && INITIALS.test(words[words.length - 1]!)) words.pop();
  while (words.length > 0 && INITIALS.test(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const start = text.indexOf(words[0]!, m.start);
  if (start < 0 || start >= m.end) return m;
  const lastAt = text.lastIndexOf(words[words.length - 1]!, m.end);
  const end = lastAt >= start ? lastAt + words[words.length - 1]!.length : m.end;
  return {
    ...m,
    start,
    end,
    surface: text.slice(start, end),
    words,
    atSentenceStart: m.atSentenceStart && start === m.start,
  };
}

const isAcronymPiece = (p: Piece) => /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(p.text) && p.text.length <= 6;

/**
 * Where a person's full name starts after a leading name in a rare run (its shortest full name:
 * "МИД Германии | Хайко Маас", not "МИД | Германии Хайко Маас"), or 0.
 */
function personAfterLead(pieces: Piece[], count: (p: Piece[]) => number, givenLike: (p: Piece) => boolean): number {
  const n = pieces.length;
  for (let k = n - 2; k >= 1; k--) {
    const left = pieces.slice(0, k);
    const right = pieces.slice(k);
    if (!isName(right[0]!) || isAcronymPiece(right[0]!)) continue;
    if (count(right) >= 1) return k;
    const surnameAlone = right.length === 2 && count(right.slice(1)) >= 1;
    if (surnameAlone && (count(left) >= 1 || (left.length === 1 && isAcronymPiece(left[0]!)))) return k;
    // "Колумбия Роберт Конти", "Джорджии Брайан Кемп": a name mentioned alone at least twice, then a
    // known given name opening a person's name written only here.
    if (right.length >= 2 && givenLike(right[0]!) && count(left) >= 2) return k;
  }
  return 0;
}

/**
 * Where a person's full name starts after a leading name in a run however often written ("МИД
 * Германии Хайко Маас", "США Дональд Трамп", written so in every other article): the person's full
 * name stands alone elsewhere and reads as a person's (a known given name first, or its surname
 * alone elsewhere), and what comes before stands alone too. Or 0.
 */
function personAfterFrequentLead(pieces: Piece[], count: (p: Piece[]) => number): number {
  const n = pieces.length;
  for (let k = n - 2; k >= 1; k--) {
    const left = pieces.slice(0, k);
    const right = pieces.slice(k);
    if (!isName(right[0]!) || right.some(isAcronymPiece) || count(right) < 1) continue;
    const person = isKnownGivenName(right[0]!.text) || count(right.slice(-1)) >= 1;
    if (person && (count(left) >= 1 || (left.length === 1 && isAcronymPiece(left[0]!)))) return k;
  }
  return 0;
}

/** The words name a country: its name in the language or English (CLDR), or its acronym (США, USA). */
function isCountryPart(part: Piece[], lang: string): boolean {
  if (part.length === 1 && isCountryAcronym(part[0]!.text)) return true;
  return (
    countryOf(
      part.map((p) => p.text),
      lang,
      [lang, 'en'],
    ) !== null
  );
}

/**
 * An institution followed by its country ("Конгресс США", "МИД России", "Minzdrav Rossii"): one
 * organisation, not two names side by side; cut apart, its country would take its mentions. Not
 * when the first part is a place itself ("Varšavy Německo").
 */
function isInstitutionOfCountry(first: Piece[], last: Piece[], lang: string): boolean {
  if (!isCountryPart(last, lang) || isCountryPart(first, lang)) return false;
  const words = first.map((p) => p.text);
  return !isWellKnownPlace(words) && !isKnownGivenName(words[0]!);
}

/** Sound skeletons of a first and last name together, long enough to tell names apart. */
function pairSkeletons(first: string, last: string): string[] {
  const out: string[] = [];
  for (const f of soundSkeletons(first))
    for (const l of soundSkeletons(last)) if (f.length + l.length >= MIN_PAIR_SKELETON) out.push(`${f} ${l}`);
  return out;
}
/** Consonant classes of a first and last name together that make a person recognisable across scripts. */
const MIN_PAIR_SKELETON = 5;

const scriptOf = (text: string) =>
  /\p{Script=Cyrillic}/u.test(text) ? 'cyrl' : /\p{Script=Greek}/u.test(text) ? 'grek' : 'latn';

/**
 * Where a person's full name (two words at the run's end) starts after a name glued before it, or
 * 0: the two words stand alone in another script (Polish "Senacie Mitchem McConnellem" and Russian
 * "Митча Макконнелла"), or in this one with a given name first; and what comes before stands alone
 * too or is an acronym ("ФРГ Хубертус Хайль"). Not when the word before is a given name itself (a
 * person's three names: "Andres Manuel Lopez Obrador"), nor for other names ("Święta Bożego
 * Narodzenia", Christmas, whose last two words stand alone too).
 */
function personAtEnd(
  pieces: Piece[],
  count: (p: Piece[]) => number,
  givenLike: (p: Piece) => boolean,
  twoWordSkeletons: Map<string, Set<string>>,
): number {
  if (pieces.length < 3) return 0;
  const k = pieces.length - 2;
  const left = pieces.slice(0, k);
  const right = pieces.slice(k);
  if (!right.every(isName) || right.some(isAcronymPiece) || /[-‐]/.test(right[0]!.text)) return 0;
  if (givenLike(left[left.length - 1]!) || !(count(left) >= 1 || (left.length === 1 && isAcronymPiece(left[0]!))))
    return 0;
  if (count(right) >= 1 && givenLike(right[0]!)) return k;
  const script = scriptOf(right[0]!.text);
  const elsewhere = pairSkeletons(right[0]!.text, right[1]!.text).some((skeleton) =>
    [...(twoWordSkeletons.get(skeleton) ?? [])].some((s) => s !== script),
  );
  return elsewhere ? k : 0;
}

/** What the corpus says of a word, for telling a name's words from the sentence's (see candidates.ts). */
export interface CorpusWords {
  /** Written in lower case far more often than capitalised inside a sentence. */
  isCommonWord: (word: string) => boolean;
  /** Capitalised at a sentence start somewhere. */
  opensSentence: (word: string) => boolean;
}
const NO_CORPUS_WORDS: CorpusWords = { isCommonWord: () => false, opensSentence: () => false };

/**
 * A rare run that is a name with the next or previous sentence's word glued to it, a full stop lost
 * in the source ("Niemcy Zdaniem", "REGNUM Судьи", "w Polsce Bagaże"; at a sentence start
 * "Tymczasem Narodowy ..."): the word is one the corpus writes in lower case, the rest stands alone
 * elsewhere. The name's pieces, and which end was cut; or null.
 */
function cutAtSentenceWord(
  pieces: Piece[],
  count: (p: Piece[]) => number,
  { isCommonWord, opensSentence }: CorpusWords,
  atSentenceStart: boolean,
): [Piece[][], 'tail' | 'head'] | null {
  if (pieces.length < 2) return null;
  const last = pieces[pieces.length - 1]!;
  const head = pieces.slice(0, -1);
  // A head that is an ordinary word itself names an institution whose every word is capitalised
  // (Polish "Ministerstwo Zdrowia", "Polskie Radio"): its last word is no sentence's.
  const plainHead = head.some((p) => isCommonWord(p.text));
  // The word after the name opens sentences elsewhere: one that never does is rather the name's own.
  const sentenceWord = isName(last) && !isAcronymPiece(last) && isCommonWord(last.text) && opensSentence(last.text);
  if (!plainHead && sentenceWord && count(head) >= 1) return [[head], 'tail'];
  const first = pieces[0]!;
  const rest = pieces.slice(1);
  if (atSentenceStart && isName(rest[0]!) && !isAcronymPiece(first) && isCommonWord(first.text) && count(rest) >= 1)
    return [[rest], 'head'];
  return null;
}

/**
 * A country in a case form other than its nominative, before a name: Polish "Pakistanu Asif Ali
 * Zardari", Russian "Великобритании Елизавета II" (of Britain, Elizabeth II), Czech "Německa Hendrik
 * Streeck". The rest is a person's full name (a given name first) or a country of its own, not any
 * name ("Irlandii Północnej" is Northern Ireland; Polish "Polskim Radiu" is an adjective's case,
 * not Poland's). A nominative place before a name is rather one name ("Polska Agencja Prasowa").
 */
function cutAfterPlace(
  pieces: Piece[],
  count: (p: Piece[]) => number,
  lang: string,
  isCommonWord: (word: string) => boolean,
  givenLike: (p: Piece) => boolean,
): [Piece[][], 'place'] | null {
  if (pieces.length < 2) return null;
  const place = pieces[0]!;
  const rest = pieces.slice(1);
  if (!isName(rest[0]!) || isAcronymPiece(place)) return null;
  // A person's full name (a given name first), or a country of its own (Brukselą Niemcy).
  const person = rest.length >= 2 && givenLike(rest[0]!);
  if (!person && !(count(rest) >= 1 && isCountryPart(rest, lang))) return null;
  // A given name that spells like a country (George, Dominic, Roman, Hana), or a country's adjective
  // (Polish "Polskim Radiu", "Polskich Linii Lotniczych": the corpus writes "polskim" in lower case).
  if (isKnownGivenName(place.text) || isCommonWord(place.text)) return null;
  if (!isObliquePlace(place.text, lang)) return null;
  return [[[place], rest], 'place'];
}

/** Is the word a country (CLDR, in any case form) written in an oblique case (Pakistanu, Великобритании)? */
function isObliquePlace(word: string, lang: string): boolean {
  // In the text's own language only: English China in a Polish text is no Polish case form.
  const region = countryOf([word], lang, [lang]);
  if (region) {
    const nominative = regionName(region, lang);
    return nominative !== null && nominative.toLowerCase() !== word.toLowerCase();
  }
  // Cities would need their nominative in each language (a Czech -a is Praha's nominative and
  // Londýna's genitive): left to a multilingual place table.
  return false;
}

/**
 * Cuts glued runs into their names. A cut point is taken when the parts on both sides are
 * mentioned on their own at least once and the whole run is rare beside them (at most twice, or
 * less than a quarter of the rarer part). Hyphen compounds are cut only into parts that are all
 * names on their own (UE-Londyn, ЕС-Россия-Украина; not Gam-COVID-Vac, Sputnik-V).
 */
export function splitGluedMentions(
  mentions: RawMention[],
  passages: Passage[],
  corpusWords: CorpusWords = NO_CORPUS_WORDS,
): RawMention[] {
  const { isCommonWord } = corpusWords;
  const textOf = new Map(passages.map((p) => [p.id, p.text]));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const key = m.words.map(looseKey).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const count = (pieces: Piece[]) => counts.get(seqOf(pieces)) ?? 0;
  // Given names, as the corpus shows them: a word that opens two-word names with different second
  // words (Роберт Мюллер, Роберт Кеннеди), or a known given name.
  const secondWords = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.words.length !== 2) continue;
    const first = looseKey(m.words[0]!);
    const set = secondWords.get(first) ?? new Set<string>();
    set.add(looseKey(m.words[1]!));
    secondWords.set(first, set);
  }
  const givenLike = (p: Piece) => (secondWords.get(looseKey(p.text))?.size ?? 0) >= 2 || isKnownGivenName(p.text);
  // Two-word names as sound skeletons, in every script: a person glued after a place or an
  // institution ("Waszyngtonu Muriel Bowser") is found by the same person written alone in another
  // language or script (Мюриэл Баузер), where the exact counts see nothing.
  const twoWordSkeletons = new Map<string, Set<string>>();
  const seenPairs = new Set<string>();
  for (const m of mentions) {
    if (m.words.length !== 2 || m.words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
    const pair = m.words.join(' ');
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    const script = scriptOf(pair);
    for (const skeleton of pairSkeletons(m.words[0]!, m.words[1]!)) {
      const scripts = twoWordSkeletons.get(skeleton) ?? new Set<string>();
      scripts.add(script);
      twoWordSkeletons.set(skeleton, scripts);
    }
  }
  const out: RawMention[] = [];
  const make = (
    m: RawMention,
    pieces: Piece[],
    text: string,
    first: boolean,
    last: boolean,
    keepVotes = false,
  ): RawMention => {
    const start = pieces[0]!.start;
    // The last piece of the original mention keeps its genitive ending (surface end).
    const end = last ? m.end : pieces[pieces.length - 1]!.end;
    return {
      ...m,
      start,
      end,
      surface: text.slice(start, end),
      words: pieces.map((p) => p.text),
      atSentenceStart: first && m.atSentenceStart,
      votes: (first && last) || keepVotes ? m.votes : { person: 0, place: 0, organisation: 0 },
    };
  };
  for (const original of mentions) {
    const m = withoutInitials(original, textOf.get(original.passageId));
    if (!m) continue;
    const text = textOf.get(m.passageId);
    const hyphenated = m.words.some((w) => /[-‐]\p{Lu}/u.test(w));
    if (!text || (m.words.length < 2 && !hyphenated)) {
      out.push(m);
      continue;
    }
    let pieces = piecesOf(m, text, false);
    if (!pieces) {
      out.push(m);
      continue;
    }
    const person = personAtEnd(pieces, count, givenLike, twoWordSkeletons);
    if (person > 0) {
      const left = pieces.slice(0, person);
      if (count(left) >= 1) out.push(make(m, left, text, true, false));
      const mention = make(m, pieces.slice(person), text, false, true, true);
      mention.votes = { person: m.votes.person + 2, place: 0, organisation: 0 };
      out.push(mention);
      continue;
    }
    if (hyphenated) {
      const split = piecesOf(m, text, true);
      // Every part capitalised: names joined by hyphens (UE-Londyn), not a name with a tail (Kursk-regionen).
      const compoundsOk = m.words.every((w) => !/[-‐]/.test(w) || w.split(/[-‐]/).every((p) => /^\p{Lu}/u.test(p)));
      if (split && compoundsOk) pieces = split;
    }
    const whole = count(pieces);
    if (whole <= 2) {
      const cut =
        cutAtSentenceWord(pieces, count, corpusWords, m.atSentenceStart) ??
        cutAfterPlace(pieces, count, m.lang, isCommonWord, givenLike);
      if (cut) {
        const [kept, from] = cut;
        // The lost sentence word goes; a place keeps its own mention beside the name after it.
        if (from === 'place') {
          out.push(make(m, kept[0]!, text, true, false));
          out.push(make(m, kept[1]!, text, false, true, true));
        } else out.push(make(m, kept[0]!, text, from === 'tail', from === 'head', true));
        continue;
      }
    }
    // Cut into parts that are names mentioned alone at least twice and more often than the run, one
    // of them at least four times as often (a rare glue beside a frequent name: "Демпартии Джо Байден").
    // A name before a person's full name, glued once or twice ("UOKiK Marek Niechciał", "Warszawy
    // Rafał Trzaskowski", "Sinopsis Filip Jirouš"): the full name stands alone elsewhere, or its
    // surname does and what comes before is a name or an acronym of its own.
    const lead = whole <= 2 ? personAfterLead(pieces, count, givenLike) : personAfterFrequentLead(pieces, count);
    if (lead > 0) {
      // A lead that stands alone elsewhere as a whole ("МИД ФРГ") stays whole.
      const leadPieces = pieces.slice(0, lead);
      const left = count(leadPieces) >= 1 ? [leadPieces] : segment(leadPieces, count, text, 2);
      for (const [i, part] of [...left, pieces.slice(lead)].entries()) {
        // A lone word never seen alone before a full name is rather a word of the sentence ("Ранее
        // Тереза Мэй", "Britská Theresa Mayová") than a name: dropped, not made a name of its own.
        if (i < left.length && part.length === 1 && count(part) === 0 && !isAcronymPiece(part[0]!)) continue;
        const mention = make(m, part, text, i === 0, i === left.length, i === left.length);
        // The full name after the lead is the person; the run's cues for an organisation were the lead's.
        if (i === left.length && whole > 2) mention.votes = { person: m.votes.person + 2, place: 0, organisation: 0 };
        out.push(mention);
      }
      continue;
    }
    // The mirror: a full name that stands alone elsewhere, with a word glued after it ("Lukáš Vaněk
    // Britská", the next sentence's adjective after a dash): the word goes, or stands alone if it is a name.
    if (whole <= 2 && pieces.length >= 3) {
      const head = pieces.slice(0, -1);
      const tail = pieces.slice(-1);
      if (head.length >= 2 && count(head) >= 1 && count(tail) <= 1 && !isAcronymPiece(tail[0]!)) {
        out.push(make(m, head, text, true, false, true));
        if (count(tail) === 1) out.push(make(m, tail, text, false, true));
        continue;
      }
    }
    let parts = segment(pieces, count, text, Math.max(2, whole + 1));
    if (whole > 2 && parts.length > 1 && !parts.some((p) => count(p) >= whole * 4)) parts = [pieces];
    if (parts.length === 2 && isInstitutionOfCountry(parts[0]!, parts[1]!, m.lang)) parts = [pieces];
    if (parts.length === 1) {
      out.push(m);
      continue;
    }
    parts.forEach((part, i) => {
      out.push(make(m, part, text, i === 0, i === parts.length - 1));
    });
  }
  return out;
}
