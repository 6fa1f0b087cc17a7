import { dayKey } from '../../lib/dates';

/** What the calculation needs of a meeting: a weekday (0 Sunday … 6 Saturday) and a time
 * (HH:mm), either of which may be absent ("when I can"). */
export interface Scheduled {
  weekday?: number;
  time?: string;
}

/** The weekdays a meeting can fall on, 0 Sunday … 6 Saturday. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The next meeting from `now`: the soonest weekly one still to come, today's counting until its
 * start time has passed (all day when it has no time). Meetings kept for "when I can" have no
 * next time and never show here. Ties go to the one listed first.
 */
export function nextMeeting<M extends Scheduled>(
  meetings: readonly M[],
  now: Date,
): { meeting: M; day: string; inDays: number } | undefined {
  const minuteNow = now.getHours() * 60 + now.getMinutes();
  let best: { meeting: M; day: string; inDays: number; at: number } | undefined;
  for (const meeting of meetings) {
    if (meeting.weekday === undefined) continue;
    const start = meeting.time ? minutesOf(meeting.time) : undefined;
    let inDays = (meeting.weekday - now.getDay() + 7) % 7;
    if (inDays === 0 && start !== undefined && start < minuteNow) inDays = 7;
    const at = inDays * 24 * 60 + (start ?? 0);
    if (best && best.at <= at) continue;
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + inDays);
    best = { meeting, day: dayKey(date), inDays, at };
  }
  return best && { meeting: best.meeting, day: best.day, inDays: best.inDays };
}

function minutesOf(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** How many times (meetings gone to, talks had) fall in the `weeks` weeks up to and including
 * `today` (a day key): a plain number to recognise, never measured against anything. */
export function countInLastWeeks(
  went: readonly { day: string }[],
  today: string,
  weeks = 4,
): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = dayKey(new Date(y, m - 1, d - (weeks * 7 - 1)));
  return went.filter((w) => w.day >= first && w.day <= today).length;
}
