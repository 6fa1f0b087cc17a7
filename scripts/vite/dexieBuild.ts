// Dexie's package entry for bundlers wraps its ES5 UMD build; its modern build is the same
// library as ES modules in today's JavaScript (1.7 KB gzip less on the first screen). The app
// (vite.config.ts) and its tests (vitest.config.ts) take it through this one alias.
export const DEXIE_MODERN_BUILD = { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' };
