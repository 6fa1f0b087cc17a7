import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/app/securityHeaders';
import { manifest, spanishManifest } from './src/app/manifest';
import { MANIFEST_FILE } from './src/core/i18n/manifests';
import { lowPriorityCode, openingScreenCode } from './scripts/vite/firstPaint';
import { DEXIE_MODERN_BUILD } from './scripts/vite/dexieBuild';
import { screenPreloads } from './scripts/vite/screenPreloads';

// The dev server injects inline styles for hot reload, so the strict policy goes into the built
// page only; `vite preview` serves the same policy as a header.
function cspMeta(): Plugin {
  return {
    name: 'stepwork-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

// A manifest has one language: the Spanish one is a file of its own beside the English one that
// vite-plugin-pwa writes (and links), in the bundle before the service worker is generated, so
// the worker precaches it too. The language switch points the page's link at it.
function spanishManifestFile(): Plugin {
  return {
    name: 'stepwork-spanish-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST_FILE.es,
        source: JSON.stringify(spanishManifest),
      });
    },
  };
}

const preloads = screenPreloads();

export default defineConfig({
  base: './',
  resolve: {
    alias: [
      // wouter reaches useSyncExternalStore through the shim package for React before 18; React
      // 19 has it, and the shim's copy was about 0.5 KB of the first screen's code for nothing.
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'react' },
      DEXIE_MODERN_BUILD,
    ],
  },
  plugins: [
    react(),
    cspMeta(),
    spanishManifestFile(),
    lowPriorityCode(),
    openingScreenCode(),
    preloads.plugin,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      manifestFilename: MANIFEST_FILE.en,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      workbox: {
        // The app shell only: journal data lives in IndexedDB and never passes through the worker.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    modulePreload: { resolveDependencies: preloads.resolveDependencies },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen imports statically, in one file: left to itself Rolldown
          // split it into sixteen (each piece shared with some lazy screen), and gzip squeezes one
          // file better than sixteen, by 3.9 KB of the first screen's 133.7. Only the entry's
          // static imports are captured ($initial), and their own imports are static too, so
          // nothing lazy comes along (with dependencies followed, the step content did, +9 KB).
          includeDependenciesRecursively: false,
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
  server: {
    headers: { 'Referrer-Policy': 'no-referrer' },
  },
});
