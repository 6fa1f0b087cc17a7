import { msg, t } from '../../core/i18n/language';
import type { CheckinRow } from '../../db/types';
import { sealedTable } from '../../core/sealedStore';
import { checkDay, validNow } from './dayInput';
import { checkInteger, checkText, TodayInputError } from './inputError';

export const HALT_KEYS = ['hungry', 'angry', 'lonely', 'tired'] as const;
export type HaltKey = (typeof HALT_KEYS)[number];
const GRATITUDE_SLOTS = 3;
export const REVIEW_KEYS = ['wentWell', 'hurt', 'differently', 'setRight'] as const;
export type ReviewKey = (typeof REVIEW_KEYS)[number];

/** Everything a person answers in a check-in; every part is optional. Sealed as one record. */
export interface CheckinFields {
  /** 1–5 on the journal's mood scale. */
  mood?: number;
  halt: Record<HaltKey, boolean>;
  /** Cravings or urges, 0 (none) to 10 (strongest). */
  craving?: number;
  triggers: string;
  /** Up to three, kept in their places so a blank first line does not move the others. */
  gratitude: string[];
  win: string;
  review: Record<ReviewKey, string>;
  /** The person closed the help for a hard moment on this day; it stays closed until they open it. */
  hardMomentClosed?: boolean;
  /** Afterwards, in their own words, what helped with the hard moment. */
  whatHelped?: string;
}

export interface Checkin extends CheckinFields {
  id: string;
  day: string;
  created: number;
  updated: number;
  unreadable?: true;
}

export function emptyCheckin(): CheckinFields {
  return {
    halt: { hungry: false, angry: false, lonely: false, tired: false },
    triggers: '',
    gratitude: ['', '', ''],
    win: '',
    review: { wentWell: '', hurt: '', differently: '', setRight: '' },
  };
}

const checkins = sealedTable<CheckinRow, CheckinFields>('checkins', { empty: emptyCheckin });

/** One check-in per day, so the day is the record's identity too. */
function checkinId(day: string): string {
  return `checkin-${day}`;
}

function validate(input: CheckinFields): CheckinFields {
  if (typeof input !== 'object' || input === null) {
    throw new TodayInputError(t('A check-in needs its answers.'));
  }
  const fields = emptyCheckin();
  if (input.mood !== undefined) fields.mood = checkInteger(input.mood, 1, 5, msg('Mood'));
  if (input.craving !== undefined) {
    fields.craving = checkInteger(input.craving, 0, 10, msg('A craving'));
  }
  for (const key of HALT_KEYS) {
    const value = input.halt?.[key] ?? false;
    if (typeof value !== 'boolean') throw new TodayInputError(t('HALT answers are yes or no.'));
    fields.halt[key] = value;
  }
  fields.triggers = checkText(input.triggers, msg('What set cravings off'));
  const gratitude = input.gratitude ?? [];
  if (!Array.isArray(gratitude) || gratitude.length > GRATITUDE_SLOTS) {
    throw new TodayInputError(
      t('A check-in holds up to {count} things you’re grateful for.', { count: GRATITUDE_SLOTS }),
    );
  }
  fields.gratitude = Array.from({ length: GRATITUDE_SLOTS }, (_, i) =>
    checkText(gratitude[i], msg('Gratitude')),
  );
  fields.win = checkText(input.win, msg('A small win'));
  for (const key of REVIEW_KEYS) {
    fields.review[key] = checkText(input.review?.[key], msg('The review'));
  }
  if (input.hardMomentClosed !== undefined) {
    if (typeof input.hardMomentClosed !== 'boolean') {
      throw new TodayInputError(t('Closing the help is yes or no.'));
    }
    fields.hardMomentClosed = input.hardMomentClosed;
  }
  if (input.whatHelped !== undefined)
    fields.whatHelped = checkText(input.whatHelped, msg('What helped'));
  return fields;
}

/** True when the person answered anything at all. */
function hasAnswers(fields: CheckinFields): boolean {
  return (
    fields.mood !== undefined ||
    fields.craving !== undefined ||
    HALT_KEYS.some((key) => fields.halt[key]) ||
    [
      fields.triggers,
      fields.win,
      fields.whatHelped ?? '',
      ...fields.gratitude,
      ...REVIEW_KEYS.map((k) => fields.review[k]),
    ]
      .join('')
      .trim().length > 0
  );
}

/**
 * Writes the check-in for `day`, creating it on the first answer. The day is the one the check-in
 * was opened for, never the day it happens to be saved on: a check-in finished after midnight,
 * or edited a week later, stays on its own day. Returns the `updated` time, or undefined when
 * nothing was kept (a blank check-in is not a record).
 */
export async function saveCheckin(
  day: string,
  input: CheckinFields,
  now = Date.now(),
): Promise<number | undefined> {
  const at = validNow(now);
  checkDay(day, at);
  const fields = validate(input);
  const id = checkinId(day);
  const written = await checkins.save(id, fields, (existing) => {
    if (existing) return { ...existing, updated: at };
    return hasAnswers(fields) ? { id, day, created: at, updated: at } : undefined;
  });
  return written && at;
}

export async function getCheckin(day: string): Promise<Checkin | undefined> {
  const row = await checkins.table.where('day').equals(day).first();
  return row ? checkins.open(row) : undefined;
}

/** Every check-in, newest day first. */
export async function listCheckins(): Promise<Checkin[]> {
  return checkins.openMany(await checkins.table.orderBy('day').reverse().toArray());
}

/** The days that have a check-in, from the clear index alone (nothing is opened). */
export async function listCheckinDays(): Promise<string[]> {
  return (await checkins.table.orderBy('day').keys()).map(String);
}
