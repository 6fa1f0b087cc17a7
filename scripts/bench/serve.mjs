// What every bench shares: building the app into dist-bench/app, and serving it at "/" with the
// bench pages at "/bench/" from one 127.0.0.1 origin, so pages and app share one IndexedDB.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-flags.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** The same `vite build` as dist/, into a folder of the bench's own, so a build or test running
 * beside the bench cannot empty dist/ under it. */
export function buildApp() {
  return run(join(root, 'node_modules/.bin/vite'), [
    'build',
    '--logLevel',
    'warn',
    '--outDir',
    'dist-bench/app',
    '--emptyOutDir',
  ]);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

// Text types compressed on the way out, as `vite preview` (`npm start`) and any real static host
// do: sending the code uncompressed made the bench's phone download three times the bytes a
// person's phone does, and Lighthouse's slow network turned that into seconds.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt']);
const gzipped = new Map();

function gzipOnce(file, body) {
  let packed = gzipped.get(file);
  if (!packed) gzipped.set(file, (packed = gzipSync(body)));
  return packed;
}

/** The bare React + Dexie page of issue #19 (scripts/bare-shell/), served at /bare/: how soon
 * such a page draws anything at all is the floor under Today's figure on the same machine. */
export function buildBareShell() {
  return run(join(root, 'node_modules/.bin/vite'), [
    'build',
    '--config',
    'scripts/bare-shell/vite.config.ts',
    '--logLevel',
    'warn',
    '--outDir',
    join(root, 'dist-bench', 'bare'),
    '--emptyOutDir',
  ]);
}

export function serve() {
  const folders = [
    ['/bench/', join(root, 'dist-bench', 'page')],
    ['/bare/', join(root, 'dist-bench', 'bare')],
    ['/', join(root, 'dist-bench', 'app')],
  ];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [prefix, folder] = folders.find(([start]) => path.startsWith(start)) ?? folders[1];
    const rest = path.slice(prefix.length);
    const file = normalize(
      join(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest),
    );
    if (!file.startsWith(normalize(folder + sep))) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        vary: 'Accept-Encoding',
      };
      // vite preview's own rule: gzip when the browser accepts it and the file is over 1 KB.
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip && COMPRESSIBLE.has(extname(file)) && body.length > 1024) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        res.end(gzipOnce(file, body));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/**
 * A browser with its own profile folder on disk, as on a phone, at 390×844. Not an incognito
 * context: Chromium keeps an incognito profile's IndexedDB in memory, and that store writes about
 * three times slower (10,000 records with five indexes in one transaction: ~3 s there, ~1 s in a
 * profile on disk, on this machine), so its figures are not what a person with the app installed
 * sees. Service workers are blocked: one would answer /bench/ with the app shell, and the bench
 * measures the app itself. `close()` also deletes the profile folder.
 */
export async function openPhone() {
  const folder = await mkdtemp(join(tmpdir(), 'stepwork-bench-'));
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
