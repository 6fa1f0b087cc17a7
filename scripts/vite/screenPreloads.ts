import type { Plugin, ResolveModulePreloadDependenciesFn } from 'vite';

/** `lazyScreen(() => import('…'))`, as every lazy screen is written (src/core/lazyScreen.tsx). */
const LAZY_SCREEN = /lazyScreen\(\s*\(\)\s*=>\s*import\(\s*(['"])([^'"]+)\1\s*\)\s*\)/g;

/**
 * A screen's own import does not preload the files its code needs (its CSS still comes with it).
 *
 * Vite makes every dynamic import add a `<link rel="modulepreload">` for each file under it, so
 * they download side by side. For a screen that is never the one a person waits on: opened
 * first, its files are fetched by the page's own script before any code runs (firstPaint.ts);
 * otherwise it is loaded ahead, one screen at a time in idle time (src/app/warmScreens.ts), where
 * a second round trip costs nothing anyone sees. Adding those 109 links was half of warming's
 * work on the page's thread (profiled on Inventory at full speed: 115 -> 58 ms); Lighthouse's
 * scores did not move measurably with it. Imports that are not screens (the records' schemas,
 * the Spanish words, search) keep their links: the first screen waits on them.
 */
export function screenPreloads(): {
  plugin: Plugin;
  resolveDependencies: ResolveModulePreloadDependenciesFn;
} {
  const screenModules = new Set<string>();
  const screenFiles = new Set<string>();
  const plugin: Plugin = {
    name: 'stepwork-screen-preloads',
    apply: 'build',
    async transform(code, id) {
      if (!code.includes('lazyScreen(')) return null;
      for (const match of code.matchAll(LAZY_SCREEN)) {
        const resolved = await this.resolve(match[2] as string, id);
        if (!resolved) this.error(`screenPreloads: cannot resolve ${match[2]} from ${id}`);
        screenModules.add(resolved.id);
      }
      return null;
    },
    // Before Vite's own generateBundle writes the imports' preload lists (resolveDependencies).
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (
            item.type === 'chunk' &&
            item.facadeModuleId &&
            screenModules.has(item.facadeModuleId)
          )
            screenFiles.add(item.fileName);
        }
      },
    },
  };
  return {
    plugin,
    resolveDependencies: (file, deps) => (screenFiles.has(file) ? [] : deps),
  };
}
