/**
 * Names that start with a capitalised adjective and go on in lower case: Czech "Evropská unie",
 * "Bílý dům", "Nejvyšší soud", Russian "Европейский союз", "Верховный суд", "Государственная дума".
 * Czech, Slovak and the East Slavic languages capitalise only the first word of such a name, so
 * the capitalised-run rule sees the adjective alone; an adjective alone is no name ("Evropské"
 * then gathered the Union, the Commission and the Parliament). Such a name is kept whole when the
 * corpus itself writes the same adjective and noun capitalised mid-sentence, more often than in
 * lower case (judged by loose keys, so case forms count together). An adjective that opens a
 * sentence before a lower-case word and makes no such name ("Britská vláda", "Pákistánská
 * policie") is an ordinary adjective: no name at all.
 *
 * Polish is left out: it capitalises every word of an institution's name (Unia Europejska).
 */
import type { Token } from './tokens';
import { isSpaceGap } from '../names/tokens';
import { looseKey } from './keys';
import { isStopword, lower } from './lexicon';

/** Case endings of adjectives (hard and soft declensions), per script of the languages above. */
const CZECH_ADJECTIVE = /\p{L}{3}(?:ý|á|é|ého|ému|ém|ým|ou|ých|ými|í|ího|ímu|ím|ích|ími)$/u;
const CYRILLIC_ADJECTIVE = /\p{L}{3}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ую|юю|ые|ие|ых|их|ыми|ими|ым|им)$/u;
const ADJECTIVE_OF: Record<string, RegExp> = {
  cs: CZECH_ADJECTIVE,
  ces: CZECH_ADJECTIVE,
  sk: CZECH_ADJECTIVE,
  slk: CZECH_ADJECTIVE,
  ru: CYRILLIC_ADJECTIVE,
  rus: CYRILLIC_ADJECTIVE,
  uk: CYRILLIC_ADJECTIVE,
  ukr: CYRILLIC_ADJECTIVE,
  be: CYRILLIC_ADJECTIVE,
  bel: CYRILLIC_ADJECTIVE,
  bg: CYRILLIC_ADJECTIVE,
  bul: CYRILLIC_ADJECTIVE,
};
/** Polish adjectives: only as cues (see isAdjectiveWord), Polish names being capitalised throughout. */
const POLISH_ADJECTIVE =
  /\p{L}{3}(?:ski|ska|skie|skiego|skiej|skim|ską|scy|skich|cki|cka|ckie|ckiego|ckiej|ckim|cką|ccy|ckich|ny|na|ne|nego|nej|nym|ną|nych|owy|owa|owe|owego|owej|owym|ową|owych)$/u;

/** Is this lower-case word an adjective by its ending, in a language whose adjectives show it (cs, sk, pl, East Slavic)? */
export function isAdjectiveWord(word: string, lang: string): boolean {
  if (lang === 'pl' || lang === 'pol') return POLISH_ADJECTIVE.test(word);
  return isSlavicAdjective(word, lang);
}

/** A past-tense verb after a name ("Zelenský uvedl", "Песков заявил") is the sentence, not the name. */
const PAST_TENSE = /(?:l|la|lo|li|ly|л|ла|ло|ли)$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** At most this many lower-case words after the adjective (Evropská centrální banka). */
const MAX_TAIL = 3;

/** Does this language write such names with only the first word capitalised? */
export function hasAdjectiveNames(lang: string): boolean {
  return ADJECTIVE_OF[lang] !== undefined;
}

/** Is the word, by its ending, an adjective of the language (Evropská, Верховный)? */
export function isSlavicAdjective(word: string, lang: string): boolean {
  return ADJECTIVE_OF[lang]?.test(word) ?? false;
}

/**
 * The lower-case words after an adjective at `at` that could end a name: further adjectives and one
 * noun (Evropská centrální banka), as token indices; null when no noun follows.
 */
export function adjectiveNameTail(tokens: Token[], at: number, lang: string): number[] | null {
  const tail: number[] = [];
  for (let k = at + 1; k < tokens.length && tail.length < MAX_TAIL; k++) {
    const token = tokens[k]!;
    if (token.capitalised || token.sentenceStart || !isSpaceGap(token.before) || !LOWER_WORD.test(token.text))
      return null;
    if (token.text.length < 3 || isStopword(token.text, lang)) return null;
    tail.push(k);
    if (!isSlavicAdjective(token.text, lang)) return PAST_TENSE.test(token.text) ? null : tail;
  }
  return null;
}

/** Loose key of an adjective with its tail, so that case forms count together. */
export function adjectiveNameKey(tokens: Token[], at: number, tail: number[]): string {
  return [lower(tokens[at]!.text), ...tail.map((k) => tokens[k]!.text)].map(looseKey).join(' ');
}

/** How often each adjective + noun sequence is written as a name (capitalised mid-sentence) and in lower case. */
export interface AdjectiveNameCounts {
  named: Map<string, number>;
  plain: Map<string, number>;
  /**
   * Loose keys of adjectives the corpus writes in lower case (evropské, верховный). A capitalised
   * word never written so is rather a name with an adjective's ending (Czech Bibiová, Kadrí,
   * Mayové; Russian Масих), and the lower-case word after it is the sentence's ("Bibiová nebude"),
   * unless the word is often written with that same tail ("Северный поток": see isAdjectiveName).
   */
  lowerAdjectives: Set<string>;
  /** Capitalised adjectives mid-sentence, by loose key, with counts (with any tail or none). */
  capitalAdjectives: Map<string, number>;
}

/** Counts one passage's adjective + noun sequences into `counts`. */
export function countAdjectiveNames(tokens: Token[], lang: string, counts: AdjectiveNameCounts): void {
  const adjective = ADJECTIVE_OF[lang];
  if (!adjective) return;
  tokens.forEach((token, i) => {
    if (!token.capitalised && !token.acronym && adjective.test(token.text))
      counts.lowerAdjectives.add(looseKey(token.text));
    if (token.sentenceStart || token.acronym || !adjective.test(token.text)) return;
    if (token.capitalised) {
      const adjectiveKey = looseKey(lower(token.text));
      counts.capitalAdjectives.set(adjectiveKey, (counts.capitalAdjectives.get(adjectiveKey) ?? 0) + 1);
    }
    const tail = adjectiveNameTail(tokens, i, lang);
    if (!tail) return;
    const map = token.capitalised ? counts.named : counts.plain;
    const key = adjectiveNameKey(tokens, i, tail);
    map.set(key, (map.get(key) ?? 0) + 1);
  });
}

/**
 * Is this adjective + noun sequence a name of the corpus: written capitalised mid-sentence twice,
 * more than in lower case, and its adjective written in lower case somewhere or in at least a
 * quarter of its capitalised uses with this tail ("Северный поток" 28 of 68, the rest "Северный
 * поток-2"; not "Bibiová nebude" 7 of 201): else it is a name that only looks like an adjective.
 */
export function isAdjectiveName(key: string, counts: AdjectiveNameCounts): boolean {
  const space = key.indexOf(' ');
  const adjectiveKey = space < 0 ? key : key.slice(0, space);
  const named = counts.named.get(key) ?? 0;
  if (!counts.lowerAdjectives.has(adjectiveKey) && named * 4 < (counts.capitalAdjectives.get(adjectiveKey) ?? 0))
    return false;
  return named >= 2 && named > (counts.plain.get(key) ?? 0);
}

/** How an acronym is written: how often, and how often like a common noun (see isKindAcronym). */
export interface AcronymUses {
  total: number;
  /** Before a place it belongs to ("МИД Германии", "MSZ Niemiec"): a kind of institution, one per country. */
  kind: number;
}

/**
 * Counts one passage's acronyms mid-sentence into `uses`: an acronym that a country or another
 * place completes names a kind of institution (a foreign ministry: МИД России, МИД Германии), not
 * one institution, so alone it names none. `isPlace` says whether the next word is a place.
 * (A lower-case adjective before it proves nothing: companies take one too, "austriacka OMV".)
 */
export function countAcronymUses(
  tokens: Token[],
  lang: string,
  uses: Map<string, AcronymUses>,
  isPlace: (word: string) => boolean,
): void {
  if (!isAdjectiveLanguage(lang)) return;
  tokens.forEach((token, i) => {
    if (!token.acronym || token.sentenceStart || !/^\p{Lu}{2,}$/u.test(token.text)) return;
    const use = uses.get(token.text) ?? { total: 0, kind: 0 };
    use.total++;
    const next = tokens[i + 1];
    if (next?.capitalised && !next.sentenceStart && !next.acronym && isSpaceGap(next.before) && isPlace(next.text))
      use.kind++;
    uses.set(token.text, use);
  });
}

function isAdjectiveLanguage(lang: string): boolean {
  return lang === 'pl' || lang === 'pol' || hasAdjectiveNames(lang);
}

/** Share of an acronym's uses that must be a kind's for it to be no name alone. */
const KIND_SHARE = 0.25;

/** Is this acronym, used alone, a common noun of the corpus (МИД, MSZ) rather than a name? */
export function isKindAcronym(acronym: string, uses: Map<string, AcronymUses>): boolean {
  const use = uses.get(acronym);
  return use !== undefined && use.total >= 3 && use.kind >= 2 && use.kind >= KIND_SHARE * use.total;
}
