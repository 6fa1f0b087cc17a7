// How much JavaScript a built page makes a person download before its first screen: the entry
// script of index.html plus everything it pulls in before the first paint (modulepreloads and
// static imports, followed recursively). Lazy chunks are left out: a person only pays for them
// when they open that screen. Shared by scripts/size.mjs (the app) and scripts/bare-shell.mjs
// (the bare React + Dexie + PWA page the issue compares it with), so both are counted alike.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static `import … from "x"`, `import "x"` and `export … from "x"`; `import(` is lazy and is not
// matched because a quote must follow the keyword or the `from`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/** Each first-screen script of the build in `dist` with its raw and gzip bytes, and the total. */
export function measureFirstScreen(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const entries = tags
    .filter((tag) =>
      tag.startsWith('<script')
        ? /type\s*=\s*["']module["']/.test(tag) && attr(tag, 'src')
        : /rel\s*=\s*["']modulepreload["']/.test(tag),
    )
    .map((tag) => attr(tag, tag.startsWith('<script') ? 'src' : 'href'))
    .filter((url) => url && !/^[a-z]+:|^\/\//i.test(url))
    .map((url) => resolve(dist, url.replace(/^\//, '')));

  const seen = new Map();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, { raw: code.length, gzip: gzipSync(code).length });
    for (const [, spec] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        queue.push(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
      }
    }
  }
  const files = [...seen].map(([file, size]) => ({ name: relative(dist, file), ...size }));
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { files, total };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the files and the total as a table. */
export function printFirstScreen({ files, total }) {
  const rows = files.map((f) => [f.name, kb(f.raw), kb(f.gzip)]);
  rows.push(['total first-screen JavaScript', kb(total.raw), kb(total.gzip)]);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const [name, raw, gzip] of rows) {
    console.log(`${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`);
  }
}
