import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Factlight',
    description: 'Highlights the people, places and organisations your local corpus knows, on any page. Offline.',
  },
});
