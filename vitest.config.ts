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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          // The first test of a file pays for compiling the screens it opens; on a busy 2-core
          // machine that alone has passed 15 s. A hang still fails, only later.
          testTimeout: 30000,
          setupFiles: ['tests/helpers/setup.ts', 'tests/helpers/setupComponents.ts'],
        },
      },
    ],
  },
});
