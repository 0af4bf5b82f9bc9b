import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the web client (src/client, React) into dist/client, served by `pouls serve`. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/client', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
