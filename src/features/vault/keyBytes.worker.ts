/// <reference lib="webworker" />
// Reads the key's Blob and sends its bytes to the page, which then ends this worker. A Blob read
// from IndexedDB keeps its file on disk for as long as any page or worker holds it; a worker that
// has ended holds nothing, so the file goes as soon as the key is replaced (src/db/types.ts).

interface Request {
  database: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
  });
}

self.onmessage = async (event: MessageEvent<Request>) => {
  try {
    const open = indexedDB.open(event.data.database);
    // The page made the database before asking; a worker must never create an empty one.
    open.onupgradeneeded = () => open.transaction?.abort();
    const db = await request(open);
    try {
      const row = (await request(db.transaction('keys').objectStore('keys').get('bytes'))) as
        { keyId: string; blob: Blob } | undefined;
      if (!row) {
        self.postMessage({ missing: true });
        return;
      }
      const bytes = await row.blob.arrayBuffer();
      self.postMessage({ keyId: row.keyId, bytes }, [bytes]);
    } finally {
      db.close();
    }
  } catch (error) {
    self.postMessage({ failed: String((error as Error | undefined)?.name ?? error) });
  }
};
