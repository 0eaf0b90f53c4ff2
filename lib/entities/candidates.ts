/**
 * Finding name mentions in passages by general rules, so that it works on articles never seen:
 * runs of capitalised words (Vladimir Putin), a capital letter at a sentence start counting only
 * when the word is confirmed elsewhere, genitives and possessives stripped (Putins, USA's, Waltz'),
 * hyphen compounds reduced to the name they carry (Kursk-regionen → Kursk), and German nouns,
 * all capitalised, let through only on evidence (used as a name in another language, after a
 * preposition of place, after a title, repeatedly without an article).
 */
import type { Passage } from '../bundle/schema';
import { isInstitutionHead } from './institutions';
import { type Token, tokenize } from './tokens';
import { isSpaceGap } from '../names/tokens';
import {
  compoundTailType,
  hasGermanNounSuffix,
  isCalendarWord,
  isCountryAcronym,
  isGermanNounMarker,
  isOrgNameWord,
  isOrgNoun,
  isPlaceNoun,
  isRoleWord,
  isSpeechVerb,
  isStopword,
  lower,
  NAME_PARTICLES,
  ORG_NAME_ARTICLES,
  ORG_NAME_CONNECTORS,
  placePrepositionWeight,
  SECOND_PARTICLES,
  suffixVotes,
} from './lexicon';
import { isKnownGivenName, isKnownNameWord, variantKeysOf, wordKey } from './keys';
import { countryOf } from './countries';
import {
  type AcronymUses,
  type AdjectiveNameCounts,
  adjectiveNameKey,
  adjectiveNameTail,
  countAcronymUses,
  countAdjectiveNames,
  isKindAcronym,
  hasAdjectiveNames,
  isAdjectiveName,
  isSlavicAdjective,
} from './adjectiveNames';

/** Evidence for each type, summed over an entity's mentions to choose its type. */
export interface TypeVotes {
  person: number;
  place: number;
  organisation: number;
}

/** One mention found by the rules, before mentions are grouped into entities. */
export interface RawMention {
  passageId: number;
  docId: string;
  lang: string;
  /** Passage-relative offsets of `surface`. */
  start: number;
  end: number;
  /** The text as written in the passage (with a genitive ending, if any). */
  surface: string;
  /** The name without genitive ending or compound tail, word by word. */
  words: string[];
  /** The first word stands first in its sentence (its capital letter proves nothing). */
  atSentenceStart: boolean;
  /** Found in text written in capitals. */
  inCapitals: boolean;
  votes: TypeVotes;
}

/** A word's name part: the head of a hyphen compound, with a genitive ending stripped. */
interface NamePart {
  token: Token;
  /** Length of the head within the token, genitive ending included (the mention ends there). */
  headLength: number;
  /** The head without genitive ending. */
  base: string;
  genitive: boolean;
  /** The lower-case tail of a compound ("regionen" of Kursk-regionen), or null. */
  tail: string | null;
  domain: boolean;
  /** Written in capitals (NATO, CNN, the EU of EU-Kommission). */
  acronym: boolean;
  /** A lower-case word that belongs to the name (the "unie" of Czech "Evropská unie"), kept at its end. */
  nameWord?: boolean;
}

/** A lower-case word inside a name (the "of" of an organisation, the "von der" of a person), taken as written. */
function linkWordPart(token: Token): NamePart {
  return {
    token,
    headLength: token.text.length,
    base: token.text,
    genitive: false,
    tail: null,
    domain: false,
    acronym: false,
  };
}

const AMPERSAND_GAP = /^[ \u00a0]?&[ \u00a0]?$/;

/** The "&" of "Johnson & Johnson" as a word of the name (it has no token: words are letters and digits). */
function ampersandPart(start: number, previousEnd: number): NamePart {
  return linkWordPart({
    text: '&',
    start,
    end: start + 1,
    capitalised: false,
    acronym: false,
    sentenceStart: false,
    before: ' '.repeat(Math.max(0, start - previousEnd)),
  });
}

/** What the whole corpus says about words, gathered before any passage is judged. */
export interface CorpusEvidence {
  /** Lower-cased words seen written in lower case, with counts. */
  lowerCounts: Map<string, number>;
  /** Lower-cased words seen capitalised not at a sentence start, with counts. */
  capitalCounts: Map<string, number>;
  /** Lower-cased words seen capitalised at a sentence start, with counts. */
  sentenceStartCounts: Map<string, number>;
  /** Lower-cased heads of capitalised words, for telling genitives (Putins ← Putin, Natos ← NATOs). */
  capitalHeads: Set<string>;
  /** German passages: capitalised words mid-sentence with no article or adjective before them. */
  germanBareCounts: Map<string, number>;
  /** German passages: capitalised words right after an article or adjective (common nouns: "den Krieg"). */
  germanMarkedCounts: Map<string, number>;
  /** Keys of words confirmed as names anywhere (for words at a sentence start). */
  acceptedKeys: Set<string>;
  /** Keys confirmed as names outside German passages, or as words of multi-word names (for German words). */
  strongKeys: Set<string>;
  /** Keys of words seen as the first word of a multi-word name mid-sentence (given names). */
  givenNameKeys: Set<string>;
  /** Keys of the words of names that do not start a sentence. */
  midSentenceKeys: Set<string>;
  /** Acronyms as written in ordinary text (NATO, UN), so that they keep their type in text in capitals. */
  acronymKeys: Set<string>;
  /** German runs, previous pass: how often a key ended a two-word name (Mike Waltz). */
  pairLastCounts: Map<string, number>;
  /** German runs, previous pass: how often a key came third, after a two-word name (Mike Waltz Sorge). */
  thirdWordCounts: Map<string, number>;
  /** The same counts, being gathered in the current pass. */
  nextPairLastCounts: Map<string, number>;
  nextThirdWordCounts: Map<string, number>;
  /** Czech and East Slavic names of an adjective and lower-case words (Evropská unie): see adjectiveNames.ts. */
  adjectiveNames: AdjectiveNameCounts;
  /** Keys of the last words of names that start with a known given name (surnames: Zelenský). */
  surnameKeys: Set<string>;
  /** Acronyms mid-sentence, and how often they are used like a common noun (see adjectiveNames.ts). */
  acronymUses: Map<string, AcronymUses>;
  /** A capitalised word and the number after it ("stream 2", "boeing 737"), with counts: see nameNumberAt. */
  nameNumberCounts: Map<string, number>;
}

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,3}$/u;
const HAS_DIGIT = /\p{N}/u;
const LETTERS = /\p{L}/gu;
const UPPER_START = /^\p{Lu}/u;
const PLACE_LIKE_ENDING = /(land|lande|ien|ia|stan)$/i;

/**
 * Languages with no genitive in a bare -s: there a final s is part of the name (Czech "Jens" is no
 * genitive of the sentence-opening "Jen", "only"; Lithuanian names end in -s).
 */
const NO_S_GENITIVE = new Set(
  'cs ces sk slk pl pol ru rus uk ukr be bel bg bul sl slv hr hrv sr srp bs bos mk mkd lt lit lv lav et est fi fin hu hun ro ron it ita es spa pt por fr fra ca cat el ell tr tur'.split(
    ' ',
  ),
);

/** A country in the passage's language or English, or a known place (Германии, Niemiec, Kremla). */
function isPlaceWord(word: string, lang: string): boolean {
  return countryOf([word], lang, [lang, 'en']) !== null || isKnownNameWord(word);
}

function isGerman(lang: string): boolean {
  return lang === 'de' || lang === 'deu' || lang === 'gsw';
}

export function tokenizePassages(passages: Passage[]): Map<number, Token[]> {
  const result = new Map<number, Token[]>();
  for (const passage of passages) result.set(passage.id, tokenize(passage.text));
  return result;
}

export function gatherEvidence(passages: Passage[], tokens: Map<number, Token[]>): CorpusEvidence {
  const evidence: CorpusEvidence = {
    lowerCounts: new Map(),
    capitalCounts: new Map(),
    sentenceStartCounts: new Map(),
    capitalHeads: new Set(),
    germanBareCounts: new Map(),
    germanMarkedCounts: new Map(),
    acceptedKeys: new Set(),
    strongKeys: new Set(),
    givenNameKeys: new Set(),
    midSentenceKeys: new Set(),
    acronymKeys: new Set(),
    pairLastCounts: new Map(),
    thirdWordCounts: new Map(),
    nextPairLastCounts: new Map(),
    nextThirdWordCounts: new Map(),
    adjectiveNames: { named: new Map(), plain: new Map(), lowerAdjectives: new Set(), capitalAdjectives: new Map() },
    surnameKeys: new Set(),
    acronymUses: new Map(),
    nameNumberCounts: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const passage of passages) {
    const list = tokens.get(passage.id) ?? [];
    countAdjectiveNames(list, passage.lang, evidence.adjectiveNames);
    countAcronymUses(list, passage.lang, evidence.acronymUses, (word) => isPlaceWord(word, passage.lang));
    list.forEach((token, i) => {
      const numberKey = nameNumberKey(list, i, passage.text);
      if (numberKey) bump(evidence.nameNumberCounts, numberKey);
      if (!token.capitalised) {
        bump(evidence.lowerCounts, lower(token.text));
        return;
      }
      const head = splitCompound(token.text, passage.lang).head;
      evidence.capitalHeads.add(lower(head));
      if (/^\p{Lu}{2,}s$/u.test(head)) evidence.capitalHeads.add(lower(head.slice(0, -1)));
      if (token.sentenceStart) {
        bump(evidence.sentenceStartCounts, lower(token.text));
        return;
      }
      bump(evidence.capitalCounts, lower(token.text));
      const previous = list[i - 1];
      if (isGerman(passage.lang)) {
        // "von der Leyen": the article belongs to the name's particle, it marks no noun.
        const particleBefore = list[i - 2] !== undefined && NAME_PARTICLES.has(list[i - 2]!.text);
        const marked = previous && !previous.capitalised && isGermanNounMarker(previous.text) && !particleBefore;
        bump(marked ? evidence.germanMarkedCounts : evidence.germanBareCounts, lower(token.text));
      }
    });
  }
  return evidence;
}

/** A number that may end a name: one to four digits, not a year. */
const NAME_NUMBER = /^\d{1,4}$/;
const YEAR = /^(1[89]|20)\d\d$/;
/** What may follow such a number: a space, a comma or the end, not "2." (a date or ordinal), "2 %" or "2/3". */
const AFTER_NAME_NUMBER = /^(?:$|[\s,;)»"“”])/u;
/** Times the corpus must write a word with the same number after it to take the number into the name. */
const MIN_NAME_NUMBER = 3;

/** "stream 2" for the capitalised word at i followed by a number that may end a name, else null. */
function nameNumberKey(tokens: Token[], i: number, text: string): string | null {
  const word = tokens[i]!;
  const next = tokens[i + 1];
  if (!word.capitalised || !next || !isSpaceGap(next.before) || !NAME_NUMBER.test(next.text) || YEAR.test(next.text))
    return null;
  if (!AFTER_NAME_NUMBER.test(text.slice(next.end, next.end + 1))) return null;
  return `${lower(word.text)} ${next.text}`;
}

/**
 * A number that belongs to the name before it ("Nord Stream 2", "Boeing 737", "Sojuz 11"): the
 * corpus writes the same word with the same number again and again. Else a number of the sentence
 * ("Rusko 20 let"), which ends the name.
 */
function isNameNumberAt(tokens: Token[], i: number, text: string, evidence: CorpusEvidence): boolean {
  const key = nameNumberKey(tokens, i, text);
  return key !== null && (evidence.nameNumberCounts.get(key) ?? 0) >= MIN_NAME_NUMBER;
}

/** Head and lower-case tail of a hyphen compound: Kursk-regionen → Kursk + regionen. */
function splitCompound(word: string, lang: string): { head: string; tail: string | null } {
  if (!/[-‐]/.test(word)) return { head: word, tail: null };
  const parts = word.split(/[-‐]/);
  const firstLower = parts.findIndex((p, i) => i > 0 && !UPPER_START.test(p));
  if (firstLower > 0) return { head: parts.slice(0, firstLower).join('-'), tail: parts.slice(firstLower).join('-') };
  // German capitalises the noun after the hyphen too (US-Sondergesandten, Nato-Gipfel).
  const last = parts[parts.length - 1] ?? '';
  if (
    isGerman(lang) &&
    parts.length > 1 &&
    last.length >= 5 &&
    !PLACE_LIKE_ENDING.test(last) &&
    (hasGermanNounSuffix(last) || isRoleWord(last) || last.length >= 9)
  ) {
    return { head: parts.slice(0, -1).join('-'), tail: lower(last) };
  }
  return { head: word, tail: null };
}

function namePart(token: Token, next: Token | undefined, lang: string, evidence: CorpusEvidence): NamePart | null {
  if (!token.capitalised || HAS_DIGIT.test(token.text)) return null;
  const domain = DOMAIN.test(token.text);
  const { head, tail } = domain ? { head: token.text, tail: null } : splitCompound(token.text, lang);
  if (!UPPER_START.test(head)) return null;
  let base = head;
  let genitive = false;
  const apostrophe = /^(.+?)['’]s?$/u.exec(head);
  if (apostrophe?.[1]) {
    base = apostrophe[1];
    genitive = true;
  } else if (/^\p{Lu}{2,}s$/u.test(head)) {
    base = head.slice(0, -1); // NATOs, USAs
    genitive = true;
  } else if (!domain && head.length >= 4 && /[^sS]s$/.test(head) && !NO_S_GENITIVE.has(lang)) {
    const stem = head.slice(0, -1);
    // A genitive when the bare name occurs too, or a title follows (Polens præsident).
    const titleFollows = next !== undefined && !next.capitalised && isSpaceGap(next.before) && isRoleWord(next.text);
    if (evidence.capitalHeads.has(lower(stem)) || PLACE_LIKE_ENDING.test(stem) || titleFollows) {
      base = stem;
      genitive = true;
    }
  }
  if ((base.match(LETTERS)?.length ?? 0) < 2) return null;
  return {
    token,
    headLength: head.length,
    base,
    genitive,
    tail,
    domain,
    acronym: token.acronym || /^\p{Lu}{2,}$/u.test(base),
  };
}

function emptyVotes(): TypeVotes {
  return { person: 0, place: 0, organisation: 0 };
}

/** Looks like a given name or a name at all, when it stands first in a sentence. */
function looksLikeNameAtSentenceStart(
  part: NamePart,
  second: NamePart,
  lang: string,
  evidence: CorpusEvidence,
): boolean {
  const key = wordKey(part.base);
  // "Ранее Мэй": a word the corpus writes in lower case more often than capitalised mid-sentence is
  // an ordinary word opening the sentence, even if a slip once capitalised it inside one.
  const lowerUses = evidence.lowerCounts.get(lower(part.base)) ?? 0;
  if (lowerUses > 1 && lowerUses > (evidence.capitalCounts.get(lower(part.base)) ?? 0)) return false;
  if (evidence.givenNameKeys.has(key)) return true;
  // "Angående Waltz", "Laut CNN": the second word is a name on its own elsewhere, the first is no given
  // name; "Ifølge Det Hvide Hus": a function word follows, so the first word is no given name either.
  if (evidence.midSentenceKeys.has(wordKey(second.base)) || isStopword(second.base, lang)) return false;
  if (evidence.acceptedKeys.has(key)) return true;
  if (isStopword(part.base, lang) || evidence.lowerCounts.has(lower(part.base))) return false;
  if (isGerman(lang) && hasGermanNounSuffix(part.base)) return false;
  return part.base.length <= 10;
}

/** A German word that behaves like a common noun: noun ending, written in lower case, or after an article. */
function isGermanCommonNoun(part: NamePart, evidence: CorpusEvidence): boolean {
  if (part.acronym || isKnownNameWord(part.base)) return false;
  const word = lower(part.base);
  return (
    hasGermanNounSuffix(part.base) ||
    evidence.lowerCounts.has(word) ||
    (evidence.germanMarkedCounts.get(lower(part.token.text)) ?? 0) > 0
  );
}

/** Judge one German single word mid-sentence: only on evidence, since every German noun is capitalised. */
function germanWordIsName(
  part: NamePart,
  previous: Token | undefined,
  next: Token | undefined,
  afterRole: boolean,
  evidence: CorpusEvidence,
): boolean {
  const key = wordKey(part.base);
  if (evidence.strongKeys.has(key) || isKnownNameWord(part.base)) return true;
  if (isGermanCommonNoun(part, evidence)) return false;
  if (afterRole) return true;
  const previousIsLower = previous && !previous.capitalised;
  if (previousIsLower && isGermanNounMarker(previous.text)) return false;
  // Countries without article: Deutschland, Frankreich, Spanien.
  if (/(land|reich|stan|ien)$/.test(part.base) && part.base.length >= 6) return true;
  // "in Kiew", "nach Rom" – but "in Höhe von", "in Form des" are nouns with their complement.
  const complementFollows = next !== undefined && /^(von|des|der)$/.test(next.text);
  if (
    previousIsLower &&
    placePrepositionWeight(previous.text) >= 1 &&
    isSpaceGap(part.token.before) &&
    !complementFollows
  )
    return true;
  return (evidence.germanBareCounts.get(lower(part.token.text)) ?? 0) >= 2;
}

/** A German adjective written with a capital letter can only belong to a name: Europäische Union, Vereinigten Staaten. */
const GERMAN_NAME_ADJECTIVE = /(isch|lich|ig|al|är|än|ier|nigt|ische|ischen|ischer|isches|ischem)(e|en|er|es|em)?$/;
/** German numerals: after them come common nouns ("fünf Milliarden Euro"). */
const GERMAN_NUMERAL =
  /^(\d[\d.,]*|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|mehrere|einige|viele|wenige)$/i;

/** A short line whose longer words are all capitalised: a headline in title case. */
function isTitleCase(tokens: Token[]): boolean {
  if (tokens.length > 20) return false;
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text));
  return long.length >= 4 && long.every((t) => t.capitalised);
}

/** Text in capitals ("BREAKING: RUSSIA STRIKES KYIV"): every word looks like an acronym. */
function isAllCaps(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.text.length >= 3 && /^\p{L}/u.test(t.text));
  return long.length >= 3 && long.filter((t) => t.acronym).length >= 0.6 * long.length;
}

/** All mentions of one passage. */
export function findMentions(
  passage: Passage,
  tokens: Token[],
  evidence: CorpusEvidence,
  parts = tokens.map((t, index) => namePart(t, tokens[index + 1], passage.lang, evidence)),
): RawMention[] {
  const lang = passage.lang;
  const german = isGerman(lang);
  const allCaps = isAllCaps(tokens);
  const titleCase = allCaps || isTitleCase(tokens);
  const mentions: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = parts[i];
    if (!first) {
      i++;
      continue;
    }
    // Grow the run of capitalised words (and particles between them) that may form one name.
    const run: NamePart[] = [first];
    let j = i;
    while (j + 1 < tokens.length) {
      const current = parts[j];
      if (!current || current.tail || current.genitive) break;
      const next = tokens[j + 1]!;
      // Johnson & Johnson, Procter & Gamble: an ampersand between capitalised words joins one name.
      const ampersand = AMPERSAND_GAP.exec(next.before);
      if (ampersand && current.token.capitalised && next.capitalised && parts[j + 1] && !next.sentenceStart) {
        const at = current.token.end + ampersand.index + ampersand[0].indexOf('&');
        run.push(ampersandPart(at, current.token.end), parts[j + 1]!);
        j++;
        continue;
      }
      if (!isSpaceGap(next.before) || next.sentenceStart) break;
      const nextPart = parts[j + 1];
      if (nextPart) {
        run.push(nextPart);
        j++;
        continue;
      }
      if (!german && current.token.capitalised && isNameNumberAt(tokens, j, passage.text, evidence)) {
        run.push({ ...linkWordPart(next), nameWord: true });
        j++;
        // "Nord Stream 2 AG": a name may go on after its number.
        const after = tokens[j + 1];
        if (!after || !isSpaceGap(after.before) || after.sentenceStart || !parts[j + 1]) break;
        run.push(parts[j + 1]!);
        j++;
        continue;
      }
      // Institutions: Institute for the Study of War, Ministry of Defence, Bank of England.
      if (ORG_NAME_CONNECTORS.has(next.text) && run.some((p) => isOrgNameWord(p.base))) {
        let k = j + 2;
        const article = tokens[k];
        if (article && !parts[k] && ORG_NAME_ARTICLES.has(article.text) && isSpaceGap(article.before)) k++;
        const after = parts[k];
        if (!after || !isSpaceGap(tokens[k]!.before) || tokens[k]!.sentenceStart) break;
        for (let p = j + 1; p < k; p++) run.push(linkWordPart(tokens[p]!));
        run.push(after);
        j = k;
        continue;
      }
      // Particles: Ursula von der Leyen. In German only after a first name ("Abzug von Soldaten" is none).
      if (!NAME_PARTICLES.has(next.text)) break;
      if (german && (run.length > 1 || isGermanCommonNoun(current, evidence))) break;
      let k = j + 2;
      const second = tokens[k];
      if (second && !parts[k] && SECOND_PARTICLES.has(second.text) && isSpaceGap(second.before)) k++;
      const after = parts[k];
      if (!after || !isSpaceGap(tokens[k]!.before)) break;
      for (let p = j + 1; p < k; p++) run.push(linkWordPart(tokens[p]!));
      run.push(after);
      j = k;
    }
    i = j + 1;
    if (!titleCase && hasAdjectiveNames(lang)) {
      const adjective = run[run.length - 1]!;
      const at = j;
      if (
        !adjective.acronym &&
        !adjective.genitive &&
        !adjective.tail &&
        isSlavicAdjective(adjective.token.text, lang) &&
        !evidence.surnameKeys.has(wordKey(adjective.base)) &&
        !isKnownGivenName(adjective.base) &&
        !isKnownNameWord(adjective.base)
      ) {
        const tail = adjectiveNameTail(tokens, at, lang);
        if (tail && isAdjectiveName(adjectiveNameKey(tokens, at, tail), evidence.adjectiveNames)) {
          // "Ministři Evropské unie": the words before the adjective are judged on their own.
          if (run.length > 1) {
            const before = judgeRun(passage, tokens, run.slice(0, -1), evidence, 'name');
            if (before) mentions.push(before);
            run.splice(0, run.length - 1);
          }
          for (const k of tail) run.push({ ...linkWordPart(tokens[k]!), nameWord: true });
          i = tail[tail.length - 1]! + 1;
          // "Верховный суд Пакистана", "Nejvyšší soud USA": the country the institution belongs to.
          const owner = tokens[i];
          const ownerPart = parts[i];
          if (
            owner &&
            ownerPart &&
            !ownerPart.tail &&
            isSpaceGap(owner.before) &&
            !owner.sentenceStart &&
            (isCountryAcronym(ownerPart.base) || countryOf([owner.text], lang, [lang, 'en']) !== null)
          ) {
            run.push(ownerPart);
            i++;
          }
        } else if (tail && run.length === 1 && adjective.token.sentenceStart) {
          // "Britská vláda oznámila": an adjective opening a sentence, no name.
          continue;
        } else if (tail && run.length > 1 && (evidence.lowerCounts.get(lower(adjective.token.text)) ?? 0) > 0) {
          // "Lukáš Vaněk Britská premiérka": a byline glued to the next sentence's adjective, which the
          // corpus writes in lower case elsewhere (a surname such as Zelenský it never does).
          run.pop();
        }
      }
    }
    if (titleCase) {
      // A headline in title case ("Russian Forces Push Toward Pokrovsk") capitalises every word: only
      // words confirmed as names elsewhere count, each stretch of them one name.
      let piece: NamePart[] = [];
      const flush = () => {
        const mention = piece.length > 0 ? judgeRun(passage, tokens, piece, evidence, 'name') : null;
        if (mention) mentions.push(mention);
        piece = [];
      };
      for (const part of run) {
        // In text written in capitals a word in capitals is no acronym: it counts only when confirmed.
        if (allCaps && evidence.midSentenceKeys.has(wordKey(part.base)))
          piece.push({ ...part, acronym: /^\p{Lu}{2,5}$/u.test(part.base) && evidence.acronymKeys.has(part.base) });
        else if (!allCaps && (part.acronym || evidence.midSentenceKeys.has(wordKey(part.base)))) piece.push(part);
        else flush();
      }
      flush();
      continue;
    }
    // A capitalised title inside the run (English "NATO Secretary General Mark Rutte", German
    // "Russlands Präsident Wladimir Putin") separates a possessor from the person.
    const roleAt = run.findIndex((p, k) => k > 0 && p.token.capitalised && !p.tail && !p.acronym && isRoleWord(p.base));
    if (roleAt > 0) {
      const possessor = judgeRun(passage, tokens, run.slice(0, roleAt), evidence, 'beforeTitle');
      if (possessor) mentions.push(possessor);
      run.splice(0, roleAt);
    }
    // A known place or organisation before a full name is its own mention: Polish "Prezydent Ukrainy
    // Wołodymyr Zełenski", "Rzecznik Kremla Dmitrij Pieskow" (the title itself is trimmed in judgeRun).
    const lead = run.findIndex((p) => p.token.capitalised && !isRoleWord(p.base) && !isStopword(p.base, lang));
    if (
      lead >= 0 &&
      run.length - lead >= 3 &&
      !run[lead]!.tail &&
      isKnownNameWord(run[lead]!.base) &&
      run.slice(lead + 1).every((p) => p.token.capitalised)
    ) {
      const place = judgeRun(passage, tokens, run.slice(0, lead + 1), evidence, 'possessor');
      if (place) mentions.push(place);
      run.splice(0, lead + 1);
    }
    const mention = judgeRun(passage, tokens, run, evidence, 'name');
    if (mention) mentions.push(mention);
  }
  if (allCaps) for (const m of mentions) m.inCapitals = true;
  return mentions;
}

/** English capitalises nationality adjectives: "Ukrainian officials", "Finnish President". */
const ENGLISH_DEMONYM =
  /(ian|ean|can|ish|ese|ench|utch|eek|ech)$|^(German|Cuban|Kenyan|Afghan|Tibetan|Swiss|Thai|Iraqi|Israeli|Pakistani|Saudi|Yemeni|Kuwaiti|Qatari|Somali|Nepali)$/;

/**
 * How a run stands: a name on its own, a name before a capitalised title ("US President"), or a
 * place or organisation after a title and before the person ("Rzecznik Kremla Dmitrij Pieskow").
 */
type RunRole = 'name' | 'beforeTitle' | 'possessor';

/**
 * A word of a long stopword list (stopwords-iso's English one holds "shell", "states") that the
 * corpus capitalises inside a sentence and never writes in lower case: a name there (Shell).
 */
function writtenAsName(part: NamePart, evidence: CorpusEvidence): boolean {
  const word = lower(part.base);
  return (
    part.token.capitalised &&
    !part.token.sentenceStart &&
    word.length >= 4 &&
    !evidence.lowerCounts.has(word) &&
    (evidence.capitalCounts.get(word) ?? 0) >= 1
  );
}

function judgeRun(
  passage: Passage,
  tokens: Token[],
  run: NamePart[],
  evidence: CorpusEvidence,
  runRole: RunRole,
): RawMention | null {
  const beforeRole = runRole === 'beforeTitle';
  const lang = passage.lang;
  const german = isGerman(lang);
  const votes = emptyVotes();
  let afterRole = false;
  let afterKindNoun = false;
  let sentenceStart = run[0]!.token.sentenceStart;
  const isParticle = (p: NamePart) => !p.token.capitalised && !p.nameWord;
  // Leading titles, stopwords, calendar words and (German) common nouns are not part of the name.
  while (run.length > 0) {
    const head = run[0]!;
    const isRole = isRoleWord(head.base) && !head.tail && !head.acronym; // DR is a broadcaster, Dr. a title
    const nameAdjective =
      german && run.length > 1 && GERMAN_NAME_ADJECTIVE.test(head.base) && (run[1]?.token.capitalised ?? false);
    const dropGermanNoun =
      german &&
      run.length > 1 &&
      !nameAdjective &&
      isGermanCommonNoun(head, evidence) &&
      !evidence.strongKeys.has(wordKey(head.base));
    // "die Stadt Charkiw", "die Region Donezk": the kind of place says the next word is its name.
    if (dropGermanNoun && (isPlaceNoun(head.base) || isOrgNoun(head.base))) {
      afterKindNoun = true;
      if (isPlaceNoun(head.base)) votes.place += 3;
      else votes.organisation += 3;
    }
    // A lone list word may be a name (Shell); before other names it is the sentence's (Secretary of State Marco Rubio).
    const stopword =
      !head.acronym && isStopword(head.base, lang) && !(run.length === 1 && writtenAsName(head, evidence));
    if (!(isRole || isParticle(head) || stopword || isCalendarWord(head.base) || dropGermanNoun)) break;
    if (isRole) afterRole = true;
    run.shift();
    sentenceStart = false;
  }
  while (run.length > 0) {
    const last = run[run.length - 1]!;
    if (
      !(
        isParticle(last) ||
        (isStopword(last.base, lang) &&
          !last.tail &&
          !last.acronym &&
          !(run.length === 1 && writtenAsName(last, evidence))) ||
        isCalendarWord(last.base)
      )
    )
      break;
    run.pop();
  }
  if (run.length === 0) return null;
  if (german) {
    // German capitalises nouns: a common noun after a name ends it (Selenskyj Unterstützung).
    const cut = run.findIndex(
      (p, index) =>
        index > 0 &&
        p.token.capitalised &&
        isGermanCommonNoun(p, evidence) &&
        !evidence.strongKeys.has(wordKey(p.base)) &&
        !GERMAN_NAME_ADJECTIVE.test(run[index - 1]!.base),
    );
    if (cut > 0) run.splice(cut);
    // "äußerte Mike Waltz Sorge": a word that mostly comes after a full name, and rarely ends one,
    // is a noun of the sentence.
    const capitals = run.filter((p) => p.token.capitalised);
    const third = capitals[2];
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    if (capitals.length === 2) bump(evidence.nextPairLastCounts, wordKey(capitals[1]!.base));
    if (third && !third.acronym) {
      const key = wordKey(third.base);
      bump(evidence.nextThirdWordCounts, key);
      if ((evidence.thirdWordCounts.get(key) ?? 0) > (evidence.pairLastCounts.get(key) ?? 0))
        run.splice(run.indexOf(third));
    }
  }
  const adjectiveName = run.some((p) => p.nameWord);
  if (
    sentenceStart &&
    run.length >= 2 &&
    !adjectiveName &&
    !looksLikeNameAtSentenceStart(run[0]!, run[1]!, lang, evidence)
  ) {
    run.shift();
    sentenceStart = false;
    while (run.length > 0 && (isParticle(run[0]!) || (!run[0]!.acronym && isStopword(run[0]!.base, lang)))) run.shift();
    if (run.length === 0) return null;
  }
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const single = run.length === 1;
  const firstIndex = tokens.indexOf(first.token);
  const previous = firstIndex > 0 ? tokens[firstIndex - 1] : undefined;
  const previousInSentence = first.token.sentenceStart ? undefined : previous;
  const lastIndex = tokens.indexOf(last.token);
  const next = tokens[lastIndex + 1];
  const nextInSentence = next && isSpaceGap(next.before) && !next.sentenceStart ? next : undefined;

  if (beforeRole && !single && !run.some((p) => isOrgNameWord(p.base))) {
    // "Russian Foreign Minister": before a title only a single name or an institution's name.
    return null;
  }
  if (german && !single && !beforeRole && !afterRole && !afterKindNoun) {
    // "fünf Milliarden Euro", "die Armee Russlands": capitalised nouns after a numeral or an article,
    // unless the first word is a capitalised adjective (die Europäische Union) or a known name.
    const before = tokens[tokens.indexOf(first.token) - 1];
    const nounPhrase =
      before !== undefined &&
      !before.capitalised &&
      isSpaceGap(first.token.before) &&
      (GERMAN_NUMERAL.test(before.text) || isGermanNounMarker(before.text));
    const firstKey = wordKey(first.base);
    if (
      nounPhrase &&
      !GERMAN_NAME_ADJECTIVE.test(first.base) &&
      !evidence.givenNameKeys.has(firstKey) &&
      !evidence.strongKeys.has(firstKey) &&
      !isKnownNameWord(first.base)
    )
      return null;
  }
  if (single && beforeRole) {
    // Before a title only a name that is surely one: "US President", "Russlands Präsident", not "Finnish President".
    const key = wordKey(first.base);
    if (!(first.acronym || first.genitive || (evidence.midSentenceKeys.has(key) && !ENGLISH_DEMONYM.test(first.base))))
      return null;
  } else if (single) {
    const part = first;
    const key = wordKey(part.base);
    if (part.acronym && !part.genitive && isKindAcronym(part.base, evidence.acronymUses)) {
      // "российские СМИ", "MSZ Niemiec", "ПАО «Газпром»": alone, an acronym the corpus uses like a common noun names nothing.
      return null;
    } else if (part.acronym || part.domain) {
      // An acronym or a web address names itself, wherever it stands.
    } else if (sentenceStart) {
      // "Ukraine's President …": a genitive before a title names a country or organisation.
      const titleFollows = part.genitive && next !== undefined && isSpaceGap(next.before) && isRoleWord(next.text);
      if (!evidence.acceptedKeys.has(key) && !titleFollows) return null;
      // A heading or menu item ("Food", "Business") is a common noun the corpus writes in lower case
      // at least as often as it capitalises it mid-sentence (there perhaps inside a name: World Food Programme).
      const lowerUses = evidence.lowerCounts.get(lower(part.base)) ?? 0;
      if (!titleFollows && !german && lowerUses > 0 && lowerUses >= (evidence.capitalCounts.get(lower(part.base)) ?? 0))
        return null;
    } else if (
      (isStopword(part.base, lang) && !part.acronym && !writtenAsName(part, evidence)) ||
      isCalendarWord(part.base)
    ) {
      return null;
    } else if (german) {
      if (!germanWordIsName(part, previousInSentence, nextInSentence, afterRole || afterKindNoun, evidence))
        return null;
    } else if (lang === 'en' && ENGLISH_DEMONYM.test(part.base) && nextInSentence) {
      return null;
    } else {
      const lowerUses = evidence.lowerCounts.get(lower(part.token.text)) ?? 0;
      const capitalUses = evidence.capitalCounts.get(lower(part.token.text)) ?? 0;
      if (lowerUses >= capitalUses) return null;
    }
  }

  // Type cues around the name.
  const names = run.filter((p) => p.token.capitalised);
  if (runRole === 'possessor') votes.place += 1;
  else if (afterRole && !(single && first.genitive)) votes.person += 3;
  const beforePrevious = previousInSentence ? tokens[firstIndex - 2] : undefined;
  const accordingTo =
    previousInSentence &&
    lower(previousInSentence.text) === 'to' &&
    beforePrevious &&
    lower(beforePrevious.text) === 'according';
  if (previousInSentence && !previousInSentence.capitalised && !accordingTo) {
    const gap = first.token.before;
    if (isRoleWord(previousInSentence.text) && (isSpaceGap(gap) || /^,\s$/.test(gap)) && !(single && first.genitive))
      votes.person += 3;
    if (isSpaceGap(gap)) {
      votes.place += placePrepositionWeight(previousInSentence.text);
      if (isPlaceNoun(previousInSentence.text)) votes.place += 3;
      if (isOrgNoun(previousInSentence.text)) votes.organisation += 3;
    }
  }
  if (nextInSentence) {
    if (isRoleWord(nextInSentence.text) && !last.tail) votes.place += last.genitive ? 2 : 1;
    if (!nextInSentence.capitalised) {
      // Who speaks is a person, or for a lone word as often a government or agency ("the Kremlin said").
      if (isSpeechVerb(nextInSentence.text)) {
        if (single) votes.organisation += 1;
        else votes.person += 1;
      }
      // "the Donetsk region", "the Wagner group": a common noun after the name says what it is.
      const noun = nextInSentence.text.length >= 4 && !last.genitive && !last.tail;
      if (noun && isPlaceNoun(nextInSentence.text)) votes.place += 2;
      if (noun && isOrgNoun(nextInSentence.text)) votes.organisation += 2;
    }
  }
  if (last.tail) {
    const tailType = compoundTailType(last.tail);
    if (tailType === 'place') votes.place += 3;
    else if (tailType === 'organisation') votes.organisation += 3;
    else if (tailType === 'role') votes.place += 1;
  }
  if (single && isCountryAcronym(first.base)) votes.place += 6;
  else if (single && first.acronym) votes.organisation += 4;
  if (single && first.domain) votes.organisation += 4;
  if (adjectiveName) {
    // "Bílý dům", "Černé moře", "Evropská unie": the noun says what the name is.
    if (isPlaceNoun(last.base)) votes.place += 3;
    else votes.organisation += 2;
  } else if (names.length >= 2) {
    if (run.some((p) => p.token.text === '&')) votes.organisation += 4;
    else if (run.some((p) => isOrgNameWord(p.base) || isInstitutionHead(p.base))) votes.organisation += 3;
    else if (suffixVotes(last.base).place >= 2) votes.place += 2;
    else votes.person += 2;
  } else if (single && !first.acronym) {
    if (isOrgNameWord(first.base)) votes.organisation += 2; // Forsvarsministeriet, Folketinget
    const s = suffixVotes(first.base);
    votes.place += s.place;
    votes.person += s.person;
  }

  const start = first.token.start;
  const end = last.token.start + last.headLength;
  return {
    passageId: passage.id,
    docId: passage.docId,
    lang,
    start,
    end,
    surface: passage.text.slice(start, end),
    words: run.map((p, index) => (index === run.length - 1 ? p.base : p.token.text)),
    atSentenceStart: sentenceStart,
    inCapitals: false,
    votes,
  };
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Runs the rules until the evidence settles: words confirmed as names in one pass (mid-sentence,
 * in another language, as a surname) let the same words count at sentence starts in the next.
 */
export function findAllMentions(
  passages: Passage[],
  tokens: Map<number, Token[]> = tokenizePassages(passages),
): RawMention[] {
  return findMentionsWithEvidence(passages, tokens).mentions;
}

/**
 * A word the corpus writes as an ordinary word: in lower case at least three times and at least
 * twice as often as capitalised inside a sentence ("zdaniem", "судьи", "polskim").
 */
export function isCommonWordOf(evidence: CorpusEvidence, word: string): boolean {
  const key = lower(word);
  const lowerUses = evidence.lowerCounts.get(key) ?? 0;
  return lowerUses >= 3 && lowerUses >= 2 * (evidence.capitalCounts.get(key) ?? 0);
}

/** Does the corpus capitalise this word at a sentence start somewhere ("Zdaniem", "Судьи")? */
export function opensSentenceOf(evidence: CorpusEvidence, word: string): boolean {
  return (evidence.sentenceStartCounts.get(lower(word)) ?? 0) >= 1;
}

/** findAllMentions, with the corpus evidence it gathered (for judging mentions afterwards). */
export function findMentionsWithEvidence(
  passages: Passage[],
  tokens: Map<number, Token[]> = tokenizePassages(passages),
): { mentions: RawMention[]; evidence: CorpusEvidence } {
  const evidence = gatherEvidence(passages, tokens);
  // Name parts depend only on evidence gathered once: computed once, not in every pass.
  const parts = new Map(
    passages.map((p) => {
      const list = tokens.get(p.id) ?? [];
      return [p.id, list.map((t, index) => namePart(t, list[index + 1], p.lang, evidence))] as const;
    }),
  );
  let mentions: RawMention[] = [];
  for (let pass = 0; pass < 4; pass++) {
    mentions = passages.flatMap((p) => findMentions(p, tokens.get(p.id) ?? [], evidence, parts.get(p.id)));
    const before =
      evidence.acceptedKeys.size +
      evidence.strongKeys.size +
      evidence.givenNameKeys.size +
      evidence.midSentenceKeys.size;
    for (const m of mentions) {
      const keys = m.words.map(wordKey);
      // A first word at a sentence start confirms nothing about itself; a confirmed name confirms
      // its other known spellings (Moskva confirms Moskau).
      const confirmed = (m.atSentenceStart ? keys.slice(1) : keys).flatMap(variantKeysOf);
      for (const k of confirmed) evidence.acceptedKeys.add(k);
      if (!m.atSentenceStart) for (const k of keys) evidence.midSentenceKeys.add(k);
      if (m.words.length === 1 && /^\p{Lu}{2,}$/u.test(m.words[0]!) && !m.inCapitals)
        evidence.acronymKeys.add(m.words[0]!);
      if (keys.length >= 2 && isKnownGivenName(m.words[0]!)) evidence.surnameKeys.add(keys[keys.length - 1]!);
      if (keys.length >= 2) {
        for (const k of confirmed) evidence.strongKeys.add(k);
        if (!m.atSentenceStart) evidence.givenNameKeys.add(keys[0]!);
      } else if (!isGerman(m.lang) && !m.atSentenceStart) {
        evidence.strongKeys.add(keys[0]!);
      }
    }
    const after =
      evidence.acceptedKeys.size +
      evidence.strongKeys.size +
      evidence.givenNameKeys.size +
      evidence.midSentenceKeys.size;
    const countsChanged =
      !sameCounts(evidence.thirdWordCounts, evidence.nextThirdWordCounts) ||
      !sameCounts(evidence.pairLastCounts, evidence.nextPairLastCounts);
    evidence.thirdWordCounts = evidence.nextThirdWordCounts;
    evidence.pairLastCounts = evidence.nextPairLastCounts;
    evidence.nextThirdWordCounts = new Map();
    evidence.nextPairLastCounts = new Map();
    if (after === before && !countsChanged) break;
  }
  return { mentions, evidence };
}
