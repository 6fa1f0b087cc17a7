import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { DISABLE_FEATURES } from './helpers/chromiumFeatures';
import { PHONE } from './helpers/phone';
import { serveStatic, type StaticServer } from './helpers/staticServer';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every request of every context a test opens, checked against the app's own origins. */
interface NetLog {
  allow(origin: string): void;
  watch(context: BrowserContext): void;
}

interface Options {
  /** The app loads every screen's code once the first is up (src/app/warmScreens.ts); about 1 s
   * of CPU in each fresh browser, so a test's own context leaves it out unless it asks. */
  warmScreens: boolean;
}

interface Fixtures {
  netlog: NetLog;
  /** Serves a built app folder on a fresh port; its origin becomes an allowed one. */
  serve: (root: string) => Promise<StaticServer>;
  /** dist/ served for this test; baseURL points at it. */
  server: StaticServer;
  /** A browser with its own profile folder on disk, like a phone that keeps its data: the full
   * Chromium, whose own files (sessions, caches) are part of what a copy of the profile holds. */
  launchPhone: () => Promise<BrowserContext>;
  /** One profile folder that can be opened, closed and opened again, and read as files. */
  phoneProfile: { dir: string; launch: () => Promise<BrowserContext> };
}

// Stepwork promises that nothing a person writes leaves the device; every test checks it.
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

export const test = base.extend<Fixtures & Options>({
  warmScreens: [false, { option: true }],

  netlog: [
    // Playwright reads fixture dependencies from the destructuring; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const origins = new Set<string>();
      const seen: string[] = [];
      const record = (url: string) => seen.push(url);
      await provide({
        allow: (origin) => origins.add(origin),
        watch: (context) => {
          context.on('request', (request) => record(request.url()));
          const watchSockets = (page: Page) =>
            page.on('websocket', (socket) => record(socket.url()));
          context.pages().forEach(watchSockets);
          context.on('page', watchSockets);
        },
      });
      const foreign = seen.filter((url) => {
        const parsed = new URL(url);
        return !LOCAL_SCHEMES.has(parsed.protocol) && !origins.has(parsed.origin);
      });
      expect(foreign, 'requests that left the device').toEqual([]);
    },
    { auto: true },
  ],

  serve: async ({ netlog }, provide) => {
    const servers: StaticServer[] = [];
    await provide(async (root) => {
      const server = await serveStatic(root);
      servers.push(server);
      netlog.allow(server.origin);
      return server;
    });
    await Promise.all(servers.map((server) => server.stop()));
  },

  server: async ({ serve }, provide) => {
    await provide(await serve(DIST));
  },

  baseURL: async ({ server }, provide) => {
    await provide(server.url);
  },

  context: async ({ context, netlog, warmScreens }, provide) => {
    netlog.watch(context);
    if (!warmScreens) {
      await context.addInitScript(() => {
        (globalThis as { stepworkNoWarming?: true }).stepworkNoWarming = true;
      });
    }
    await provide(context);
  },

  launchPhone: async ({ playwright, netlog }, provide) => {
    const opened: { context: BrowserContext; dir: string }[] = [];
    await provide(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'stepwork-phone-'));
      const context = await playwright.chromium.launchPersistentContext(dir, {
        executablePath: chromiumPath(),
        args: [...CHROMIUM_ARGS, DISABLE_FEATURES],
        ...PHONE,
        serviceWorkers: 'allow',
      });
      netlog.watch(context);
      opened.push({ context, dir });
      return context;
    });
    for (const { context, dir } of opened) {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  },

  phoneProfile: async ({ playwright, netlog }, provide) => {
    const dir = await mkdtemp(join(tmpdir(), 'stepwork-profile-'));
    const opened: BrowserContext[] = [];
    await provide({
      dir,
      launch: async () => {
        const context = await playwright.chromium.launchPersistentContext(dir, {
          executablePath: chromiumPath(),
          args: [...CHROMIUM_ARGS, DISABLE_FEATURES],
          ...PHONE,
          serviceWorkers: 'allow',
        });
        netlog.watch(context);
        opened.push(context);
        return context;
      },
    });
    for (const context of opened) await context.close();
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect };
