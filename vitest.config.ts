import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

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
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          // Each file keeps its own modules and jsdom: with them shared, a later file's Help now
          // sometimes never showed its crisis lines (seen twice in help.test.tsx, not yet
          // explained), and three files change module state for good (errorBoundary's vi.mock;
          // journal and quickExit open the database at a newer version, after which the app
          // steps aside, src/db/db.ts).
          // The first test of a file pays for compiling the screens it opens; on a busy 2-core
          // machine that alone has passed 15 s. A hang still fails, only later.
          testTimeout: 30000,
          setupFiles: ['tests/helpers/setup.ts', 'tests/helpers/setupComponents.ts'],
        },
      },
    ],
  },
});
