import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { nextLabel } from './meetingLabels';
import { nextMeeting } from './meetingTimes';
import type { MeetingsFields } from './meetingsRepo';

/** Today's line for the next meeting the person keeps a day for; nothing when there is none.
 * `words` false keeps the meeting's name off the screen. */
export function NextMeetingCard({
  meetings,
  words,
}: {
  meetings: MeetingsFields | 'failed' | undefined;
  words: boolean;
}) {
  const t = useT();
  // The moment Today opened; it is redrawn with the day (useCurrentDay) after midnight.
  const [now] = useState(() => new Date());
  if (!meetings || meetings === 'failed') return null;
  const next = nextMeeting(meetings.meetings, now);
  if (!next) return null;
  const when = nextLabel(next, next.meeting);
  return (
    <div className="card">
      <h2>{t('Your next meeting')}</h2>
      <p>
        {words ? (
          <>
            <span dir="auto">{next.meeting.name}</span>: {when}
          </>
        ) : (
          when
        )}
      </p>
      <Link href={ROUTES.meetings} className="button button--quiet">
        {t('My meetings')}
      </Link>
    </div>
  );
}
