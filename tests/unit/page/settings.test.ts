import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  isActiveOn,
  isEnabledFor,
  setEnabled,
  setSiteEnabled,
  watchSettings,
  type Settings,
} from '@/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on everywhere by default', async () => {
    expect(await getSettings()).toEqual({ enabled: true, disabledSites: [] });
    expect(await isEnabledFor('example.org')).toBe(true);
  });

  it('switches a site off and on by host name', async () => {
    await setSiteEnabled('News.Example.org', false);
    expect(await isEnabledFor('news.example.org')).toBe(false);
    expect(await isEnabledFor('example.org')).toBe(true);
    await setSiteEnabled('news.example.org', true);
    expect(await isEnabledFor('news.example.org')).toBe(true);
  });

  it('the global switch wins over the site list', async () => {
    await setEnabled(false);
    expect(await isEnabledFor('example.org')).toBe(false);
    expect(isActiveOn({ enabled: true, disabledSites: ['a.b'] }, 'A.B')).toBe(false);
  });

  it('tells watchers of every change', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setEnabled(false);
    await new Promise((r) => setTimeout(r, 20));
    await setSiteEnabled('x.org', false);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    await setEnabled(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([
      { enabled: false, disabledSites: [] },
      { enabled: false, disabledSites: ['x.org'] },
    ]);
  });
});
