/**
 * The user's on/off switches, stored with WXT storage in `storage.local` so they are sticky and
 * shared by every context (content scripts apply changes at once through the watch helpers).
 */
import { storage } from 'wxt/utils/storage';

/** Whether Factlight may highlight on a page: off globally, off on this site, or on. */
export interface Settings {
  /** The global switch. */
  enabled: boolean;
  /** Host names (lower case, as in `location.hostname`) where Factlight is switched off. */
  disabledSites: string[];
}

/** The global switch; on unless the user turned it off. */
export const enabledItem = storage.defineItem<boolean>('local:factlight.enabled', { fallback: true });

/** Sites (host names) switched off by the user. */
export const disabledSitesItem = storage.defineItem<string[]>('local:factlight.disabledSites', { fallback: [] });

/** Normalises a host name for the per-site list (lower case, no trailing dot). */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

/** True when Factlight should run on `hostname` under `settings`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  return !settings.disabledSites.includes(key);
}

/** Reads both switches. Storage errors count as the defaults (on), never as an exception. */
export async function getSettings(): Promise<Settings> {
  try {
    const [enabled, disabledSites] = await Promise.all([enabledItem.getValue(), disabledSitesItem.getValue()]);
    return { enabled: enabled !== false, disabledSites: Array.isArray(disabledSites) ? disabledSites : [] };
  } catch {
    return { enabled: true, disabledSites: [] };
  }
}

/** Turns Factlight on or off everywhere. */
export async function setEnabled(enabled: boolean): Promise<void> {
  await enabledItem.setValue(enabled);
}

/** Switches Factlight off (`on = false`) or back on for one site. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const key = siteKey(hostname);
  if (!key) return;
  const current = (await getSettings()).disabledSites;
  const next = on ? current.filter((site) => site !== key) : current.includes(key) ? current : [...current, key];
  await disabledSitesItem.setValue(next);
}

/** Is Factlight on for this site (both switches)? */
export async function isEnabledFor(hostname: string): Promise<boolean> {
  return isActiveOn(await getSettings(), hostname);
}

/**
 * Calls `callback` with the new settings whenever either switch changes. Returns the function that
 * stops watching.
 */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const changed = () => {
    void getSettings().then(callback, () => undefined);
  };
  const unwatchEnabled = enabledItem.watch(changed);
  const unwatchSites = disabledSitesItem.watch(changed);
  return () => {
    unwatchEnabled();
    unwatchSites();
  };
}
