/**
 * Who an article comes from: the agency signature (`/ritzau/Reuters`), a byline or dateline at the
 * top (`Af Anders Jensen`, `Báo Thanh niên 14/03/2025`), an agency line or dateline tag
 * (`Reuters`, `Berlin (dpa) -`), a source line (`Kilde: https://…`, `Quelle: dpa`), or an
 * attribution in the text (`Wie NUME.ch berichtet`, `Det skriver nyhedsbureauet Reuters`).
 */
import { findAllDates } from './dates';
import { normalizeSpace, SOURCE_LINE, SENTENCE_END } from './boilerplate';

/** News agencies, as they sign. Matched without regard to case; returned as written in the text. */
const AGENCIES = [
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'dpa',
  'Ritzau',
  'NTB',
  'TT',
  'ANP',
  'APA',
  'Keystone-SDA',
  'SDA',
  'KNA',
  'epd',
  'ANSA',
  'EFE',
  'PAP',
  'STT',
  'ČTK',
  'CTK',
  'Belga',
  'Lusa',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Ukrinform',
  'UNIAN',
  'Kyodo',
  'Yonhap',
  'Bloomberg',
  'Anadolu',
  'BTA',
  'HINA',
  'MTI',
  'LETA',
  'BNS',
  'ELTA',
  'Agerpres',
  'Europa Press',
  'PTI',
  'Scanpix',
  'Ritzau Scanpix',
];
const AGENCY = `(?:${AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
const AGENCY_LIST = `${AGENCY}(?:\\s*[/,&]\\s*${AGENCY})*`;

/** A proper name of a medium: up to four capitalised words, or a domain like `NUME.ch` (bounded, so no regex runs away). */
const NAME = String.raw`(${AGENCY}(?![\p{L}])|\p{Lu}[\p{L}\p{N}&'’.-]{0,40}(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]{0,40}){0,3})`;

function cleanName(name: string): string {
  return normalizeSpace(name).replace(/[.,:;]+$/u, '');
}

/** The first news agency named in `text` (`By Jane Doe, Reuters` → `Reuters`), or null. */
export function findAgency(text: string): string | null {
  return new RegExp(`(?<![\\p{L}])(${AGENCY})(?![\\p{L}])`, 'u').exec(text)?.[1] ?? null;
}

/** `/ritzau/Reuters` → `ritzau/Reuters`; `/ritzau/` → `ritzau`. Null when the line is not a signature. */
export function parseSignature(rawText: string): string | null {
  if (rawText.length > 120) return null;
  const text = normalizeSpace(rawText);
  const match = /^\/\s*(\p{L}[\p{L}\p{N} .&'-]{0,30}(?:\s*\/\s*\p{L}[\p{L}\p{N} .&'-]{0,30})*)\s*\/?$/u.exec(text);
  if (!match) return null;
  return match[1]!
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('/');
}

/** A line that is only an agency name or names: `Reuters`, `AFP/dpa`, `(NTB)`, `(©NTB)`. */
export function parseAgencyLine(rawText: string): string | null {
  const text = normalizeSpace(rawText);
  const match = new RegExp(`^[(©\\s]*(${AGENCY_LIST})\\s*\\)?\\.?$`, 'iu').exec(text);
  return match ? match[1]!.replace(/\s*([/,&])\s*/g, '$1') : null;
}

const DATELINE_TAG = new RegExp(`^[^.!?]{0,60}?\\((${AGENCY_LIST})\\)\\s*[-–—:]\\s*`, 'iu');

/** The text without a leading dateline tag: `Kiew (dpa) - Die Ukraine …` → `Die Ukraine …`. */
export function stripDatelineTag(text: string): string {
  const rest = text.replace(DATELINE_TAG, '');
  return rest.length > 0 ? rest : text;
}

/** A dateline tag at the start of a paragraph: `Berlin (dpa) - …`, `KYIV (Reuters) -`. */
export function parseDatelineAgency(rawText: string): string | null {
  const head = normalizeSpace(rawText).slice(0, 120);
  const match = DATELINE_TAG.exec(head);
  return match ? match[1]!.replace(/\s*([/,&])\s*/g, '$1') : null;
}

const BYLINE_PREFIX =
  /^(?:af|av|von|by|door|par|por|di|przez|text|tekst|texte|autor|autorin|author|skrevet af|skrevet av|written by|kirjoittanut|toimittaja)\s*:?\s+/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|der|den|af|al|bin|el|la|le|di|du|ter|ten)$/u;

/**
 * A byline at the top of an article: `Af Anders Jensen`, `By Jane Doe and John Roe, Reuters`.
 * Returns the names as written (without the "by"), or null when the words after "by" are not names.
 */
export function parseBylineLine(rawText: string): string | null {
  const text = normalizeSpace(rawText);
  if (text.length > 90) return null;
  const prefix = BYLINE_PREFIX.exec(text);
  if (!prefix) return null;
  const rest = text.slice(prefix[0].length).replace(/[.]$/u, '');
  if (!/^\p{Lu}/u.test(rest)) return null;
  const people = rest.split(/\s*(?:,|\bog\b|\band\b|\bund\b|\boch\b|\bja\b|\bet\b|\bi\b|&)\s*/u).filter(Boolean);
  const allNames = people.every((person) => {
    const words = person.split(' ');
    return words.length <= 4 && words.every((word) => NAME_WORD.test(word)) && /\p{Lu}/u.test(person);
  });
  return allNames ? rest : null;
}

/** Words around a date in a dateline ("Published", "Opdateret", "kl.") that are not a name. */
const PUBLISHING_WORDS =
  /(?<!\p{L})(?:published|updated|posted|publiceret|udgivet|opdateret|publisert|oppdatert|publicerad|uppdaterad|veröffentlicht|aktualisiert|julkaistu|päivitetty|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|cập nhật|đăng lúc)(?!\p{L})/iu;
/** Small words around a date in a dateline ("am", "kl.", "ngày") that are not part of a name. */
const DATELINE_WORDS = /(?<!\p{L})(?:am|um|den|kl|klo|at|on|le|el|à|a las|alle|godz|ngày|lúc)(?!\p{L})\.?/giu;
/** Words that name the kind of publication before its name (Vietnamese "Báo" = newspaper), dropped. */
const PUBLICATION_PREFIX = /^(?:báo|tạp chí|tờ báo|zeitung|newspaper|avisen|tidningen|krant)\s+/iu;
/** The same as a suffix, as translations put it ("Thanh Nien Newspaper"). */
const PUBLICATION_SUFFIX = /\s+(?:newspaper|magazine)$/iu;

/**
 * The publication named in a dateline such as `Báo Thanh niênBáo Thanh niên14/03/2025`:
 * the line without its dates, times and "published/updated" words; a name printed twice (logo
 * and text) is kept once; a generic "newspaper" word in front is dropped; an all-lower-case word
 * gets a capital, as names do (`Thanh niên` → `Thanh Niên`). Null when nothing name-like is left.
 */
export function publicationFromDateline(rawText: string): string | null {
  let text = normalizeSpace(rawText);
  // "Published 14 March 2025" names when, not who.
  if (PUBLISHING_WORDS.test(text)) return null;
  for (const date of findAllDates(text).reverse()) text = `${text.slice(0, date.start)} ${text.slice(date.end)}`;
  text = text
    .replace(/\b\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|Uhr))?\b/giu, ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/[|·•–—,()]+/gu, ' ')
    .replace(/(?:^|\s)-(?=\s|$)/gu, ' ');
  text = normalizeSpace(text);
  // A name printed twice, with or without a space between: "XY XY" or "XYXY".
  const compact = text.length % 2 === 0 ? text.slice(0, text.length / 2) : null;
  if (compact && compact + compact === text) text = compact;
  const halves = /^(.+?)\s+\1$/u.exec(text);
  if (halves) text = halves[1]!;
  text = normalizeSpace(text.replace(PUBLICATION_PREFIX, '').replace(PUBLICATION_SUFFIX, ''));
  if (!/\p{L}{2}/u.test(text) || text.length > 40 || text.split(' ').length > 5 || SENTENCE_END.test(text)) {
    return null;
  }
  if (text.includes('.')) return text; // a domain keeps its spelling
  return text
    .split(' ')
    .map((word) =>
      word.length >= 2 && word === word.toLocaleLowerCase() ? word[0]!.toLocaleUpperCase() + word.slice(1) : word,
    )
    .join(' ');
}

/** A source line: `Kilde: https://…` gives a URL; `Quelle: dpa` gives a name. */
export function parseSourceLine(rawText: string): { name: string | null; url: string | null } | null {
  const match = SOURCE_LINE.exec(normalizeSpace(rawText));
  if (!match) return null;
  const value = match[1]!;
  const url = /\bhttps?:\/\/[^\s<>"]+/iu.exec(value)?.[0]?.replace(/[.,;)]+$/u, '') ?? null;
  const rest = cleanName(value.replace(/\bhttps?:\/\/[^\s<>"]+/giu, ' ').replace(/[-–—|,]+/gu, ' '));
  const name = rest && /\p{L}{2}/u.test(rest) && rest.length <= 60 ? rest : null;
  if (!url && !name) return null;
  return { name, url };
}

/** The host of a URL without `www.`, e.g. `thanhnien.vn`; null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

const NEWS_NOUN =
  '(?:nyhedsbureauet|nyhetsbyrået|nyhetsbyrån|avisen|tidningen|dagbladet|mediet|tv-stationen|tv-kanalen|kanalen|nettstedet|nettavisen|netavisen|webstedet|hjemmesiden|news agency|newspaper|broadcaster|Nachrichtenagentur|Agentur|Zeitung|Portal|Nachrichtenportal|Sender|agence|agencia|agenzia|agencji|gazety|persbureau|krant|uutistoimisto)';
const ACCORDING_TO =
  '(?:[Ii]følge|[Ii]flg\\.|[Ee]nligt|[Aa]ccording to|[Ll]aut|[Ss]elon|[Ss]egún|[Ss]econdo|[Ww]edług|[Vv]olgens)';

/** Attribution phrases, most specific first; group 1 is the medium's name. */
const ATTRIBUTIONS: RegExp[] = [
  // de: "Wie NUME.ch berichtet", "wie die Nachrichtenagentur dpa meldet"
  new RegExp(
    String.raw`\b[Ww]ie\s+(?:(?:die|der|das)\s+)?(?:${NEWS_NOUN}\s+)?${NAME}\s+(?:unter Berufung auf [^,.]{1,60}\s+)?(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b`,
    'u',
  ),
  // da/nb/sv: "Det skriver nyhedsbureauet Reuters", "det melder den britiske avis The Guardian"
  new RegExp(
    String.raw`\b[Dd]et\s+(?:skriver|skrev|oplyser|melder|meldte|rapporterer|rapporterede|rapporterte|uppger|rapporterar)\s+(?:(?:den|det|de)\s+(?:\p{Ll}+\s+){0,3})?(?:${NEWS_NOUN}\s+)?${NAME}`,
    'u',
  ),
  // "ifølge nyhedsbureauet Reuters", "according to the news agency Interfax"
  new RegExp(
    String.raw`\b${ACCORDING_TO}\s+(?:(?:the|der|die|das|den|det|l'|la|el|il)\s+)?(?:\p{Ll}+\s+){0,2}${NEWS_NOUN}\s+${NAME}`,
    'u',
  ),
  // "ifølge Reuters", "laut dpa", "according to AFP": agencies only, never a person's name
  new RegExp(String.raw`\b${ACCORDING_TO}\s+(${AGENCY})(?![\p{L}])`, 'iu'),
  // en: "Reuters reported"
  new RegExp(
    String.raw`(?<![\p{L}\d.-])(${AGENCY}|[\p{L}\d-]{2,40}\.[a-z]{2,6})\s+(?:reported|reports|reporterte|rapporterede|berichtete|berichtet)\b`,
    'iu',
  ),
];

/** The first medium the text credits ("Wie NUME.ch berichtet" → `NUME.ch`), or null. */
export function findAttribution(text: string): string | null {
  let best: { index: number; name: string } | null = null;
  for (const pattern of ATTRIBUTIONS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, name: cleanName(match[1]!) };
  }
  return best?.name ?? null;
}
