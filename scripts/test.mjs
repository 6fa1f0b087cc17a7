// `npm test`: every check in order, stopping at the first failure, then one summary line
// `tests: N passed, M failed` (vitest + Playwright) that CI logs can be grepped for.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL } from './chromium-flags.mjs';
import { machineMs, speedLine } from './machineSpeed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
const VITEST_JSON = join(results, 'vitest.json');
const PLAYWRIGHT_JSON = join(results, 'playwright.json');

let current = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });
}

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    current.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// One package at a time: where the headless shell is not packaged, Chromium still comes.
async function aptInstall(packages) {
  console.log(`Installing Debian’s ${packages.join(' and ')} with apt.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], env)) !== 0) return;
  for (const name of packages) await run('apt-get', ['install', '-y', name], env);
}

// The full Chromium for what a phone's browser keeps on disk; its headless shell (the same engine
// without the browser's own layer, and quicker) for every other page the tests open.
async function findChromium() {
  const full = [process.env.CHROME_PATH, DEBIAN_CHROMIUM].filter(Boolean);
  const shell = [process.env.HEADLESS_SHELL_PATH, DEBIAN_HEADLESS_SHELL].filter(Boolean);
  const found = (candidates) => candidates.find((path) => existsSync(path));
  const missing = [
    ...(found(full) ? [] : ['chromium']),
    ...(found(shell) ? [] : ['chromium-headless-shell']),
  ];
  if (missing.length > 0 && process.getuid?.() === 0) await aptInstall(missing);
  if (!found(full)) {
    console.error(
      `The browser tests need Chromium, and none was found at $CHROME_PATH or ${DEBIAN_CHROMIUM}.\n` +
        'Install it with `sudo apt-get install -y chromium chromium-headless-shell` (Debian/Ubuntu),\n' +
        'or point CHROME_PATH at an installed Chromium or Chrome, then run `npm test` again.',
    );
    return null;
  }
  if (!found(shell)) {
    console.log('No chromium-headless-shell: every browser test runs in the full Chromium.');
  }
  return { full: found(full), shell: found(shell) ?? found(full) };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function counts() {
  const vitest = readJson(VITEST_JSON);
  const playwright = readJson(PLAYWRIGHT_JSON);
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0),
    failed:
      (vitest?.numFailedTests ?? 0) +
      (playwright?.stats?.unexpected ?? 0) +
      (playwright?.stats?.flaky ?? 0),
  };
}

const chrome = await findChromium();
if (!chrome) {
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: chrome.full, HEADLESS_SHELL_PATH: chrome.shell };

mkdirSync(results, { recursive: true });
for (const stale of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(stale, { force: true });

const STEPS = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '.']],
  ['unused files and exports', bin('knip'), []],
  [
    'unit and component tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
  ],
  ['build', bin('vite'), ['build']],
  ['size budget', process.execPath, ['scripts/size.mjs', '--check']],
  ['browser tests', bin('playwright'), ['test']],
];

const speedAtStart = await machineMs();
const timings = [];
let failedStep = null;
for (const [name, command, args] of STEPS) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const code = await run(command, args, env);
  timings.push([name, (Date.now() - started) / 1000]);
  if (code !== 0) {
    failedStep = name;
    break;
  }
}

console.log('');
for (const [name, seconds] of timings) console.log(`  ${name.padEnd(26)} ${seconds.toFixed(1)} s`);
console.log(`  ${speedLine(speedAtStart, await machineMs())}`);
if (failedStep) console.log(`npm test stopped: ${failedStep} failed.`);
const { passed, failed } = counts();
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
