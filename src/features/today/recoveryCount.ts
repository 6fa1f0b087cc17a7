import { differenceInCalendarDays } from 'date-fns';
import { dayStart } from './dayInput';

export interface RecoveryCount {
  /** Days from the start date through today, both counted. */
  since: number;
  /** Distinct days with a noted slip in that time. */
  slipDays: number;
  /** Days lived in recovery: every day since the start that is not a slip day. It never drops
   * to zero because of a slip; a slip takes away its own day and nothing more. */
  total: number;
}

export function recoveryCount(
  start: string,
  slips: readonly { day: string }[],
  today: string,
): RecoveryCount {
  if (start > today) return { since: 0, slipDays: 0, total: 0 };
  const since = differenceInCalendarDays(dayStart(today), dayStart(start)) + 1;
  const slipDays = new Set(
    slips.map((slip) => slip.day).filter((day) => day >= start && day <= today),
  ).size;
  return { since, slipDays, total: since - slipDays };
}
