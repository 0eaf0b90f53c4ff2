/**
 * The display settings (types, style, muted names, hover delay, per-site list) as the settings page
 * writes them and the content script reads them: stored values are always normal, whatever was there.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_HIGHLIGHT_STYLE,
  DEFAULT_HOVER_DELAY_MS,
  HOVER_DELAY_BOUNDS,
  addDisabledSite,
  clampHoverDelay,
  getDisplaySettings,
  getSettings,
  highlightDeclarations,
  highlightStyleItem,
  highlightTypesItem,
  hoverDelayItem,
  muteEntity,
  mutedEntitiesItem,
  normaliseDisplaySettings,
  removeDisabledSite,
  schemeColor,
  setHighlightStyle,
  setHighlightTypes,
  setHoverDelay,
  siteKeyFromInput,
  unmuteEntity,
  watchDisplaySettings,
  type DisplaySettings,
} from '@/lib/settings';

const DEFAULTS: DisplaySettings = {
  types: ['person', 'place', 'organisation'],
  style: DEFAULT_HIGHLIGHT_STYLE,
  muted: [],
  hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
};

describe('normaliseDisplaySettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseDisplaySettings({})).toEqual(DEFAULTS);
  });

  it('keeps known types in a fixed order and drops the rest', () => {
    expect(normaliseDisplaySettings({ types: ['organisation', 'bogus', 'person', 7] }).types).toEqual([
      'person',
      'organisation',
    ]);
    expect(normaliseDisplaySettings({ types: [] }).types).toEqual([]);
    expect(normaliseDisplaySettings({ types: 'person' }).types).toEqual(DEFAULTS.types);
  });

  it('keeps valid colours per type and falls back for the others', () => {
    const style = normaliseDisplaySettings({
      style: { mode: 'background', colors: { person: '#ABCDEF', place: 'red', organisation: '#12345' } },
    }).style;
    expect(style).toEqual({
      mode: 'background',
      colors: {
        person: '#ABCDEF',
        place: DEFAULTS.style.colors.place,
        organisation: DEFAULTS.style.colors.organisation,
      },
    });
    expect(normaliseDisplaySettings({ style: { mode: 'blink' } }).style.mode).toBe('underline');
    expect(normaliseDisplaySettings({ style: 'nonsense' }).style).toEqual(DEFAULT_HIGHLIGHT_STYLE);
  });

  it('drops malformed muted entries', () => {
    const muted = normaliseDisplaySettings({
      muted: [{ id: 'e1', name: 'United States' }, { id: '', name: 'x' }, null, { id: 'e2' }, 'e3'],
    }).muted;
    expect(muted).toEqual([{ id: 'e1', name: 'United States' }]);
  });

  it('clamps and rounds the hover delay', () => {
    expect(clampHoverDelay(-5)).toBe(HOVER_DELAY_BOUNDS.min);
    expect(clampHoverDelay(99_999)).toBe(HOVER_DELAY_BOUNDS.max);
    expect(clampHoverDelay(333.6)).toBe(334);
    expect(clampHoverDelay(Number.NaN)).toBe(DEFAULT_HOVER_DELAY_MS);
    expect(clampHoverDelay('300')).toBe(DEFAULT_HOVER_DELAY_MS);
  });
});

describe('display settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults from an empty profile', async () => {
    expect(await getDisplaySettings()).toEqual(DEFAULTS);
  });

  it('reads damaged stored values as defaults, never throwing', async () => {
    await fakeBrowser.storage.local.set({
      'factlight.highlightTypes': 'everything',
      'factlight.highlightStyle': { mode: 'background', colors: null },
      'factlight.mutedEntities': { id: 'x' },
      'factlight.hoverDelayMs': 'slow',
    });
    expect(await getDisplaySettings()).toEqual({
      ...DEFAULTS,
      style: { mode: 'background', colors: DEFAULT_HIGHLIGHT_STYLE.colors },
    });
  });

  it('stores only normal values through the writers', async () => {
    await setHighlightTypes(['place', 'nonsense', 'person']);
    expect(await highlightTypesItem.getValue()).toEqual(['person', 'place']);
    await setHighlightStyle({ mode: 'background', colors: { ...DEFAULT_HIGHLIGHT_STYLE.colors, place: 'green' } });
    expect(await highlightStyleItem.getValue()).toEqual({ mode: 'background', colors: DEFAULT_HIGHLIGHT_STYLE.colors });
    await setHoverDelay(5000);
    expect(await hoverDelayItem.getValue()).toBe(HOVER_DELAY_BOUNDS.max);
  });

  it('mutes a name once and unmutes it', async () => {
    await muteEntity({ id: 'us', name: 'United States' });
    await muteEntity({ id: 'us', name: 'United States' });
    await muteEntity({ id: 'nato', name: 'NATO' });
    expect(await mutedEntitiesItem.getValue()).toEqual([
      { id: 'us', name: 'United States' },
      { id: 'nato', name: 'NATO' },
    ]);
    await unmuteEntity('us');
    expect((await getDisplaySettings()).muted).toEqual([{ id: 'nato', name: 'NATO' }]);
  });

  it('tells watchers of each change with the whole new settings', async () => {
    const seen: DisplaySettings[] = [];
    const stop = watchDisplaySettings((s) => seen.push(s));
    await setHighlightTypes(['person']);
    await vi.waitFor(() => expect(seen.at(-1)?.types).toEqual(['person']));
    await muteEntity({ id: 'us', name: 'United States' });
    await vi.waitFor(() => expect(seen.at(-1)?.muted).toEqual([{ id: 'us', name: 'United States' }]));
    expect(seen.at(-1)?.types).toEqual(['person']);
    stop();
    const count = seen.length;
    // A second watcher still listening shows when the change has been delivered.
    const after: DisplaySettings[] = [];
    const stopAfter = watchDisplaySettings((s) => after.push(s));
    await setHoverDelay(400);
    await vi.waitFor(() => expect(after.at(-1)?.hoverDelayMs).toBe(400));
    stopAfter();
    expect(seen.length).toBe(count);
  });

  it('edits the per-site list', async () => {
    await addDisabledSite('example.org');
    await addDisabledSite('example.org');
    await addDisabledSite('news.example.com');
    expect((await getSettings()).disabledSites).toEqual(['example.org', 'news.example.com']);
    await removeDisabledSite('example.org');
    expect((await getSettings()).disabledSites).toEqual(['news.example.com']);
  });
});

describe('siteKeyFromInput', () => {
  it('takes a host name or the host of an address', () => {
    expect(siteKeyFromInput('Example.ORG')).toBe('example.org');
    expect(siteKeyFromInput('  https://www.example.com/news?x=1#y ')).toBe('www.example.com');
    expect(siteKeyFromInput('localhost:8080')).toBe('localhost');
    expect(siteKeyFromInput('127.0.0.1')).toBe('127.0.0.1');
    expect(siteKeyFromInput('http://[::1]:3000/')).toBe('[::1]');
    expect(siteKeyFromInput('example.org.')).toBe('example.org');
  });

  it('gives IDNs as punycode, as location.hostname does', () => {
    expect(siteKeyFromInput('bøger.dk')).toBe('xn--bger-gra.dk');
  });

  it('rejects text that names no host', () => {
    for (const bad of ['', '   ', 'two words', 'http://', 'a..b', '-bad-.com', 'exa mple.com', 'mailto:x@y.z'])
      expect(siteKeyFromInput(bad), bad).toBeNull();
  });
});

describe('highlight colours', () => {
  it('keeps the colour on light pages and lightens it on dark ones', () => {
    expect(schemeColor('#1A73E8', 'light')).toBe('#1a73e8');
    const dark = schemeColor('#1a73e8', 'dark');
    const lum = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0);
    expect(lum(dark)).toBeGreaterThan(lum('#1a73e8'));
  });

  it('draws an underline, or a translucent tint, in the colour of the scheme', () => {
    const underline = highlightDeclarations(DEFAULT_HIGHLIGHT_STYLE, 'person', 'light');
    expect(underline).toMatchObject({ 'text-decoration-line': 'underline', 'text-decoration-color': '#1a73e8' });
    const darkUnderline = highlightDeclarations(DEFAULT_HIGHLIGHT_STYLE, 'person', 'dark');
    expect(darkUnderline['text-decoration-color']).toBe(schemeColor('#1a73e8', 'dark'));
    const background = { ...DEFAULT_HIGHLIGHT_STYLE, mode: 'background' as const };
    expect(highlightDeclarations(background, 'place', 'light')).toEqual({
      'background-color': '#18803840',
      'text-decoration-line': 'none',
    });
    expect(highlightDeclarations(background, 'place', 'dark')['background-color']).toBe(
      `${schemeColor('#188038', 'dark')}40`,
    );
  });
});
