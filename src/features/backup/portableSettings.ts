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
  /** What a value must be, in words, for the message that refuses a file. */
  expected: string;
}

const oneOf =
  (choices: readonly number[]) =>
  (value: unknown): boolean =>
    typeof value === 'number' && choices.includes(value);

/** "1, 2, 5, 10 or 30 …, or 0 …": the choices a screen offers, in words. */
function choicesInWords(choices: readonly number[], unit: string, zero: string): string {
  const some = choices.filter((choice) => choice > 0).map(String);
  const last = some.pop();
  const list = some.length > 0 ? `${some.join(', ')} or ${last ?? ''}` : (last ?? '');
  return `${list} ${unit}${choices.includes(0) ? `, or 0 for ${zero}` : ''}`;
}

const isBoolean = (value: unknown) => typeof value === 'boolean';

function isTime(value: unknown): boolean {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})$/.exec(value) : null;
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59;
}

export const PORTABLE_SETTINGS: Record<string, PortableSetting> = {
  [AUTO_LOCK_KEY]: {
    fallback: DEFAULT_AUTO_LOCK_MINUTES,
    check: oneOf(AUTO_LOCK_CHOICES),
    expected: `${choicesInWords(AUTO_LOCK_CHOICES, 'minutes', 'only when you lock it')}, or ${LOCK_WHEN_LEFT} for as soon as you leave the app`,
  },
  [CRISIS_LINES_HIDDEN_KEY]: { fallback: false, check: isBoolean, expected: 'true or false' },
  [RECOVERY_ON_KEY]: { fallback: false, check: isBoolean, expected: 'true or false' },
  [MILESTONES_KEY]: { fallback: false, check: isBoolean, expected: 'true or false' },
  [TODAY_SHOWS_WORDS_KEY]: { fallback: false, check: isBoolean, expected: 'true or false' },
  [ON_THIS_DAY_KEY]: { fallback: false, check: isBoolean, expected: 'true or false' },
  [BACKUP_REMINDER_DAYS_KEY]: {
    fallback: DEFAULT_BACKUP_REMINDER_DAYS,
    check: oneOf(BACKUP_REMINDER_CHOICES),
    expected: choicesInWords(BACKUP_REMINDER_CHOICES, 'days', 'never'),
  },
  [REMINDER_TIME_KEY]: {
    fallback: DEFAULT_REMINDER_TIME,
    check: isTime,
    expected: 'a time of day such as 20:30',
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

/** A setting's value in words, for the preview. */
export function describeSetting(key: string, value: unknown): string {
  switch (key) {
    case AUTO_LOCK_KEY:
      if (value === 0) return 'Auto-lock: off, only when you lock it';
      if (value === LOCK_WHEN_LEFT) return 'Auto-lock: as soon as you leave the app';
      return `Auto-lock: after ${String(value)} ${value === 1 ? 'minute' : 'minutes'}`;
    case CRISIS_LINES_HIDDEN_KEY:
      return value === true ? 'Crisis lines: hidden' : 'Crisis lines: shown';
    case RECOVERY_ON_KEY:
      return value === true ? 'Recovery days: counted' : 'Recovery days: not counted';
    case MILESTONES_KEY:
      return value === true ? 'Milestones: shown' : 'Milestones: not shown';
    case TODAY_SHOWS_WORDS_KEY:
      return value === true
        ? 'Today: shows the start of your writing'
        : 'Today: shows none of your words';
    case ON_THIS_DAY_KEY:
      return value === true
        ? 'On this day: Today offers what you wrote a year ago'
        : 'On this day: off';
    case BACKUP_REMINDER_DAYS_KEY:
      return value === 0
        ? 'Backup reminder: never'
        : `Backup reminder: after ${String(value)} days`;
    case REMINDER_TIME_KEY:
      return `Calendar reminder time: ${String(value)}`;
    default:
      return key;
  }
}
