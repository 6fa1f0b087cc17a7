import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Files that need modules of their own. One replaces app modules with vi.mock (in a shared cache
// the real module may already be loaded, and the stand-in would stay for the files after it).
// Two open the database at a newer version, as a newer Stepwork in another tab would: the app
// then steps aside for the rest of its life (src/db/db.ts), as a real tab must.
const OWN_MODULES = [
  'tests/components/errorBoundary.test.tsx',
  'tests/components/journal.test.tsx',
  'tests/components/quickExit.test.tsx',
];

const COMPONENTS = {
  environment: 'jsdom' as const,
  // The first test of a file pays for compiling the screens it opens; on a busy 2-core
  // machine that alone has passed 15 s. A hang still fails, only later.
  testTimeout: 30000,
  setupFiles: ['tests/helpers/setup.ts', 'tests/helpers/setupComponents.ts'],
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      'virtual:pwa-register/react': fileURLToPath(
        new URL('./tests/helpers/pwaRegister.ts', import.meta.url),
      ),
    },
  },
  test: {
    setupFiles: ['tests/helpers/setup.ts'],
    restoreMocks: true,
    // A zone with daylight saving, so day keys are tested where they can go wrong.
    env: { TZ: 'Europe/London' },
    testTimeout: 15000,
    // Files share a worker's modules and its jsdom instead of each building its own: setting up
    // jsdom and compiling the screens again for every file was most of the suite's time. Every
    // test starts from its own empty database and reset stores (tests/helpers/freshVault.ts,
    // resetApp.ts), and the setup files run again before each file.
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          exclude: OWN_MODULES,
          ...COMPONENTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'components-own-modules',
          include: OWN_MODULES,
          isolate: true,
          ...COMPONENTS,
        },
      },
    ],
  },
});
