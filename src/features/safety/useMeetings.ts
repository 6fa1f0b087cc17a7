import { useOpened } from '../../core/useOpened';
import { getMeetings, type MeetingsFields } from './meetingsRepo';
import { getTalks, type Talk } from './talksRepo';

/** The person's meetings, live (Today and Help now stay up without them). */
export function useMeetings(): MeetingsFields | 'failed' | undefined {
  return useOpened(getMeetings);
}

/** The talks the person noted, live. */
export function useTalks(): Talk[] | 'failed' | undefined {
  return useOpened(getTalks);
}
