import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEXIE_MODERN_BUILD } from './scripts/vite/dexieBuild';

/**
 * Component files that change the app's module state for good, so they keep their own modules
 * and jsdom: errorBoundary replaces two screens with vi.mock, and databaseOpen and
 * searchStepAside open the database at a newer version, after which the app steps aside for the
 * rest of the page (src/db/db.ts). Every other component file shares one worker's modules.
 */
const OWN_MODULES = [
  'tests/components/errorBoundary.test.tsx',
  'tests/components/databaseOpen.test.tsx',
  'tests/components/searchStepAside.test.tsx',
];

const components = {
  environment: 'jsdom' as const,
  // The first test of a file that opens a screen no earlier file opened pays for compiling it;
  // on a busy 2-core machine that alone has passed 15 s. A hang still fails, only later.
  testTimeout: 30000,
  setupFiles: ['tests/helpers/setup.ts', 'tests/helpers/setupComponents.ts'],
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: 'virtual:pwa-register/react',
        replacement: fileURLToPath(new URL('./tests/helpers/pwaRegister.ts', import.meta.url)),
      },
      // The same Dexie build the app ships.
      DEXIE_MODERN_BUILD,
    ],
  },
  test: {
    // Through Vite, so its `import 'dexie'` takes the alias above: one Dexie, not two.
    server: { deps: { inline: ['dexie-react-hooks'] } },
    setupFiles: ['tests/helpers/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // A zone with daylight saving, so day keys are tested where they can go wrong.
    env: { TZ: 'Europe/London' },
    testTimeout: 15000,
    // vitest leaves one core to itself by default: one worker on a 2-core machine, though after
    // the first transforms the main process mostly waits. Two workers run the unit and component
    // files side by side there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Unit files share a worker's modules instead of each loading the app's again, which
          // was most of their time. Every test starts from its own empty database
          // (tests/helpers/freshVault.ts); the setup file runs again
          // before each file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...components,
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          // Files share a worker's jsdom and modules: a new process, jsdom and app for each
          // file were most of their time. Each file starts from what a fresh page would hold
          // (tests/helpers/sharedPage.ts).
          isolate: false,
          setupFiles: [...components.setupFiles, 'tests/helpers/sharedPage.ts'],
        },
      },
      {
        extends: true,
        test: { ...components, name: 'components-own-modules', include: OWN_MODULES },
      },
    ],
  },
});
