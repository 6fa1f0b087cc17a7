// First-screen JavaScript budget: the entry script of dist/index.html plus everything it pulls in
// before the first paint (modulepreloads and static imports, followed recursively). Lazy route
// chunks are left out: a person only pays for them when they open that screen.
// Usage: node scripts/size.mjs [--check]   (run after `vite build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 140 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const indexPath = join(dist, 'index.html');

if (!existsSync(indexPath)) {
  console.error('size: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(indexPath, 'utf8');
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

// Static `import … from "x"`, `import "x"` and `export … from "x"`; `import(` is lazy and is not
// matched because a quote must follow the keyword or the `from`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

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

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [...seen].map(([file, size]) => [relative(dist, file), kb(size.raw), kb(size.gzip)]);
const total = [...seen.values()].reduce(
  (sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }),
  {
    raw: 0,
    gzip: 0,
  },
);
rows.push(['total first-screen JavaScript', kb(total.raw), kb(total.gzip)]);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const [name, raw, gzip] of rows) {
  console.log(`${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`);
}
const over = total.gzip > BUDGET_BYTES;
console.log(`budget ${kb(BUDGET_BYTES)} gzip: ${over ? 'OVER' : 'within'} (${kb(total.gzip)})`);

if (process.argv.includes('--check') && over) process.exit(1);
