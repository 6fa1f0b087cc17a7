import { getSetting, setSetting } from '../../core/settingsRepo';
import { PERSISTENCE_KEY, type PersistenceAnswer } from '../../core/persistence';
import { decimal } from '../../lib/words';

export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** What the browser says this site uses and may use, or undefined where it will not say. */
export async function estimateStorage(): Promise<StorageEstimate | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.quota === undefined) return undefined;
    return { usage: estimate.usage ?? 0, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/** Whether the browser has promised to keep this site's storage: it asks the browser itself,
 * and falls back on the answer remembered when the app first asked. */
export async function isPersisted(): Promise<boolean> {
  try {
    if (navigator.storage?.persisted) return await navigator.storage.persisted();
  } catch {
    // fall through to the remembered answer
  }
  return (await getSetting<PersistenceAnswer>(PERSISTENCE_KEY))?.persisted === true;
}

/** Asks the browser to keep the journal even when space runs low; remembers the answer. */
export async function askPersistence(now = Date.now()): Promise<boolean> {
  let persisted: boolean;
  try {
    persisted = navigator.storage?.persist ? await navigator.storage.persist() : false;
  } catch {
    persisted = false;
  }
  await setSetting(PERSISTENCE_KEY, { askedAt: now, persisted } satisfies PersistenceAnswer);
  return persisted;
}

/** Safari (on iPhone, iPad or a Mac) may clear a site's storage after seven days without a visit,
 * unless the app was added to the home screen. */
export function isSafari(userAgent = navigator.userAgent): boolean {
  return /Safari\//.test(userAgent) && !/Chrome\/|Chromium\/|CriOS\/|Android|Edg\//.test(userAgent);
}

export function isInstalled(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as { standalone?: boolean }).standalone === true
  );
}

/** "512 bytes", "1.5 MB" ("1,5 MB" in Spanish). */
export function formatBytes(bytes: number): string {
  // "bytes" is the same word in Spanish.
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${decimal(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Whole days since the last backup, or undefined when there has never been one. */
export function daysSince(at: number | undefined, now = Date.now()): number | undefined {
  return at === undefined ? undefined : Math.max(0, Math.floor((now - at) / 86_400_000));
}
