// Builds the bare React + Dexie + PWA page (scripts/bare-shell/) and counts its first screen the
// way scripts/size.mjs counts the app's, then compares: issue #19 holds the app's first screen to
// 1.25× the bare page's.
// Usage: node scripts/bare-shell.mjs   (run after `vite build` for the app's side)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { kb, measureFirstScreen, printFirstScreen } from './firstScreenSize.mjs';

const RATIO = 1.25;
await build({ configFile: fileURLToPath(new URL('./bare-shell/vite.config.ts', import.meta.url)) });
const bare = measureFirstScreen(fileURLToPath(new URL('../dist-bare-shell/', import.meta.url)));
console.log('Bare React + Dexie + PWA shell:');
printFirstScreen(bare);

const appDist = fileURLToPath(new URL('../dist/', import.meta.url));
if (existsSync(`${appDist}index.html`)) {
  const app = measureFirstScreen(appDist).total.gzip;
  const limit = bare.total.gzip * RATIO;
  console.log(
    `Stepwork's first screen ${kb(app)} gzip = ${(app / bare.total.gzip).toFixed(2)}× the bare ` +
      `shell; ${RATIO}× is ${kb(limit)} (${app > limit ? 'over' : 'within'}).`,
  );
}
