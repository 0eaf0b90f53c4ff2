/**
 * The toolbar badge, behind one adapter: Chrome MV3 and Firefox MV3 have `action`, Firefox MV2 has
 * `browserAction` with the same methods.
 */

interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): Promise<void> | void;
}

function badgeApi(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

let colourSet = false;

/** Sets the badge text of one tab; errors (tab already closed) are ignored. */
export async function setTabBadge(tabId: number, text: string): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  try {
    if (!colourSet && api.setBadgeBackgroundColor) {
      colourSet = true;
      await api.setBadgeBackgroundColor({ color: '#5b4bc4' });
    }
    await api.setBadgeText({ tabId, text });
  } catch {
    // The tab went away between the report and the badge update: nothing to show.
  }
}
