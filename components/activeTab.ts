/**
 * The tab the popup or panel is about. Normally the active tab of the current window; a `?tabId=`
 * in the page's URL overrides it (the browser tests open the popup as a tab of its own).
 */

export interface TargetTab {
  id: number;
  /** Host name of the tab's page, when the browser lets us see it (activeTab grant). */
  hostname: string | null;
}

export function tabIdFromUrl(search = location.search): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export async function targetTab(): Promise<TargetTab | null> {
  const fixed = tabIdFromUrl();
  try {
    if (fixed !== null) {
      const tab = await browser.tabs.get(fixed);
      return { id: fixed, hostname: hostOf(tab.url) };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, hostname: hostOf(tab.url) } : null;
  } catch {
    return fixed !== null ? { id: fixed, hostname: null } : null;
  }
}
