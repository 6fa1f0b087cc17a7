import { msg, t } from '../../core/i18n/language';
import { CRISIS_LINES_HIDDEN_KEY } from '../safety';
import { MILESTONES_KEY, ON_THIS_DAY_KEY, RECOVERY_ON_KEY, TODAY_SHOWS_WORDS_KEY } from '../today';
import {
  AUTO_LOCK_CHOICES,
  AUTO_LOCK_KEY,
  DEFAULT_AUTO_LOCK_MINUTES,
  LOCK_WHEN_LEFT,
} from '../vault';
import {
  BACKUP_REMINDER_CHOICES,
  BACKUP_REMINDER_DAYS_KEY,
  DEFAULT_BACKUP_REMINDER_DAYS,
  DEFAULT_REMINDER_TIME,
  REMINDER_TIME_KEY,
} from './backupSettings';
import { orList } from '../../lib/words';

/**
 * Settings that travel with a backup: a person's choices, not facts about this device. Left out
 * on purpose: the unlock attempt counter and the storage-persistence answer (this browser's),
 * the last backup date (this device's), and the keys table (never exported).
 * Each accepts only what its own screen can choose, so a file cannot set a value no screen
 * offers (an auto-lock of a billion minutes, a reminder at 99:99).
 */
interface PortableSetting {
  /** What this device uses when nothing is stored. */
  fallback: unknown;
  check: (value: unknown) => boolean;
  /** What a value must be, in the person's words, for the message that refuses a file. */
  expected: () => string;
}

const oneOf =
  (choices: readonly number[]) =>
  (value: unknown): boolean =>
    typeof value === 'number' && choices.includes(value);

/** "1, 2, 5, 10 or 30": the counted choices a screen offers (0 and below are said apart). */
const counted = (choices: readonly number[]) => orList(choices.filter((choice) => choice > 0));

const trueOrFalse = () => t('true or false');

const isBoolean = (value: unknown) => typeof value === 'boolean';

function isTime(value: unknown): boolean {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

export const PORTABLE_SETTINGS: Record<string, PortableSetting> = {
  [AUTO_LOCK_KEY]: {
    fallback: DEFAULT_AUTO_LOCK_MINUTES,
    check: oneOf(AUTO_LOCK_CHOICES),
    expected: () =>
      t(
        '{choices} minutes, or 0 for only when you lock it, or {left} for as soon as you leave the app',
        { choices: counted(AUTO_LOCK_CHOICES), left: LOCK_WHEN_LEFT },
      ),
  },
  [CRISIS_LINES_HIDDEN_KEY]: { fallback: false, check: isBoolean, expected: trueOrFalse },
  [RECOVERY_ON_KEY]: { fallback: false, check: isBoolean, expected: trueOrFalse },
  [MILESTONES_KEY]: { fallback: false, check: isBoolean, expected: trueOrFalse },
  [TODAY_SHOWS_WORDS_KEY]: { fallback: false, check: isBoolean, expected: trueOrFalse },
  [ON_THIS_DAY_KEY]: { fallback: false, check: isBoolean, expected: trueOrFalse },
  [BACKUP_REMINDER_DAYS_KEY]: {
    fallback: DEFAULT_BACKUP_REMINDER_DAYS,
    check: oneOf(BACKUP_REMINDER_CHOICES),
    expected: () =>
      t('{choices} days, or 0 for never', { choices: counted(BACKUP_REMINDER_CHOICES) }),
  },
  [REMINDER_TIME_KEY]: {
    fallback: DEFAULT_REMINDER_TIME,
    check: isTime,
    expected: () => t('a time of day such as 20:30'),
  },
};

export function isPortableSetting(key: string, value: unknown): boolean {
  return Object.hasOwn(PORTABLE_SETTINGS, key) && PORTABLE_SETTINGS[key]!.check(value);
}

/** The value this device acts on: what is stored, or the default when nothing valid is. */
export function effectiveSetting(key: string, stored: unknown): unknown {
  return isPortableSetting(key, stored) ? stored : PORTABLE_SETTINGS[key]?.fallback;
}

/**
 * A change that makes the person less safe: hiding the crisis lines, switching auto-lock off or
 * making it wait longer, letting Today show the start of what they wrote, or bringing a year ago's
 * writing onto Today (a year ago may have been a hard day). A file may only make it with the
 * person's own tick.
 */
export function lowersSafety(key: string, here: unknown, file: unknown): boolean {
  if (key === CRISIS_LINES_HIDDEN_KEY || key === TODAY_SHOWS_WORDS_KEY || key === ON_THIS_DAY_KEY) {
    return file === true && here !== true;
  }
  if (key === AUTO_LOCK_KEY && typeof here === 'number' && typeof file === 'number') {
    if (here === 0) return false;
    return file === 0 || file > here;
  }
  return false;
}

/** A setting's value in the person's words, for the preview. */
export function describeSetting(key: string, value: unknown): string {
  switch (key) {
    case AUTO_LOCK_KEY:
      if (value === 0) return t('Auto-lock: off, only when you lock it');
      if (value === LOCK_WHEN_LEFT) return t('Auto-lock: as soon as you leave the app');
      return value === 1
        ? t('Auto-lock: after 1 minute')
        : t('Auto-lock: after {count} minutes', { count: String(value) });
    case CRISIS_LINES_HIDDEN_KEY:
      return t(value === true ? msg('Crisis lines: hidden') : msg('Crisis lines: shown'));
    case RECOVERY_ON_KEY:
      return t(value === true ? msg('Recovery days: counted') : msg('Recovery days: not counted'));
    case MILESTONES_KEY:
      return t(value === true ? msg('Milestones: shown') : msg('Milestones: not shown'));
    case TODAY_SHOWS_WORDS_KEY:
      return value === true
        ? t('Today: shows the start of your writing')
        : t('Today: shows none of your words');
    case ON_THIS_DAY_KEY:
      return value === true
        ? t('On this day: Today offers what you wrote a year ago')
        : t('On this day: off');
    case BACKUP_REMINDER_DAYS_KEY:
      return value === 0
        ? t('Backup reminder: never')
        : t('Backup reminder: after {count} days', { count: String(value) });
    case REMINDER_TIME_KEY:
      return t('Calendar reminder time: {time}', { time: String(value) });
    default:
      return key;
  }
}
