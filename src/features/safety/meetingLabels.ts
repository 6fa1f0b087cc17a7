import { t } from '../../core/i18n/language';
import { weekdayName } from '../../lib/dates';
import type { Scheduled } from './meetingTimes';

// Apart from meetingTimes.ts, which only calculates: with the words here, the bundler split the
// language module into a chunk of its own, which cost the first screen about 150 bytes.

/** "Tuesday at 19:00", "Tuesday", or "When I can". */
export function whenLabel(meeting: Scheduled): string {
  if (meeting.weekday === undefined) return t('When I can');
  const day = weekdayName(meeting.weekday);
  return meeting.time ? t('{day} at {time}', { day, time: meeting.time }) : day;
}

/** "Today at 19:00", "Tomorrow", "Thursday at 18:30". */
export function nextLabel(next: { inDays: number }, meeting: Scheduled): string {
  const time = meeting.time;
  if (next.inDays === 0) return time ? t('Today at {time}', { time }) : t('Today');
  if (next.inDays === 1) return time ? t('Tomorrow at {time}', { time }) : t('Tomorrow');
  return whenLabel(meeting);
}
