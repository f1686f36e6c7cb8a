import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer page (GraphiQL) bundled at build time into `dist/explorer/`, served by the gateway under
 * `/explorer/`: fonts, workers and styles are all in the bundle, so the page loads nothing from outside.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
    reportCompressedSize: false,
    rollupOptions: {
      // GraphiQL's dependencies mark React server-component boundaries that mean nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
