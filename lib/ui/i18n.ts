/**
 * UI text through the browser's i18n (`public/_locales/<lang>/messages.json`). Outside an extension
 * (unit tests) or for a missing key, the key itself is shown, so a gap is visible rather than blank.
 */

/** The translated message `key`, with `$1`-style substitutions. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
    const message = getMessage(key, substitutions.map(String));
    if (message) return message;
  } catch {
    // No i18n API here (tests): fall through to the key.
  }
  return substitutions.length ? `${key} ${substitutions.join(' ')}` : key;
}

/** The browser UI's language, for dates and language names. */
function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

let languageNames: Intl.DisplayNames | undefined;

/** "Danish", "Dansk", "Dänisch" … for a language code; the code itself when unknown or undetermined. */
export function languageName(code: string): string {
  if (!code || code === 'und') return t('languageUnknown');
  try {
    languageNames ??= new Intl.DisplayNames([uiLanguage()], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `2023-06` → "June 2023", `2025-03-14` → "14 March 2025" (in the UI language); null → "undated". */
export function formatDate(date: string | null): string {
  if (!date) return t('dateUnknown');
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  try {
    const value = new Date(Date.UTC(year, month - 1, day ?? 1));
    const options: Intl.DateTimeFormatOptions = day
      ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(uiLanguage(), options).format(value);
  } catch {
    return date;
  }
}

/** The translated name of an entity type. */
export function entityTypeName(type: string): string {
  return t(type === 'person' ? 'typePerson' : type === 'place' ? 'typePlace' : 'typeOrganisation');
}
