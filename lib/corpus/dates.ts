/**
 * Finding an article's date: the `date YYYY-MM` header some files start with, or else the first
 * full date written in the text, in the numeric forms news sites use (`14/03/2025`, `14.03.2025`,
 * `2025-03-14`) or with the month spelt out (`14. mars 2025`, `14. März 2025`, `March 14, 2025`,
 * `14 marca 2025`). Month names come from the runtime's own CLDR data (Intl), in many languages,
 * so no month list is kept here. Dates without a year (`14. mars`) are not used.
 */

/** A date found in the text: ISO form, and where it was. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The text of the date as written. */
  written: string;
  start: number;
  end: number;
}

/** The header `date YYYY-MM` (or `YYYY-MM-DD`) at the very start of a file, after optional spaces. */
const DATE_HEADER = /^\s*date:?[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)[ \t]*/i;

/** Parses the `date` header; returns the date (`YYYY-MM` or `YYYY-MM-DD`) and where the header ends. */
export function parseDateHeader(text: string): { date: string; end: number } | null {
  const match = DATE_HEADER.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  if (!isValidDate(Number(year), Number(month), day ? Number(day) : 1)) return null;
  return { date: day ? `${year}-${month}-${day}` : `${year}-${month}`, end: match[0].length };
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Locales whose month names are recognised. A name that means different months in two of these
 * languages (Croatian `listopad` is October, Czech and Polish `listopad` November) is left out.
 */
const MONTH_LOCALES = [
  'da',
  'nb',
  'nn',
  'sv',
  'de',
  'en',
  'fi',
  'pl',
  'nl',
  'fr',
  'es',
  'it',
  'pt',
  'cs',
  'sk',
  'hr',
  'sl',
  'ro',
  'hu',
  'et',
  'lv',
  'lt',
  'is',
  'uk',
  'ru',
  'bg',
  'tr',
  'ca',
  'el',
];

function buildMonthNames(): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    const key = name.toLocaleLowerCase().replace(/\.$/, '');
    if (key.length < 3 || /\d/.test(key)) return;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(month);
  };
  for (const locale of MONTH_LOCALES) {
    const formats = [
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ];
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2025, month - 1, 14));
      for (const format of formats) {
        for (const part of format.formatToParts(date)) {
          if (part.type === 'month') add(part.value, month);
        }
      }
    }
  }
  const names = new Map<string, number>();
  for (const [name, months] of seen) if (months.size === 1) names.set(name, [...months][0]!);
  return names;
}

let monthNames: Map<string, number> | undefined;

function monthOf(name: string): number | undefined {
  monthNames ??= buildMonthNames();
  return monthNames.get(name.toLocaleLowerCase().replace(/\.$/, ''));
}

const WORD = String.raw`\p{L}[\p{L}\p{M}]*\.?`;
// The patterns, each tried over the whole text; the earliest valid date wins.
const NUMERIC_ISO = /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-]|\.\d)/gu;
const NUMERIC_DMY = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/gu;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(${WORD})\s*,?\s+(?:de\s+)?(\d{4})(?!\d)`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(${WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`,
  'gu',
);

/**
 * The first full date written in `text`, or null. Numeric dates are read day first
 * (`03/04/2025` is 3 April), as in the corpus's languages, unless only month-first makes sense
 * (`12/31/2025`).
 */
export function findDateInText(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const push = (match: RegExpExecArray, year: number, month: number, day: number) => {
    if (isValidDate(year, month, day)) {
      candidates.push({
        iso: iso(year, month, day),
        written: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  };
  for (const m of text.matchAll(NUMERIC_ISO)) push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    if (isValidDate(year, b, a)) push(m, year, b, a);
    else push(m, year, a, b);
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(m[2]!);
    if (month) push(m, Number(m[3]), month, Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthOf(m[1]!);
    if (month) push(m, Number(m[3]), month, Number(m[2]));
  }
  candidates.sort((x, y) => x.start - y.start);
  return candidates[0] ?? null;
}

/** Every full date in `text` (for removing dates from a byline line), in text order. */
export function findAllDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  let offset = 0;
  while (offset < text.length) {
    const next = findDateInText(text.slice(offset));
    if (!next) break;
    found.push({ ...next, start: next.start + offset, end: next.end + offset });
    offset += next.end;
  }
  return found;
}
