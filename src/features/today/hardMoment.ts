import { HALT_KEYS, type CheckinFields } from './checkinRepo';

/** Where the answers start to say a moment is hard; any one of them is enough. */
const STRONG_CRAVING = 8;
const REALLY_HARD_MOOD = 1;
const MANY_HALT = 3;

/**
 * Whether a check-in's answers describe a hard moment: cravings of 8 or more, a mood of "Really
 * hard", or three or four of the HALT boxes. Only the numbers and boxes are read, never the
 * words, so nothing a person writes is judged.
 */
export function isHardMoment(fields: Pick<CheckinFields, 'mood' | 'craving' | 'halt'>): boolean {
  const halts = HALT_KEYS.filter((key) => fields.halt[key]).length;
  return (
    (fields.craving ?? 0) >= STRONG_CRAVING ||
    fields.mood === REALLY_HARD_MOOD ||
    halts >= MANY_HALT
  );
}
