/**
 * Firefox's sidebar refuses `open()` outside a user input handler of the calling context (a click in
 * a page's hover card reaches the background as a message). Checked in Firefox ESR 153: the panel
 * adapter then shows the view in a new tab unless the sidebar is already open (it follows setPanel).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelAt } from '@/lib/extension/panelAdapter';

const refused = () => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler'));

describe('Firefox sidebar without a user gesture', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (fakeBrowser as any).sidePanel;
    vi.restoreAllMocks();
  });

  it('opens the view in a tab next to the page when the sidebar is closed', async () => {
    const sidebarAction = {
      setPanel: vi.fn(async () => undefined),
      open: vi.fn(refused),
      isOpen: vi.fn(async () => false),
    };
    (fakeBrowser as any).sidebarAction = sidebarAction;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(openPanelAt({ view: 'entity', entityId: 'kursk' }, { tabId: 7 })).resolves.toBe(true);
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/sidepanel.html#/entity/kursk',
      openerTabId: 7,
    });
  });

  it('leaves an open sidebar to follow setPanel (no extra tab)', async () => {
    const sidebarAction = {
      setPanel: vi.fn(async () => undefined),
      open: vi.fn(refused),
      isOpen: vi.fn(async () => true),
    };
    (fakeBrowser as any).sidebarAction = sidebarAction;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(openPanelAt({ view: 'search', query: 'Kursk' })).resolves.toBe(true);
    expect(sidebarAction.setPanel).toHaveBeenCalledWith({
      panel: 'chrome-extension://test-extension-id/sidepanel.html#/search/Kursk',
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('does not open a tab when the sidebar opened', async () => {
    const sidebarAction = {
      setPanel: vi.fn(async () => undefined),
      open: vi.fn(async () => undefined),
      isOpen: vi.fn(async () => true),
    };
    (fakeBrowser as any).sidebarAction = sidebarAction;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(openPanelAt({ view: 'page' })).resolves.toBe(true);
    expect(sidebarAction.isOpen).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
