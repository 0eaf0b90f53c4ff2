import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Firefox add-on settings: a fixed id (required for MV3, keeps storage across reinstalls), 140 or newer
 * (the CSS Custom Highlight API that paints names; Android reads `data_collection_permissions` from 142),
 * and nothing collected. A separate constant because WXT's manifest type lacks `data_collection_permissions`.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'factlight@factlight.local',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
    // The library's build worker is an ES module worker so its language data (eld's n-grams, 4.5 MB)
    // is a chunk of its own: addons.mozilla.org's linter refuses any JS file over 5 MB.
    worker: {
      format: 'es' as const,
      rollupOptions: {
        output: { manualChunks: (id: string) => (id.includes('/eld/src/ngrams/') ? 'eld-ngrams' : undefined) },
      },
    },
  }),
  hooks: {
    // The corpus bundle is built from `seeds/` (or FACTLIGHT_SEEDS) on every build and shipped as
    // /bundle.json, which the background loads. A build error stops the build: no stale bundle ships.
    'build:publicAssets': async (_wxt, files) => {
      const { buildBundle, defaultSeedsDir, readSampleSources } = await import('./lib/node/buildBundle');
      const bundle = buildBundle({ seedsDir: defaultSeedsDir() });
      files.push({ relativeDest: 'bundle.json', contents: JSON.stringify(bundle) });
      // The seed files themselves: the library's first collection, built again in the browser when
      // the user first opens the library (and restorable after removal).
      files.push({ relativeDest: 'sample.json', contents: JSON.stringify(readSampleSources(defaultSeedsDir())) });
      // The matcher build's word lists, country and place names, for corpora built in the browser
      // (the library's build worker reads them; nothing else does).
      const { loadNodeNameResources } = await import('./lib/node/nameResources');
      const { NAME_RESOURCES_VERSION } = await import('./lib/names/resources');
      files.push({
        relativeDest: 'name-resources.json',
        contents: JSON.stringify({ version: NAME_RESOURCES_VERSION, ...loadNodeNameResources() }),
      });
    },
  },
  // A function of the target browser: Firefox gets its add-on settings and no `sidePanel` permission
  // (WXT turns entrypoints/sidepanel into Firefox's `sidebar_action`).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no host permissions (the content script's matches suffice), no "tabs".
    // unlimitedStorage: the user's library (IndexedDB) may outgrow the default quota.
    permissions: [
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
      'activeTab',
      // scripting: "Add this page" injects the article extractor into the tab the user chose (activeTab).
      'scripting',
    ],
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
    // The hover card's code, imported by the content script on first use (lib/page/lazyCard.ts).
    // Chromium serves it only under the per-session dynamic id, so pages cannot probe for it to
    // tell that Factlight is installed; Firefox's extension ids are random per install already.
    web_accessible_resources: [
      {
        resources: ['card-ui.js', 'content-main.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Firefox puts a new add-on's button in its Extensions menu, where the badge cannot be seen.
    action: { default_title: 'Factlight', ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextHighlight__',
      },
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLookupSelection__',
      },
    },
  }),
});
