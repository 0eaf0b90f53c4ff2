/**
 * Display settings reach an open tab without a reload, browser-neutral: the settings are written to
 * `storage.local` from an extension page (as the library page does), and the page's highlight
 * registry and adopted stylesheet follow.
 */
import { expect } from 'vitest';
import { entityBySpelling } from './bundle';
import { waitFor, type ScenarioDriver, type ScenarioPage } from './driver';
import { paintedRanges } from './page';

/** Writes `items` to the extension's `storage.local` from an extension page. */
async function setStorage(driver: ScenarioDriver, items: Record<string, unknown>): Promise<void> {
  const probe = await driver.openExtensionPage('popup.html?probe=settings');
  try {
    await probe.evaluate(async (values) => {
      const api = (globalThis as { browser?: any; chrome?: any }).browser ?? (globalThis as { chrome?: any }).chrome;
      await api.storage.local.set(values);
    }, items);
  } finally {
    await probe.close();
  }
}

/** `highlight:text` of every entity mark, sorted. */
async function marks(page: ScenarioPage): Promise<string[]> {
  return (await paintedRanges(page))
    .filter((r) => r.highlight !== 'factlight-4' && r.highlight !== 'factlight-5')
    .map((r) => `${r.highlight}:${r.text}`)
    .sort();
}

/** The text of the page's adopted stylesheets (Factlight's highlight rules live there). */
function adoptedCss(page: ScenarioPage): Promise<string> {
  return page.evaluate(
    () => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    null,
  );
}

/**
 * On article.html (painted, see expectNamesPainted): places switched off, Putin muted, a background
 * style; each shows in the open tab; then everything back to the defaults.
 */
export async function expectDisplaySettingsApplied(driver: ScenarioDriver, page: ScenarioPage): Promise<void> {
  const before = await marks(page);
  expect(before.some((m) => m.startsWith('factlight-2:'))).toBe(true);
  // The default look is the manifest's content stylesheet: adopting a sheet would make the browser
  // recompute the whole document's style, so none is adopted until the look changes.
  expect(await adoptedCss(page), `${driver.browserName}: no sheet adopted for the default look`).not.toContain(
    'factlight-1',
  );

  await setStorage(driver, { 'factlight.highlightTypes': ['person', 'organisation'] });
  const noPlaces = await waitFor(
    () => marks(page),
    (m) => !m.some((t) => t.startsWith('factlight-2:')),
  );
  expect(noPlaces, `${driver.browserName}: places switched off`).toEqual(
    before.filter((t) => !t.startsWith('factlight-2:')),
  );

  const putin = entityBySpelling(driver.extensionDir, 'Vladimir Putin');
  await setStorage(driver, { 'factlight.mutedEntities': [{ id: putin.id, name: putin.name }] });
  const muted = await waitFor(
    () => marks(page),
    (m) => !m.some((t) => t.includes('Putin')),
  );
  expect(
    muted.filter((t) => t.includes('Putin')),
    `${driver.browserName}: Putin muted`,
  ).toEqual([]);

  await setStorage(driver, {
    'factlight.highlightStyle': {
      mode: 'background',
      colors: { person: '#aa0000', place: '#00aa00', organisation: '#0000aa' },
    },
  });
  const css = await waitFor(
    () => adoptedCss(page),
    (text) => /factlight-1\)\s*\{\s*background-color: rgba\(170, 0, 0/.test(text),
  );
  expect(css, `${driver.browserName}: background style`).toMatch(
    /factlight-1\)\s*\{\s*background-color: rgba\(170, 0, 0/,
  );

  await setStorage(driver, {
    'factlight.highlightTypes': ['person', 'place', 'organisation'],
    'factlight.mutedEntities': [],
    'factlight.highlightStyle': {
      mode: 'underline',
      colors: { person: '#1a73e8', place: '#188038', organisation: '#c5221f' },
    },
  });
  const back = await waitFor(
    () => marks(page),
    (m) => m.length === before.length,
  );
  expect(back, `${driver.browserName}: everything back`).toEqual(before);
}
