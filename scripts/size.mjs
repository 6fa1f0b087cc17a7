// First-screen JavaScript budget: the entry script of dist/index.html plus everything it pulls in
// before the first paint (how it is counted: scripts/firstScreenSize.mjs).
// Usage: node scripts/size.mjs [--check]   (run after `vite build`)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kb, measureFirstScreen, printFirstScreen } from './firstScreenSize.mjs';

// Issue #19: at most 1.25× the bare React + Dexie + PWA page, counted alike. That page's first
// screen was 100,242 bytes gzip on 2026-12-02; `npm run size:bare-shell` measures it again (do so
// after updating React, Dexie or Vite, and change the figure here with it).
const BARE_SHELL_BYTES = 100_242;
const BUDGET_BYTES = Math.floor(BARE_SHELL_BYTES * 1.25);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(join(dist, 'index.html'))) {
  console.error('size: dist/index.html is missing; run `npm run build` first.');
  process.exit(1);
}

const size = measureFirstScreen(dist);
printFirstScreen(size);
const over = size.total.gzip > BUDGET_BYTES;
console.log(
  `budget ${kb(BUDGET_BYTES)} gzip: ${over ? 'OVER' : 'within'} (${kb(size.total.gzip)})`,
);

if (process.argv.includes('--check') && over) process.exit(1);
