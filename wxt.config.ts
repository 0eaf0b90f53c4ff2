import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The corpus bundle is built from `seeds/` (or FACTLIGHT_SEEDS) on every build and shipped as
    // /bundle.json, which the background loads. A build error stops the build: no stale bundle ships.
    'build:publicAssets': async (_wxt, files) => {
      const { buildBundle, defaultSeedsDir } = await import('./lib/bundle/build');
      const bundle = buildBundle({ seedsDir: defaultSeedsDir() });
      files.push({ relativeDest: 'bundle.json', contents: JSON.stringify(bundle) });
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no host permissions (the content script's matches suffice), no "tabs".
    permissions: ['storage', 'sidePanel', 'contextMenus', 'activeTab'],
    action: { default_title: 'Factlight' },
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
  },
});
