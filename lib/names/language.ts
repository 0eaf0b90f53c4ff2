/**
 * Which language a text is in, for the matcher's ending rules and common-word lists: the element's
 * `lang` attribute, else the page's, else a detector's guess on the text itself. Pure: the detector
 * is passed in (the CLI passes eld's; the content script passes none, since eld's smallest
 * n-gram table is about 1 MB, too much to load into every page).
 */

/** A language detector: ISO 639-1 code, or undefined when it cannot tell. */
export type DetectLanguage = (text: string) => string | undefined;

/** Codes that say "no particular language". */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** Primary subtag of a BCP 47 tag, lower case ("en-GB" → "en"); undefined for none or "und". */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag);
  if (!m) return undefined;
  const code = m[1]!.toLowerCase();
  return NO_LANGUAGE.has(code) ? undefined : code;
}

/**
 * The language of a text: the element's lang (the nearest ancestor's, as the DOM inherits it), else
 * the page's, else `detect(text)` when given; undefined when nothing says.
 */
export function textLanguage(
  elementLang: string | null | undefined,
  pageLang: string | null | undefined,
  text: string,
  detect?: DetectLanguage,
): string | undefined {
  return primaryLanguage(elementLang) ?? primaryLanguage(pageLang) ?? (detect && text ? detect(text) : undefined);
}
