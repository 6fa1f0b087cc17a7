import { cleanup, configure } from '@testing-library/react';
import { Blob as NodeBlob } from 'node:buffer';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { afterEach, vi } from 'vitest';
import { flushAllDrafts } from '../../src/core/drafts';
import './bigPageSpeed';

// vitest's jsdom environment swaps in jsdom's own ArrayBuffer and typed arrays, while Node's
// WebCrypto and fake-indexeddb hand back Node's. Dexie recognises binary values by constructor,
// so mixed realms break its live-query cache. A browser has one realm; give the tests one too.
const { port1, port2 } = new MessageChannel();
port1.unref();
port2.unref();
function nodeClone<T>(value: T): T {
  port1.postMessage(value);
  return receiveMessageOnPort(port2)?.message as T;
}

const binaryTypes = [
  'ArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
] as const;
const globals = globalThis as unknown as Record<string, new (size: number) => object>;
for (const name of binaryTypes) {
  const sample = name === 'DataView' ? new DataView(new ArrayBuffer(1)) : new globals[name]!(1);
  globals[name] = nodeClone(sample).constructor as new (size: number) => object;
}
globalThis.structuredClone = nodeClone as typeof structuredClone;
// The vault keeps its key bytes in a Blob (src/db/types.ts, KeyRow), which fake-indexeddb clones
// with Node's structured clone: only Node's own Blob survives that.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

// Screens are lazy-loaded; on a busy 2-core machine the first load of a route can pass 1 s, and
// under CI-like load a screen has taken more than 5 s. A wait ends as soon as it is met, so a
// longer budget costs a passing test nothing.
configure({ asyncUtilTimeout: 10_000 });

// A test's last words are saved before its screens go: a save still on its way when the next
// test empties the database reopened it with this test's record, sealed under a key the next
// journal does not have ("This check-in could not be opened", once under CI load).
afterEach(async () => {
  await flushAllDrafts();
  cleanup();
});

// The browser build loads every screen's code while the phone is idle (src/app/warmScreens.ts);
// here that would only compile the whole app again in each test file. The browser tests cover it.
vi.mock('../../src/app/warmScreens', () => ({ warmScreens: () => () => undefined }));
