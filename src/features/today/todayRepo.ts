import { t } from '../../core/i18n/language';
import { db } from '../../db/db';
import { dayKey } from '../../lib/dates';
import { getEntry } from '../journal';

/** Whether a day has a check-in and when it was last touched, from clear metadata alone. */
export async function getCheckinMeta(day: string): Promise<{ updated: number } | null> {
  const row = await db.checkins.where('day').equals(day).first();
  return row ? { updated: row.updated } : null;
}

export interface LastDraft {
  id: string;
  /** The title, or the first words when there is no title; null when Today shows no words (the
   * entry is then never opened: words not shown need not be in memory either). */
  label: string | null;
}

const LABEL_WORDS = 8;

/**
 * The journal entry written in most recently today, to offer "continue where you left off".
 * Reads the clear `updated` index, then opens that one entry through the journal's repository.
 */
export async function getLastDraftToday(
  words: boolean,
  now = Date.now(),
): Promise<LastDraft | null> {
  const today = dayKey(now);
  let found: string | undefined;
  await db.entries
    .orderBy('updated')
    .reverse()
    .until((row) => dayKey(row.updated) < today)
    .each((row) => {
      if (!found && row.deletedAt === undefined && dayKey(row.updated) === today) found = row.id;
    });
  if (!found) return null;
  if (!words) return { id: found, label: null };
  const entry = await getEntry(found);
  if (!entry || entry.unreadable) return null;
  const first = entry.body.trim().split(/\s+/u);
  const label =
    entry.title.trim() ||
    first.slice(0, LABEL_WORDS).join(' ') + (first.length > LABEL_WORDS ? '…' : '');
  return { id: entry.id, label: label || t('Untitled entry') };
}
