import { subYears } from 'date-fns';
import { db } from '../../db/db';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { dayKey } from '../../lib/dates';
import { getEntry } from '../journal';
import { dayStart } from './dayInput';

/** Whether Today offers the entries written on this day a year ago. Off unless turned on: a
 * year ago may have been a hard day, and it is the person's to choose to meet it. */
export const ON_THIS_DAY_KEY = 'todayOnThisDay';

export async function isOnThisDayOn(): Promise<boolean> {
  return (await getSetting<boolean>(ON_THIS_DAY_KEY)) === true;
}

export function setOnThisDay(on: boolean): Promise<void> {
  return setSetting(ON_THIS_DAY_KEY, on);
}

/** The same date a year before (29 February falls back to the 28th). */
export function dayAYearBefore(day: string): string {
  return dayKey(subYears(dayStart(day), 1));
}

export interface YearAgoEntry {
  id: string;
  created: number;
  /** The title or first words: only when Today may show words. */
  label?: string;
}

/** A handful is enough for a glance; the journal's calendar holds the rest of the day. */
const MOST = 3;
const LABEL_WORDS = 8;

/**
 * The live entries of the day a year before `day`, oldest first. Read from the clear `day` index;
 * an entry is opened only when its words may be shown.
 */
export async function listYearAgoEntries(day: string, words: boolean): Promise<YearAgoEntry[]> {
  const rows = await db.entries.where('day').equals(dayAYearBefore(day)).toArray();
  const live = rows
    .filter((row) => row.deletedAt === undefined)
    .sort((a, b) => a.created - b.created)
    .slice(0, MOST);
  return Promise.all(
    live.map(async ({ id, created }) => {
      if (!words) return { id, created };
      const entry = await getEntry(id);
      if (!entry || entry.unreadable) return { id, created };
      const all = entry.body.trim().split(/\s+/u);
      const label =
        entry.title.trim() ||
        all.slice(0, LABEL_WORDS).join(' ') + (all.length > LABEL_WORDS ? '…' : '');
      return label ? { id, created, label } : { id, created };
    }),
  );
}
