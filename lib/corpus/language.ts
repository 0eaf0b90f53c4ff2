/**
 * Language detection for articles and passages, on top of `eld` (Nito-ELD, 60 languages).
 *
 * Why eld and not franc: franc-min lacks Danish and Norwegian altogether, and full franc, given
 * the seed paragraphs, called many Norwegian (Bokmål) paragraphs Danish or Nynorsk (it labelled the
 * whole Norwegian seed article Nynorsk). eld's large database told Danish, Norwegian and German
 * apart on every seed paragraph of 80+ characters. eld answers in ISO 639-1 already; its only
 * code that needs mapping is `no`, which becomes `nb`: eld does not tell Bokmål from Nynorsk, and
 * Bokmål is what nearly all Norwegian news is written in.
 *
 * This module loads eld's large n-gram database (about 1 s, 140 MB of memory): it is meant for the
 * build and the CLI in Node, not for the extension's own scripts.
 */
import { eld } from 'eld/large';

/** What the detector made of a text. */
export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when nothing could be said. */
  lang: string;
  /** True when the detector trusts its answer (enough n-grams, a clear winner). */
  reliable: boolean;
  /** Score of every candidate language, higher is better (eld's scale, roughly 0..1). */
  scores: Record<string, number>;
  /** Number of letters the guess was made from. */
  letters: number;
}

/**
 * Groups of closely related languages that share most of their vocabulary. Within a group, a short
 * text rarely carries the few spellings that tell the languages apart, so detection on it is
 * little better than a coin toss; callers use this to fall back to the article's language.
 */
const CLOSE_LANGUAGE_GROUPS: readonly (readonly string[])[] = [
  ['da', 'nb', 'nn', 'no', 'sv'],
  ['cs', 'sk'],
  ['hr', 'sr', 'bs', 'sl'],
  ['es', 'ca', 'gl', 'pt'],
  ['ms', 'id'],
  ['ru', 'uk', 'be', 'bg'],
  ['nl', 'af'],
];

/** True when `a` and `b` are the same language or belong to one group of close languages. */
export function areCloseLanguages(a: string, b: string): boolean {
  if (a === b) return true;
  return CLOSE_LANGUAGE_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

// A private instance, so the setting below does not change eld for other importers; it makes eld
// clean URLs, e-mail addresses, domains and numbers out of a text before scoring it.
const detector = eld.newInstance();
detector.enableTextCleanup(true);

/** eld reads only the first 1000 characters of a text, so longer texts are scored in pieces. */
const ELD_WINDOW = 1000;

function toIso6391(eldCode: string): string {
  if (eldCode === 'no') return 'nb';
  return /^[a-z]{2,3}$/.test(eldCode) ? eldCode : 'und';
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** At most this many windows of a long text are scored, spread evenly over it. */
const MAX_WINDOWS = 40;

/**
 * Cuts a text into pieces of at most `size` characters, at whitespace where possible; of a long
 * text only MAX_WINDOWS pieces spread over it are kept (40,000 characters say enough).
 */
function windows(text: string, size: number): string[] {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    // Searched within the window only: lastIndexOf from an offset would scan back to the start.
    const space = text.slice(start, start + size + 1).lastIndexOf(' ');
    const cut = space < size / 2 ? start + size : start + space;
    bounds.push([start, cut]);
    start = cut;
  }
  if (text.slice(start).trim()) bounds.push([start, text.length]);
  const step = Math.max(1, bounds.length / MAX_WINDOWS);
  const picked: string[] = [];
  for (let i = 0; i < bounds.length && picked.length < MAX_WINDOWS; i += step) {
    const [from, to] = bounds[Math.floor(i)]!;
    picked.push(text.slice(from, to));
  }
  return picked;
}

/**
 * Guesses the language of a text of any length, with the detector's scores. A long text is
 * scored window by window and the scores summed, weighted by each window's letters.
 */
export function guessLanguage(text: string): LanguageGuess {
  const letters = countLetters(text);
  if (letters < 3) return { lang: 'und', reliable: false, scores: {}, letters };
  const pieces = windows(text, ELD_WINDOW);
  if (pieces.length === 1) {
    const result = detector.detect(text);
    const lang = result.language ? toIso6391(result.language) : 'und';
    const scores = mapScores(result.getScores());
    return { lang, reliable: lang !== 'und' && result.isReliable(), scores, letters };
  }
  const summed: Record<string, number> = {};
  let weightTotal = 0;
  let reliableWeight = 0;
  for (const piece of pieces) {
    const weight = countLetters(piece);
    if (weight === 0) continue;
    const result = detector.detect(piece);
    for (const [code, score] of Object.entries(mapScores(result.getScores()))) {
      summed[code] = (summed[code] ?? 0) + score * weight;
    }
    weightTotal += weight;
    if (result.isReliable()) reliableWeight += weight;
  }
  const scores: Record<string, number> = {};
  for (const [code, score] of Object.entries(summed)) scores[code] = score / weightTotal;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best) return { lang: 'und', reliable: false, scores, letters };
  // Reliable when most of the text was reliably scored and the winner is clearly ahead.
  const second = ranked[1]?.[1] ?? 0;
  const reliable = reliableWeight >= weightTotal / 2 && best[1] - second > 0.01;
  return { lang: best[0], reliable, scores, letters };
}

function mapScores(raw: Record<string, number>): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [code, score] of Object.entries(raw)) scores[toIso6391(code)] = score;
  return scores;
}

/**
 * The language of a text as an ISO 639-1 code ('da', 'nb', 'de', 'en', …), or 'und' when the
 * detector is unsure (too few letters, or no clear winner).
 */
export function detectLanguage(text: string): string {
  const guess = guessLanguage(text);
  return guess.reliable ? guess.lang : 'und';
}

/** Below this many letters a passage keeps its article's language (names dominate short text). */
export const MIN_LETTERS_FOR_OWN_LANGUAGE = 40;
/** Below this many letters a passage keeps its article's language when the two are close languages. */
export const MIN_LETTERS_FOR_CLOSE_LANGUAGE = 250;

/**
 * The language of one passage of an article whose language is `articleLang`.
 *
 * A passage gets a language of its own only when the detector is sure and the passage is long
 * enough to be sure about: at least {@link MIN_LETTERS_FOR_OWN_LANGUAGE} letters for a language
 * unrelated to the article's (a Vietnamese caption in a Norwegian article is obvious), and at
 * least {@link MIN_LETTERS_FOR_CLOSE_LANGUAGE} letters with a clear lead over the article's
 * language for a close one (a one-line Norwegian subheading reads as Danish as often as not).
 * Otherwise it takes the article's language, which was detected from far more text.
 */
export function passageLanguage(guess: LanguageGuess, articleLang: string): string {
  if (articleLang === 'und') return guess.reliable ? guess.lang : 'und';
  if (!guess.reliable || guess.lang === articleLang || guess.lang === 'und') return articleLang;
  if (!areCloseLanguages(guess.lang, articleLang)) {
    return guess.letters >= MIN_LETTERS_FOR_OWN_LANGUAGE ? guess.lang : articleLang;
  }
  const lead = (guess.scores[guess.lang] ?? 0) - (guess.scores[articleLang] ?? 0);
  return guess.letters >= MIN_LETTERS_FOR_CLOSE_LANGUAGE && lead > 0.05 ? guess.lang : articleLang;
}
