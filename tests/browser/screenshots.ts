/**
 * Screenshots of the popup and the side panel for the README (light and dark), taken from the
 * built extension in Chromium: `npm run build && npx tsx tests/browser/screenshots.ts`.
 * Writes docs/screenshots/{popup-light,popup-dark,sidepanel-entity,sidepanel-article}.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension, serveFolder } from './harness';

declare const chrome: any;

const OUT = path.resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });

const bundle = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'bundle.json'), 'utf8')) as {
  entities: { id: string; aliases: { text: string }[] }[];
  passages: { id: number; docId: string; text: string }[];
};
const zelenskyj = bundle.entities.find((e) => e.aliases.some((a) => a.text.endsWith('Selenskyj')))!;
const kursk =
  bundle.passages.find((p) => p.text.includes('omringet av russiske styrker i Kursk')) ??
  bundle.passages.find((p) => p.text.includes('Kursk'))!;

const ext = await launchWithExtension();
const server = await serveFolder(path.resolve('tests/fixtures/pages'));
try {
  const fixture = await ext.context.newPage();
  await fixture.goto(`${server.url}/article.html`);
  const worker = await ext.worker();
  let key: string | undefined;
  for (let i = 0; i < 50 && !key; i++) {
    key = await worker.evaluate(async () =>
      Object.keys(await chrome.storage.session.get(null)).find((k: string) => k.startsWith('factlight.tab.')),
    );
    if (!key) await new Promise((r) => setTimeout(r, 200));
  }
  const tabQuery = key ? `?tabId=${key.split('.').pop()}` : '';

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html${tabQuery}`);
    if (scheme === 'dark') {
      await popup.getByRole('searchbox').fill('Selensky');
      await popup.locator('.status[data-query="Selensky"]').waitFor();
      await popup.getByRole('searchbox').press('ArrowDown');
    } else {
      await popup.locator('[role="option"], .empty').first().waitFor();
    }
    await popup.waitForTimeout(300);
    // The toolbar popup is at most 600 px high: show what the user sees.
    await popup.screenshot({ path: path.join(OUT, `popup-${scheme}.png`) });
  }

  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#/entity/${zelenskyj.id}`);
  await panel.getByTestId('entity-view').waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(OUT, 'sidepanel-entity.png') });

  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html#/article/${kursk.docId}/${kursk.id}`);
  await panel.getByTestId('article-view').waitFor();
  await panel.waitForTimeout(500);
  await panel.screenshot({ path: path.join(OUT, 'sidepanel-article.png') });
  console.log(`screenshots in ${OUT}`);
} finally {
  server.server.closeAllConnections(); // keep-alive connections would hold close() open
  await server.close();
  await ext.close();
}
