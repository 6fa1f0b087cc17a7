import { useOpened } from '../../core/useOpened';
import { getTalks, type Talk } from './talksRepo';

// Apart from useMeetings: Today reads meetings on the first screen; talks are read only on My
// people.

/** The talks the person noted, live. */
export function useTalks(): Talk[] | 'failed' | undefined {
  return useOpened(getTalks);
}
