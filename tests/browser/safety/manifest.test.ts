/**
 * Least privilege of the built manifest (.output/chrome-mv3): no host permission at all (the
 * content script's `matches` is all it needs), exactly the permissions wxt.config.ts lists, no
 * resource a page could fetch (the corpus stays unreadable to web pages), no relaxed CSP.
 * In the browser project because it reads the build, which `npm test` makes before this project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { EXTENSION_DIR } from '../harness';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  content_scripts?: { matches: string[]; all_frames?: boolean; js?: string[] }[];
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('built manifest', () => {
  it('asks for no host permission, optional or not', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // Host patterns hidden among the API permissions would grant host access too.
    for (const permission of manifest.permissions ?? []) expect(permission).not.toMatch(/[:/*<]/);
  });

  it('asks for exactly the permissions wxt.config.ts lists for Chrome', async () => {
    const manifestOf = config.manifest as (env: {
      browser: string;
      manifestVersion: number;
      mode: string;
      command: string;
    }) => Promise<Manifest> | Manifest;
    const configured = await manifestOf({
      browser: 'chrome',
      manifestVersion: 3,
      mode: 'production',
      command: 'build',
    });
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...(configured.permissions ?? [])].sort());
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('webRequest');
    // "scripting" injects the article extractor for "Add this page"; with no host permissions it only
    // reaches the tab whose popup or menu the user just used (the activeTab grant).
    expect(manifest.permissions).toContain('activeTab');
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('exposes nothing to web pages but the page code and card scripts, under a per-session id; no external messaging, default CSP', () => {
    // The content script's first stage imports the page code in frames with text (lib/page/loader.ts);
    // the hover card's code is imported on first use (lib/page/lazyCard.ts).
    // Served only under Chromium's dynamic id, which changes every session: a page cannot probe a
    // fixed URL to tell that Factlight is installed.
    expect(manifest.web_accessible_resources ?? []).toEqual([
      { resources: ['card-ui.js', 'content-main.js'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('the content script is the only thing that reaches pages: the page code in the top frame, the first stage in the others', () => {
    expect(
      manifest.content_scripts?.map((c) => ({ matches: c.matches, allFrames: c.all_frames ?? false, js: c.js })),
    ).toEqual([
      { matches: ['<all_urls>'], allFrames: false, js: ['content-scripts/content.js'] },
      { matches: ['<all_urls>'], allFrames: true, js: ['content-scripts/frames.js'] },
    ]);
  });
});
