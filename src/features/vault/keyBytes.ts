import { DB_NAME } from '../../db/db';
import { SealError } from '../../core/crypto';

export type KeyBytesReply =
  { keyId: string; bytes: ArrayBuffer } | { missing: true } | { failed: string };

export const workersAvailable = (): boolean => typeof Worker === 'function';

const newReader = () =>
  new Worker(new URL('./keyBytes.worker.ts', import.meta.url), { type: 'module' });

/** A reader started ahead, which has read nothing yet. */
let ready: Worker | undefined;

/**
 * Starts the key's reader beside the database's opening: starting a worker (a thread, its code)
 * was a step of its own between the database opening and the key, on the way to the first
 * screen. It reads nothing until it is asked, after the page has opened the database (a worker
 * must not open it first: it could hold an old version open against the page's upgrade).
 */
export function startKeyReader(): void {
  if (workersAvailable() && !ready) ready = newReader();
}

/** For a journal found locked: the reader started ahead is not needed. */
export function dropKeyReader(): void {
  ready?.terminate();
  ready = undefined;
}

/** Reads the key bytes in a worker that ends right after (why: keyBytes.worker.ts). */
export function readKeyBytesInWorker(): Promise<KeyBytesReply> {
  const worker = ready ?? newReader();
  ready = undefined;
  return new Promise<KeyBytesReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<KeyBytesReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new SealError('The key could not be read.'));
    };
    worker.postMessage({ database: DB_NAME });
  }).finally(() => worker.terminate());
}
