import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTab, handlePageEntities, handleTabEntities, setTabEntityResolver } from '@/lib/background/tabState';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('tab state and badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setTabEntityResolver((id) => ({ id, name: id.toUpperCase(), type: 'person' }));
  });

  it('counts distinct entities over all frames of a tab', async () => {
    expect(
      await handlePageEntities({ type: 'pageEntities', counts: { a: 2, b: 1 } }, { tab: { id: 7 }, frameId: 0 }),
    ).toEqual({ total: 2 });
    expect(
      await handlePageEntities({ type: 'pageEntities', counts: { b: 3, c: 1 } }, { tab: { id: 7 }, frameId: 4 }),
    ).toEqual({ total: 3 });
    expect(await badge(7)).toBe('3');
    const { entities } = await handleTabEntities({ type: 'tabEntities', tabId: 7 });
    expect(entities.map((e) => [e.id, e.count])).toEqual([
      ['b', 4],
      ['a', 2],
      ['c', 1],
    ]);
    // Another tab is separate.
    expect(
      await handlePageEntities({ type: 'pageEntities', counts: { z: 1 } }, { tab: { id: 8 }, frameId: 0 }),
    ).toEqual({ total: 1 });
  });

  it('empties the badge when a frame reports nothing (Factlight off) and on clear', async () => {
    await handlePageEntities({ type: 'pageEntities', counts: { a: 1 } }, { tab: { id: 3 }, frameId: 0 });
    expect(await badge(3)).toBe('1');
    await handlePageEntities({ type: 'pageEntities', counts: {} }, { tab: { id: 3 }, frameId: 0 });
    expect(await badge(3)).toBe('');
    await handlePageEntities({ type: 'pageEntities', counts: { a: 1 } }, { tab: { id: 3 }, frameId: 0 });
    await clearTab(3);
    expect(await badge(3)).toBe('');
    expect((await handleTabEntities({ type: 'tabEntities', tabId: 3 })).entities).toEqual([]);
  });

  it('keeps counts in session storage (survives a worker restart)', async () => {
    await handlePageEntities({ type: 'pageEntities', counts: { a: 1 } }, { tab: { id: 5 }, frameId: 0 });
    const stored = await fakeBrowser.storage.session.get('factlight.tab.5');
    expect(stored['factlight.tab.5']).toEqual({ '0': { a: 1 } });
  });

  it('rejects a report without a tab', async () => {
    await expect(handlePageEntities({ type: 'pageEntities', counts: {} }, {})).rejects.toThrow(/Factlight/);
  });
});
