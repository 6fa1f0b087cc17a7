/**
 * What one tab of Stepwork tells the others on this device. Only these words ever cross, never
 * anything a person wrote: a quick exit in one tab hides every tab, "Lock now" locks every tab,
 * a lock taken off lets a locked tab open again, and a new data key (a lock set, a passphrase
 * changed) makes the others let go of the old one.
 */
export type TabSignal = 'quick-exit' | 'lock' | 'lock-removed' | 'key-changed';

const SIGNALS: readonly TabSignal[] = ['quick-exit', 'lock', 'lock-removed', 'key-changed'];
const NAME = 'stepwork:tabs';

let channel: BroadcastChannel | null | undefined;

function theChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(NAME) : null;
    } catch {
      channel = null;
    }
  }
  return channel;
}

export function tellOtherTabs(signal: TabSignal): void {
  try {
    theChannel()?.postMessage(signal);
  } catch {
    // A closed channel (the page is going away) has no one left to tell.
  }
}

/** Calls `listener` for each signal another tab sends; a tab never hears its own. */
export function listenToOtherTabs(listener: (signal: TabSignal) => void): () => void {
  const open = theChannel();
  if (!open) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    const signal = SIGNALS.find((known) => known === event.data);
    if (signal) listener(signal);
  };
  open.addEventListener('message', onMessage);
  return () => open.removeEventListener('message', onMessage);
}
