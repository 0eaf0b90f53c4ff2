/**
 * Case endings, in key space (see key.ts: endings are written as their keys, so Polish -iego is
 * "ieho", Hungarian -hoz "hos", Czech -ého "eho"). Used only at run time on page words; aliases are
 * keyed uninflected.
 *
 * Two ways a page word's key can end on an alias token's key:
 * - ATTACHED: the ending follows the whole alias key: Putins, Putina, Putinem, Putinin, Putyinnak,
 *   Selenskyjs, Ukrainas, Kijevben, Zelenszkijjel, Κίεβο (Kiev + o).
 * - REPLACING: the alias key's final vowel(s) give way to the ending: Ukraina → Ukrainy, Ukrainie,
 *   Ukrainassa; Moskva → Moskvy, Moskvě. Adjectival surnames (-ski: Zelenskyj, Zełenski) take
 *   adjectival endings instead: Зеленського, Zełenskiego, Zelenského, Zelenskega, Zelenskog, but
 *   never the feminine -a/-aja/-ou (Zelenska is his wife, a different person).
 * Endings a different word would have are left out on purpose: -er (Ukrainer), -ian (Ukrainian),
 * -ism, -ist, -sk- (putinskij): those are other words, not the name.
 */

import { foldWord, keyOfFolded } from './key';

const foldEnding = (e: string): string => foldWord(e);

/** Endings as written (before keying), kept readable; the exported lists are their keys. */
const ATTACHED: readonly string[] = [
  // Germanic genitives and Nordic definite forms
  's',
  'es',
  'ens',
  'n',
  'en',
  // Slavic nouns (pl, cs, sk, sl, hr, sr, ru, uk, be, bg)
  'a',
  'u',
  'e',
  'ie',
  'em',
  'om',
  'ovi',
  'ou',
  'i',
  'im',
  'ov',
  'ih',
  'ah',
  'am',
  'ami',
  'ia',
  'iu',
  'o',
  'ei',
  // Finnish and Estonian (after a consonant a linking i: Putinille)
  'in',
  'iin',
  'ia',
  'ille',
  'illa',
  'ilta',
  'ista',
  'issa',
  'ina',
  'iksi',
  'lle',
  'lla',
  'lta',
  'ssa',
  'sta',
  'ksi',
  'na',
  'ta',
  'ni',
  'ile',
  // Hungarian (the -val/-vel and -nak after a doubled consonant collapse, see lookup)
  'nak',
  'nek',
  'al',
  'el',
  'val',
  'vel',
  'ban',
  'ben',
  'ba',
  'be',
  'rol',
  'tol',
  'hos',
  'nal',
  'nel',
  'on',
  'ot',
  'et',
  't',
  'ra',
  're',
  'ert',
  'ig',
  'kor',
  'hoz',
  'ul',
  // Baltic, Estonian, Romanian, Albanian, Greek
  'as',
  'is',
  'ui',
  'ului',
  'ul',
  'os',
  'ou',
  'it',
  'ga',
  'le',
  'lt',
  'st',
  'sse',
  'ie',
  'iem',
  'ai',
  'am',
  'iga',
  'ile',
  'ilt',
  'ist',
  'isse',
  'iks',
  'ini',
  'il',
  'bol',
  'rol',
  'tol',
  'hez',
  'hoz',
  'nal',
  'vel',
  'ës',
  'ës',
  'in',
  'ës',
  'u',
  'ov',
  'ovi',
  'ove',
];

/** Endings that replace the final vowel(s) of a noun key (Ukraina, Moskva, Rossija). */
const REPLACING: readonly string[] = [
  'a',
  'i',
  'e',
  'u',
  'o',
  'ie',
  'ou',
  'oi',
  'ei',
  'iu',
  'ia',
  'om',
  'ami',
  'ah',
  'am',
  'ou',
  'ei',
  'ii',
  'as',
  'os',
  'is',
  'es',
  'an',
  'en',
  'in',
  'ssa',
  'sta',
  'lla',
  'lta',
  'lle',
  'ksi',
  'na',
  'ta',
  'assa',
  'asta',
  'alla',
  'alta',
  'alle',
  'aksi',
  'ana',
  'ata',
  'aan',
  'ban',
  'ben',
  'aban',
  'aba',
  'ahos',
  'arol',
  'atol',
  'anak',
  'aval',
  'at',
  'aig',
  'ai',
  'os',
  'us',
  'iei',
  'ei',
  'em',
  'ach',
  'ami',
  'oju',
  'oj',
  'oju',
  'oiu',
  'eiu',
  'ieiu',
  'oje',
  'ioje',
  'ios',
  'iai',
  'iu',
  'ije',
  'iji',
  'ijo',
  'ijom',
  'ise',
  'ës',
  'isë',
  'ą',
  'ę',
  'ā',
  'ē',
  'ego',
  'iego',
  'emu',
  'iemu',
  'eho',
  'ého',
  'zie',
];

/** Endings that replace the final vowel of an adjectival surname key ending in -ski. */
const ADJECTIVAL: readonly string[] = [
  'i',
  'e',
  'ie',
  'oho',
  'eho',
  'ieho',
  'oha',
  'eha',
  'omu',
  'emu',
  'iemu',
  'im',
  'imi',
  'ima',
  'om',
  'em',
  'oh',
  'ih',
  'io',
  'is',
  'ui',
  'ii',
  'ovi',
  'iei',
  'iui',
  'ij',
  'ijs',
  'im',
  'ego',
  'emu',
  'iego',
  'iemu',
  'iho',
  'yho',
  'aga',
  'amu',
  'ym',
];

/**
 * Endings that also change the stem's last consonant, [ending as written, consonant it replaces]:
 * Polish Bachmut → Bachmucie, Łukaszenka → Łukaszence, Praga → Pradze; Czech Praha → Praze;
 * Ukrainian/Croatian Amerika → Америці / Americi.
 */
const ALTERNATING: readonly [string, string][] = [
  ['cie', 't'],
  ['sie', 's'],
  ['zie', 'z'],
  ['dzie', 'd'],
  ['ce', 'k'],
  ['dze', 'g'],
  ['rze', 'r'],
  ['ze', 'h'],
  ['ci', 'k'],
  ['ці', 'к'],
  ['зі', 'г'],
  ['сі', 'х'],
  ['ście', 'st'],
  ['ěte', 't'],
];

/** Endings in key space (ssa → sa, iego → ieho), without duplicates. */
function endingKeys(endings: readonly string[]): readonly string[] {
  return [...new Set(endings.map((e) => keyOfFolded(foldEnding(e), false)))];
}
export const ATTACHED_ENDINGS = endingKeys(ATTACHED);
export const REPLACING_ENDINGS = endingKeys(REPLACING);
export const ADJECTIVAL_ENDINGS = endingKeys(ADJECTIVAL);
/** [ending key, key of the consonant it replaces], e.g. ['sie', 't'] (c is s in key space). */
export const ALTERNATING_ENDINGS: readonly [string, string][] = [
  ...new Map(
    ALTERNATING.map(([e, c]) => [
      `${keyOfFolded(foldEnding(e), false)}>${keyOfFolded(foldEnding(c), false)}`,
      [keyOfFolded(foldEnding(e), false), keyOfFolded(foldEnding(c), false)] as [string, string],
    ]),
  ).values(),
];

const VOWEL_TAIL = /[aeiou]+$/;
/** -ski, -skii, -skoi (Zelenskyj, Zelenskõi, Tolstoj): adjectival surnames. */
const ADJECTIVAL_KEY = /sk[aeiou]?i$/;

/** How a key takes endings: 0 attached only (consonant-final), 1 noun with vowel, 2 adjectival. */
export type KeyClass = 0 | 1 | 2;

export function keyClass(key: string): KeyClass {
  if (ADJECTIVAL_KEY.test(key)) return 2;
  return VOWEL_TAIL.test(key) ? 1 : 0;
}

/** The part of a vowel-final key that replacing endings attach to; the key itself otherwise. */
export function stemOf(key: string): string {
  return key.replace(VOWEL_TAIL, '');
}

/** Shortest key that takes endings: shorter ones (EU, USA) would turn too many words into names. */
export const MIN_STEM = 3;
/**
 * Shortest stem that takes replacing endings: NATO's stem "nat" would read Nathan (nat+an), Russia's
 * "ros" Roza. Short names' inflected forms come from variants.ts instead (России, Rosji).
 */
export const MIN_REPLACING_STEM = 4;
/** A three-letter key takes only one- or two-letter endings (Tass+in, but not Tas+ks "Tasks"). */
export const MAX_ENDING_ON_SHORT = 2;

/**
 * Which endings a text's language puts on names. A language without case endings must not turn its
 * own words into inflected names through another language's endings (English "Summit" is not a
 * Hungarian accusative of Sumy), so an English, French or Dutch text gets the possessive or plural
 * -s only, a German or Nordic one the Germanic genitives and definite forms, and a text of any other
 * or unknown language all the endings above.
 */
export interface EndingProfile {
  /** Profile name, for caches: 'all', 'germanic' or 's'. */
  name: string;
  attached: readonly string[];
  /** Whether vowel-replacing, adjectival and consonant-alternating endings apply. */
  replacing: boolean;
  /** The endings folded as written, not keyed (for the builder's word lists). */
  folds: ReadonlySet<string>;
}

const profile = (name: string, attached: readonly string[], replacing: boolean): EndingProfile => ({
  name,
  attached: endingKeys(attached),
  replacing,
  folds: new Set(
    [...attached, ...(replacing ? [...REPLACING, ...ADJECTIVAL, ...ALTERNATING.map(([e]) => e)] : [])]
      .map(foldEnding)
      .filter(Boolean),
  ),
});
export const ALL_ENDINGS: EndingProfile = profile('all', ATTACHED, true);
const S_ONLY = profile('s', ['s'], false);
const GERMANIC = profile('germanic', ['s', 'es', 'ens', 'n', 'en'], false);

/** Languages (ISO 639-1) whose names take no case endings, only -s (English, Romance, Dutch). */
const S_ONLY_LANGS = new Set(['en', 'fr', 'es', 'it', 'pt', 'ca', 'gl', 'nl', 'af']);
/** Germanic languages with -s genitives and -en/-n definite forms. */
const GERMANIC_LANGS = new Set(['de', 'da', 'nb', 'nn', 'no', 'sv', 'lb']);

/** The endings of a language (primary subtag, lower case); undefined or unknown: all endings. */
export function endingProfile(lang: string | undefined): EndingProfile {
  if (!lang) return ALL_ENDINGS;
  if (S_ONLY_LANGS.has(lang)) return S_ONLY;
  if (GERMANIC_LANGS.has(lang)) return GERMANIC;
  return ALL_ENDINGS;
}

/**
 * Endings of Slavic languages alone, for the corpus build, which knows each mention's language: a
 * Polish or Russian text must not join two names through a Hungarian or Finnish ending (Harrison is
 * no Harris + Hungarian -on, Haaretz no Harry + Baltic -es). Pages keep the lenient lists above.
 */
const SLAVIC_ATTACHED: readonly string[] = [
  ...['a', 'u', 'e', 'ie', 'em', 'om', 'ovi', 'ou', 'i', 'im', 'ym', 'ov', 'ih', 'ah', 'am', 'ami'],
  ...['ia', 'iu', 'o', 'ei', 'ove', 'ach', 'ech', 'ów', 'owi', 'ой', 'ом', 'ым', 'ем', 'ах', 'ами'],
];
const SLAVIC_REPLACING: readonly string[] = [
  ...['a', 'i', 'e', 'u', 'o', 'ie', 'ou', 'oi', 'ei', 'iu', 'ia', 'om', 'ami', 'ah', 'am', 'ii'],
  ...['em', 'ach', 'ech', 'oju', 'oj', 'oje', 'ioje', 'ije', 'iji', 'ijo', 'ijom', 'ą', 'ę', 'ego'],
  ...['iego', 'emu', 'iemu', 'eho', 'ého', 'zie', 'iei', 'oiu', 'eiu', 'ieiu', 'ta', 'to'],
];
/** Languages with Slavic case endings (ISO 639-1). */
const SLAVIC_LANGS = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk', 'bg', 'ru', 'uk', 'be', 'sh']);

/** The endings the corpus build may read on a mention of one language (keys; see {@link endingProfile}). */
export interface BuildEndings {
  attached: ReadonlySet<string>;
  replacing: ReadonlySet<string>;
  /** Adjectival, possessive and consonant-alternating endings (Slavic, or a language not known). */
  slavicForms: boolean;
}

const buildEndingsCache = new Map<string, BuildEndings>();

/** {@link BuildEndings} of a language; undefined or unknown: every ending. */
export function buildEndings(lang: string | undefined): BuildEndings {
  const name = lang && SLAVIC_LANGS.has(lang) ? 'slavic' : endingProfile(lang).name;
  let endings = buildEndingsCache.get(name);
  if (!endings) {
    if (name === 'slavic') {
      endings = {
        attached: new Set(endingKeys(SLAVIC_ATTACHED)),
        replacing: new Set(endingKeys(SLAVIC_REPLACING)),
        slavicForms: true,
      };
    } else {
      const profile = endingProfile(lang);
      endings = {
        attached: new Set(profile.attached),
        replacing: new Set(profile.replacing ? REPLACING_ENDINGS : []),
        slavicForms: profile.replacing,
      };
    }
    buildEndingsCache.set(name, endings);
  }
  return endings;
}
