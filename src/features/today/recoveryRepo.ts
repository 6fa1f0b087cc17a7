import { msg, t } from '../../core/i18n/language';
import { sealedDocument } from '../../core/sealedStore';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { checkDay, validNow } from './dayInput';
import { checkText, TodayInputError } from './inputError';

/** The one sealed document that holds the start date, the slips and their history. */
export const RECOVERY_DOC_ID = 'recovery-days';
/** Whether the person turned recovery days on; a preference, not their words, so not sealed. */
export const RECOVERY_ON_KEY = 'recoveryDaysOn';
export const MAX_SLIP_NOTE_CHARS = 2_000;

interface Slip {
  day: string;
  note: string;
}

export type RecoveryEvent =
  | { kind: 'start'; day: string; at: number }
  | { kind: 'slip'; day: string; at: number }
  | { kind: 'slip-removed'; day: string; at: number };

export interface RecoveryFields {
  start?: string;
  slips: Slip[];
  /** Every change, oldest first, so a changed start date or a slip is never silently lost. */
  history: RecoveryEvent[];
}

export interface Recovery extends RecoveryFields {
  updated: number;
  unreadable?: true;
}

export async function isRecoveryOn(): Promise<boolean> {
  return (await getSetting<boolean>(RECOVERY_ON_KEY)) === true;
}

/** Turning it off hides the count; the dates stay, sealed, for when it is turned on again. */
export async function setRecoveryOn(on: boolean): Promise<void> {
  await setSetting(RECOVERY_ON_KEY, on === true);
}

const recovery = sealedDocument<RecoveryFields, { updated: number }>(
  RECOVERY_DOC_ID,
  () => ({ slips: [], history: [] }),
  ({ updated }) => ({ updated }),
);

export function getRecovery(): Promise<Recovery | undefined> {
  return recovery.get();
}

async function change(
  next: (current: RecoveryFields) => RecoveryFields | undefined,
  now: number,
): Promise<void> {
  await recovery.update((current) => next(current ?? { slips: [], history: [] }), now, {
    // Writing over a damaged history would lose it for good.
    damaged: () =>
      new TodayInputError(
        t('Your recovery dates could not be opened, so they were left as they are.'),
      ),
  });
}

/** Sets or changes the day recovery began; the earlier date stays in the history. */
export async function setRecoveryStart(day: string, now = Date.now()): Promise<void> {
  const at = validNow(now);
  checkDay(day, at);
  await change((current) => {
    if (current.start === day) return undefined;
    return { ...current, start: day, history: [...current.history, { kind: 'start', day, at }] };
  }, at);
}

/**
 * Notes a slip as information, with an optional note. It takes away its own day from the total
 * and nothing else; noting the same day again only changes the note.
 */
export async function noteSlip(day: string, note = '', now = Date.now()): Promise<void> {
  const at = validNow(now);
  checkDay(day, at);
  const words = checkText(note, msg('A note')).trim();
  if (words.length > MAX_SLIP_NOTE_CHARS) {
    throw new TodayInputError(
      t('A note here holds up to {count} characters.', { count: MAX_SLIP_NOTE_CHARS }),
    );
  }
  await change((current) => {
    if (!current.start) throw new TodayInputError(t('Choose the day your recovery began first.'));
    if (day < current.start) {
      throw new TodayInputError(
        t('That day is before the day your recovery began. Choose a day from then on.'),
      );
    }
    const known = current.slips.some((slip) => slip.day === day);
    const slips = known
      ? current.slips.map((slip) => (slip.day === day ? { day, note: words } : slip))
      : [...current.slips, { day, note: words }].sort((a, b) => a.day.localeCompare(b.day));
    const history: RecoveryEvent[] = known
      ? current.history
      : [...current.history, { kind: 'slip', day, at }];
    return { ...current, slips, history };
  }, at);
}

/** Takes back a slip noted by mistake; the history keeps that it was noted and taken back. */
export async function removeSlip(day: string, now = Date.now()): Promise<void> {
  const at = validNow(now);
  await change((current) => {
    if (!current.slips.some((slip) => slip.day === day)) return undefined;
    return {
      ...current,
      slips: current.slips.filter((slip) => slip.day !== day),
      history: [...current.history, { kind: 'slip-removed', day, at }],
    };
  }, at);
}
