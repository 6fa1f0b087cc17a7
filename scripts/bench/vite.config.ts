import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench page: a second build that imports the app's repositories, served by scripts/bench.mjs
// from the same origin as dist/ so that both share one IndexedDB.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/page', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL('bench.html', import.meta.url)) },
  },
});
