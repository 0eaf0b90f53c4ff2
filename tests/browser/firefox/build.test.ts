/**
 * The Firefox build as addons.mozilla.org and an older Firefox see it: `web-ext lint` finds no
 * error and only the warnings docs/firefox.md explains, and a Firefox older than the manifest's
 * `strict_min_version` refuses to install it (so it never runs where names cannot be painted).
 * Run `npm run build:firefox` first.
 */
import puppeteer from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX, FIREFOX_EXTENSION_DIR, buildGeckoId } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('Firefox build', () => {
  // web-ext lint reads every file of the build (about 20 s of CPU): on a busy machine more than the default minute.
  it('passes web-ext lint: no error, only the explained warnings', { timeout: 180_000 }, () => {
    buildGeckoId(); // fails clearly without a build
    const run = spawnSync(
      path.resolve('node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
      {
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.errors, 'web-ext lint errors').toEqual([]);
    expect(report.notices).toEqual([]);
    // Preact's renderer has a `dangerouslySetInnerHTML` branch that Factlight never uses (no
    // innerHTML anywhere in our code); it is in the UI chunk of the popup/panel and in the card script (card-ui.js).
    // Mozilla's Readability assigns innerHTML inside the document it reads: a detached clone of the
    // page (extract-page.js) or linkedom's script-free DOM in the library's build worker, never a
    // live document. linkedom's own innerHTML setters are in the worker too.
    // The content scripts' warnings are their `import()`s, whose argument is the extension's own URL
    // (`runtime.getURL`), not a literal: the frames' first stage imports the page code
    // (lib/page/loader.ts), the page code the card script (lib/page/lazyCard.ts).
    for (const warning of report.warnings) {
      const code = readFileSync(path.join(FIREFOX_EXTENSION_DIR, warning.file!), 'utf8');
      if (['content-scripts/content.js', 'content-scripts/frames.js', 'content-main.js'].includes(warning.file!)) {
        expect(warning.message).toMatch(/import/);
        expect(code).toMatch(/import\(\w+\.runtime\.getURL\(/);
        continue;
      }
      expect(`${warning.code} in ${warning.file}`).toMatch(
        /^UNSAFE_VAR_ASSIGNMENT in (chunks\/theme-[\w-]+\.js|card-ui\.js|extract-page\.js|assets\/worker-[\w-]+\.js)$/,
      );
      expect(code).toMatch(/dangerouslySetInnerHTML|_unwrapNoscriptImages/);
    }
    expect(report.warnings.length).toBeLessThanOrEqual(11);
  });

  it('is refused by a Firefox older than its strict_min_version', async () => {
    // This machine has one Firefox; raising the build's minimum above it is the same check.
    const copy = mkdtempSync(path.join(tmpdir(), 'factlight-old-firefox-'));
    cpSync(FIREFOX_EXTENSION_DIR, copy, { recursive: true });
    const manifestPath = path.join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.browser_specific_settings.gecko.strict_min_version = '999.0';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const refusal = await browser.installExtension(copy).then(
        () => 'installed',
        (error: unknown) => String(error),
      );
      expect(refusal).toMatch(/not compatible with application version/);
    } finally {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
