/**
 * Every open editor registers how to save itself here, so that anything about to take the page
 * away (an update reload, the quick exit) can save first.
 */
type Flusher = () => Promise<void>;

const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllDrafts(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
