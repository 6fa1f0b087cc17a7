import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../core/settingsRepo';

/** This device's choice of text size for reading aloud: a preference of the screen, not a
 * person's words, so it stays out of backups. */
const READING_SIZE_KEY = 'reading-text-size';

/** In CSS pixels at the browser's usual text size; larger system text scales them all. */
export const READING_SIZES = [20, 24, 28, 32, 40] as const;
const DEFAULT_SIZE = 24;

export function useReadingSize(): number {
  const stored = useLiveQuery(() => getSetting<number>(READING_SIZE_KEY), []);
  return typeof stored === 'number' && (READING_SIZES as readonly number[]).includes(stored)
    ? stored
    : DEFAULT_SIZE;
}

export function setReadingSize(size: number): Promise<void> {
  return setSetting(READING_SIZE_KEY, size);
}
