// Runs in the app's own origin (served beside dist/ by scripts/bench.mjs), so what it writes
// through the repositories is what the app opens: same database, same device key, same sealing.
import { db } from '../../src/db/db';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { SearchIndex } from '../../src/features/journal/search/textIndex';
import type { JournalEntry } from '../../src/features/journal/types';
import { startVault } from '../../src/features/vault/vaultRepo';
import { makeCorpus } from './corpus.mjs';

export interface SeedResult {
  ms: number;
  count: number;
  chars: number;
  /** A few entries to open, oldest last: their ids and the start of their words. */
  samples: { id: string; start: string }[];
}

const HOUR = 60 * 60 * 1000;

async function seed(count: number, concurrency = 16): Promise<SeedResult> {
  await db.open();
  await startVault();
  const corpus = makeCorpus();
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  // About nine entries a day back from now: 10,000 entries are a little over three years.
  const newest = Date.now();
  const started = performance.now();
  let next = 0;
  let chars = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const { title, body, step } = corpus.entry(i);
      chars += title.length + body.length;
      const input = { id: ids[i] ?? '', title, body, ...(step > 0 ? { step } : {}) };
      await saveEntry(input, newest - (count - 1 - i) * 2.7 * HOUR);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  const samples = [0.1, 0.3, 0.5, 0.7, 0.9].map((fraction) => {
    const i = Math.floor(count * fraction);
    return { id: ids[i] ?? '', start: corpus.entry(i).body.slice(0, 40) };
  });
  db.close();
  return { ms, count, chars, samples };
}

/** The index alone, on plain objects (no database, no decryption, no screen): how much of a
 * keystroke is the search itself. */
function searchOnly(count: number, keystrokes: string[]) {
  const corpus = makeCorpus();
  const entries: JournalEntry[] = Array.from({ length: count }, (_, i) => {
    const { title, body, step } = corpus.entry(i);
    const time = 1_700_000_000_000 + i * 1000;
    return { id: `e${i}`, title, body, tags: [], step, created: time, updated: time, day: '' };
  });
  const index = new SearchIndex();
  let started = performance.now();
  index.replaceAll(entries);
  const build = performance.now() - started;
  const times = keystrokes.map((query) => {
    started = performance.now();
    index.search(query);
    return performance.now() - started;
  });
  return { build, times };
}

declare global {
  interface Window {
    stepworkBench: { seed: typeof seed; searchOnly: typeof searchOnly };
  }
}

window.stepworkBench = { seed, searchOnly };
