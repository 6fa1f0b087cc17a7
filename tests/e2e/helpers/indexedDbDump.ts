import type { Page } from '@playwright/test';

export interface StoreDump {
  database: string;
  store: string;
  count: number;
  /** Every key and value as text; bytes appear decoded as latin1, UTF-8 and UTF-16LE. */
  text: string;
}

/** Reads every object store of every IndexedDB database the page's origin has, as text. */
export function dumpIndexedDb(page: Page): Promise<StoreDump[]> {
  return page.evaluate(async () => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const bytesText = (bytes: Uint8Array) => {
      const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
      return [
        new TextDecoder('latin1').decode(bytes),
        new TextDecoder('utf-8').decode(bytes),
        new TextDecoder('utf-16le').decode(even),
      ].join(' ');
    };
    const asText = async (value: unknown): Promise<string> => {
      if (value instanceof ArrayBuffer) return bytesText(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) {
        return bytesText(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      }
      if (value instanceof Blob) return bytesText(new Uint8Array(await value.arrayBuffer()));
      if (value instanceof CryptoKey) {
        return `CryptoKey(${value.type} ${value.algorithm.name} extractable=${value.extractable})`;
      }
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return (await Promise.all(value.map(asText))).join(', ');
      if (value && typeof value === 'object') {
        const parts = await Promise.all(
          Object.entries(value).map(async ([key, inner]) => `${key}: ${await asText(inner)}`),
        );
        return `{${parts.join(', ')}}`;
      }
      return String(value);
    };

    const dumps: StoreDump[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const keys = await request(objects.getAllKeys());
        const values = await request(objects.getAll());
        dumps.push({
          database: name,
          store,
          count: values.length,
          text: `${await asText(keys)}\n${await asText(values)}`,
        });
      }
      db.close();
    }
    return dumps;
  });
}
