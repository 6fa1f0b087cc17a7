import { DB_NAME } from '../../db/db';
import { SealError } from '../../core/crypto';

export type KeyBytesReply =
  { keyId: string; bytes: ArrayBuffer } | { missing: true } | { failed: string };

export const workersAvailable = (): boolean => typeof Worker === 'function';

/** Reads the key bytes in a worker that ends right after (why: keyBytes.worker.ts). */
export function readKeyBytesInWorker(): Promise<KeyBytesReply> {
  const worker = new Worker(new URL('./keyBytes.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<KeyBytesReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<KeyBytesReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new SealError('The key could not be read.'));
    };
    worker.postMessage({ database: DB_NAME });
  }).finally(() => worker.terminate());
}
