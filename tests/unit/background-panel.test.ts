import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PANEL_TARGET_KEY, openPanelAt, watchPanelTarget } from '@/lib/extension/panelAdapter';

const target = { view: 'article', docId: '003_9754d181f53d07d9', passageId: 12 } as const;

describe('panel adapter', () => {
  const calls: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    calls.length = 0;
    delete (fakeBrowser as any).sidePanel;
    delete (fakeBrowser as any).sidebarAction;
  });

  it('Chrome: sets the path, then opens, both before any await; broadcasts the target', async () => {
    (fakeBrowser as any).sidePanel = {
      setOptions: vi.fn(async (o: { path: string }) => void calls.push(`setOptions ${o.path}`)),
      open: vi.fn(async (o: object) => void calls.push(`open ${JSON.stringify(o)}`)),
    };
    const opened = openPanelAt(target, { tabId: 5 });
    // Synchronously, in the gesture's turn:
    expect((fakeBrowser as any).sidePanel.setOptions).toHaveBeenCalledWith({
      path: 'sidepanel.html#/article/003_9754d181f53d07d9/12',
      enabled: true,
    });
    expect((fakeBrowser as any).sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
    await expect(opened).resolves.toBe(true);
    expect(calls).toEqual(['setOptions sidepanel.html#/article/003_9754d181f53d07d9/12', 'open {"tabId":5}']);
    expect((await fakeBrowser.storage.session.get(PANEL_TARGET_KEY))[PANEL_TARGET_KEY]).toMatchObject({ target });
  });

  it('Chrome: a refused open (no user gesture) resolves false, never rejects', async () => {
    (fakeBrowser as any).sidePanel = {
      setOptions: async () => undefined,
      open: async () => {
        throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
      },
    };
    await expect(openPanelAt({ view: 'page' })).resolves.toBe(false);
  });

  it('Firefox: points the sidebar at the target and opens it', async () => {
    const sidebarAction = { setPanel: vi.fn(async () => undefined), open: vi.fn(async () => undefined) };
    (fakeBrowser as any).sidebarAction = sidebarAction;
    await expect(openPanelAt({ view: 'entity', entityId: 'kursk' })).resolves.toBe(true);
    expect(sidebarAction.setPanel).toHaveBeenCalledWith({
      panel: 'chrome-extension://test-extension-id/sidepanel.html#/entity/kursk',
    });
    expect(sidebarAction.open).toHaveBeenCalled();
  });

  it('an open panel hears valid targets only', async () => {
    const seen: unknown[] = [];
    const stop = watchPanelTarget((t) => seen.push(t));
    await fakeBrowser.storage.session.set({
      [PANEL_TARGET_KEY]: { target: { view: 'entity', entityId: 'kursk' }, at: 1 },
    });
    await fakeBrowser.storage.session.set({ [PANEL_TARGET_KEY]: { target: { view: 'nonsense' }, at: 2 } });
    await fakeBrowser.storage.local.set({ [PANEL_TARGET_KEY]: { target: { view: 'page' }, at: 3 } });
    stop();
    await fakeBrowser.storage.session.set({ [PANEL_TARGET_KEY]: { target: { view: 'page' }, at: 4 } });
    expect(seen).toEqual([{ view: 'entity', entityId: 'kursk' }]);
  });
});
