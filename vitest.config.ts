import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // One module cache for all files: eld's n-gram tables and the word lists load once, not once
          // per file (that was 40 % of the unit run). Files reset the state they use (fake browser,
          // IndexedDB) in their own hooks.
          isolate: false,
        },
      },
      {
        // Real Chromium with the built extension (.output/chrome-mv3); run `npm run build` first.
        plugins: [WxtVitest()],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
