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

// ---------------------------------------------------------------------------------------------
// Display settings (library page → content scripts). Each is one versioned WXT storage item in
// `storage.local`; content scripts watch them and apply a change at once, without a reload.
// Kept free of zod so the content script can import this module.
// ---------------------------------------------------------------------------------------------

/** The entity types Factlight knows (same values as the bundle's `EntityType`). */
export const HIGHLIGHT_TYPES = ['person', 'place', 'organisation'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

/** How a highlighted name is drawn. */
export interface HighlightStyle {
  /** `underline`: a coloured underline (the default); `background`: a tinted background. */
  mode: 'underline' | 'background';
  /** One CSS colour (`#rrggbb`) per type, used in light mode; dark mode lightens it. */
  colors: Record<HighlightType, string>;
}

export const DEFAULT_HIGHLIGHT_STYLE: HighlightStyle = {
  mode: 'underline',
  colors: { person: '#1a73e8', place: '#188038', organisation: '#c5221f' },
};

/** A name the user asked never to highlight. The name is kept for the settings list. */
export interface MutedEntity {
  id: string;
  name: string;
}

/** Hover intent delay before a card opens, in ms (bounds enforced by {@link clampHoverDelay}). */
export const DEFAULT_HOVER_DELAY_MS = 150;
export const HOVER_DELAY_BOUNDS = { min: 0, max: 2000 } as const;

/** Which types are highlighted; all by default. */
export const highlightTypesItem = storage.defineItem<HighlightType[]>('local:factlight.highlightTypes', {
  fallback: [...HIGHLIGHT_TYPES],
  version: 1,
});

/** Underline or background, and the colour per type. */
export const highlightStyleItem = storage.defineItem<HighlightStyle>('local:factlight.highlightStyle', {
  fallback: DEFAULT_HIGHLIGHT_STYLE,
  version: 1,
});

/** Entities never highlighted (muted from the card or the library page). */
export const mutedEntitiesItem = storage.defineItem<MutedEntity[]>('local:factlight.mutedEntities', {
  fallback: [],
  version: 1,
});

/** Hover delay in ms. */
export const hoverDelayItem = storage.defineItem<number>('local:factlight.hoverDelayMs', {
  fallback: DEFAULT_HOVER_DELAY_MS,
  version: 1,
});

/** Everything the content script needs to draw, read at once. */
export interface DisplaySettings {
  types: HighlightType[];
  style: HighlightStyle;
  muted: MutedEntity[];
  hoverDelayMs: number;
}

export function clampHoverDelay(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return DEFAULT_HOVER_DELAY_MS;
  return Math.round(Math.min(HOVER_DELAY_BOUNDS.max, Math.max(HOVER_DELAY_BOUNDS.min, ms)));
}

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Checks values read from storage, which another version or a damaged profile may have written:
 * anything malformed falls back to its default, never to an exception in a page.
 */
export function normaliseDisplaySettings(raw: {
  types?: unknown;
  style?: unknown;
  muted?: unknown;
  hoverDelayMs?: unknown;
}): DisplaySettings {
  const types = Array.isArray(raw.types)
    ? HIGHLIGHT_TYPES.filter((type) => (raw.types as unknown[]).includes(type))
    : [...HIGHLIGHT_TYPES];
  const style = raw.style as Partial<HighlightStyle> | undefined;
  const colors = { ...DEFAULT_HIGHLIGHT_STYLE.colors };
  for (const type of HIGHLIGHT_TYPES) {
    const color = (style?.colors as Record<string, unknown> | undefined)?.[type];
    if (typeof color === 'string' && COLOR.test(color)) colors[type] = color;
  }
  const mode = style?.mode === 'background' ? 'background' : 'underline';
  const muted = Array.isArray(raw.muted)
    ? raw.muted.filter(
        (m): m is MutedEntity => !!m && typeof m.id === 'string' && typeof m.name === 'string' && m.id.length > 0,
      )
    : [];
  return { types, style: { mode, colors }, muted, hoverDelayMs: clampHoverDelay(raw.hoverDelayMs) };
}

/** Reads the display settings; storage errors give the defaults. */
export async function getDisplaySettings(): Promise<DisplaySettings> {
  try {
    const [types, style, muted, hoverDelayMs] = await Promise.all([
      highlightTypesItem.getValue(),
      highlightStyleItem.getValue(),
      mutedEntitiesItem.getValue(),
      hoverDelayItem.getValue(),
    ]);
    return normaliseDisplaySettings({ types, style, muted, hoverDelayMs });
  } catch {
    return normaliseDisplaySettings({});
  }
}

/** Calls `callback` with the new display settings when any of them changes; returns the unwatch. */
export function watchDisplaySettings(callback: (settings: DisplaySettings) => void): () => void {
  const changed = () => {
    void getDisplaySettings().then(callback, () => undefined);
  };
  const unwatch = [highlightTypesItem, highlightStyleItem, mutedEntitiesItem, hoverDelayItem].map((item) =>
    item.watch(changed),
  );
  return () => {
    for (const stop of unwatch) stop();
  };
}

/** Mutes one entity (from its card or the library page); a no-op when already muted. */
export async function muteEntity(entity: MutedEntity): Promise<void> {
  const current = normaliseDisplaySettings({ muted: await mutedEntitiesItem.getValue() }).muted;
  if (current.some((m) => m.id === entity.id)) return;
  await mutedEntitiesItem.setValue([...current, { id: entity.id, name: entity.name }]);
}

/** Highlights an entity again. */
export async function unmuteEntity(id: string): Promise<void> {
  const current = normaliseDisplaySettings({ muted: await mutedEntitiesItem.getValue() }).muted;
  await mutedEntitiesItem.setValue(current.filter((m) => m.id !== id));
}

// ---------------------------------------------------------------------------------------------
// Helpers for the settings page (and anyone drawing highlights): writers that keep the stored
// values normal, the per-site list editor's input parser, and the colours per colour scheme.
// ---------------------------------------------------------------------------------------------

/** Stores which types are highlighted, in {@link HIGHLIGHT_TYPES} order, unknown values dropped. */
export async function setHighlightTypes(types: readonly string[]): Promise<void> {
  await highlightTypesItem.setValue(normaliseDisplaySettings({ types: [...types] }).types);
}

/** Stores the highlight style; a malformed colour keeps its type's default. */
export async function setHighlightStyle(style: HighlightStyle): Promise<void> {
  await highlightStyleItem.setValue(normaliseDisplaySettings({ style }).style);
}

/** Stores the hover delay, clamped to {@link HOVER_DELAY_BOUNDS}. */
export async function setHoverDelay(ms: number): Promise<void> {
  await hoverDelayItem.setValue(clampHoverDelay(ms));
}

/** Host names as the per-site list keeps them: letters, digits, dots and hyphens (IDNs as punycode). */
const HOST = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}[a-z0-9_])?)*$/;

/**
 * The site key for what a user typed into the "sites where Factlight is off" list: a host name
 * (`example.com`), an address (`https://www.example.com/news?x=1`) or a host with a port. Returns
 * null for text that names no host. IDNs become punycode, as `location.hostname` reports them.
 */
export function siteKeyFromInput(input: string): string | null {
  const text = input.trim();
  // Spaces name no host; `@` would make the text before it a user name (`mailto:x@y.z`).
  if (!text || /[\s@]/.test(text)) return null;
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  const key = siteKey(hostname);
  // IPv6 literals come back in brackets, as `location.hostname` gives them.
  if (/^\[[0-9a-f:.]+\]$/.test(key)) return key;
  return HOST.test(key) ? key : null;
}

/** Adds a site to the "off" list (no-op when present); the key as from {@link siteKeyFromInput}. */
export async function addDisabledSite(key: string): Promise<void> {
  await setSiteEnabled(key, false);
}

/** Removes a site from the "off" list. */
export async function removeDisabledSite(key: string): Promise<void> {
  await setSiteEnabled(key, true);
}

/** A page's colour scheme, for the colours that follow dark mode. */
export type ColorScheme = 'light' | 'dark';

function parseHex(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `a` moved towards `b` by `weight` (0: a, 1: b), as `#rrggbb`. */
function mixHex(a: string, b: string, weight: number): string {
  const from = parseHex(a);
  const to = parseHex(b);
  return `#${from
    .map((channel, i) => Math.round(channel + (to[i]! - channel) * weight))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * The colour a type's highlight uses in a scheme: the chosen colour on light pages, lightened on
 * dark ones so a dark blue underline stays visible on a dark background.
 */
export function schemeColor(color: string, scheme: ColorScheme): string {
  const base = COLOR.test(color) ? color.toLowerCase() : '#000000';
  return scheme === 'dark' ? mixHex(base, '#ffffff', 0.45) : base;
}

/**
 * The CSS declarations of one type's highlight in one scheme, as the content script paints it
 * (`::highlight()` rules; keep in step with lib/page's highlight stylesheet), for the settings
 * page's preview. Underline: a 2px line in the colour; background: the colour at 25% opacity over
 * the page's own background, text colour untouched.
 */
export function highlightDeclarations(
  style: HighlightStyle,
  type: HighlightType,
  scheme: ColorScheme,
): Record<string, string> {
  const color = schemeColor(style.colors[type] ?? DEFAULT_HIGHLIGHT_STYLE.colors[type], scheme);
  if (style.mode === 'background') return { 'background-color': `${color}40`, 'text-decoration-line': 'none' };
  return {
    'background-color': 'transparent',
    'text-decoration-line': 'underline',
    'text-decoration-color': color,
    'text-decoration-thickness': '2px',
  };
}
