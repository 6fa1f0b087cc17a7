import { format } from 'date-fns';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { moodLabel } from '../journal';
import { CheckinCalendar } from './CheckinCalendar';
import { HALT_KEYS, type Checkin } from './checkinRepo';
import { dayStart } from './dayInput';
import { useCheckins } from './useToday';

/** What a check-in held, in a few plain words for the history list. */
function checkinSummary(checkin: Checkin): string {
  if (checkin.unreadable) return 'Could not be opened';
  const parts: string[] = [];
  const mood = moodLabel(checkin.mood);
  if (mood) parts.push(`Feeling: ${mood}`);
  const halt = HALT_KEYS.filter((key) => checkin.halt[key]);
  if (halt.length) parts.push(`HALT: ${halt.join(', ')}`);
  if (checkin.craving !== undefined) parts.push(`cravings ${checkin.craving} of 10`);
  if (checkin.win.trim()) parts.push(`small win: ${checkin.win.trim()}`);
  // Kept to be found again on the next hard day.
  if (checkin.whatHelped?.trim()) parts.push(`what helped: ${checkin.whatHelped.trim()}`);
  return parts.length ? parts.join(' · ') : 'Review and gratitude';
}

export default function CheckinsPage() {
  const checkins = useCheckins();
  const days = useMemo(() => new Set(checkins?.map((c) => c.day)), [checkins]);
  return (
    <section className="checkins">
      <h1>Your check-ins</h1>
      <p className="muted">Only you can see these. Open any day to read it again or add to it.</p>
      <div className="row">
        <Link href={ROUTES.checkin} className="button">
          Open today's check-in
        </Link>
        <Link href={ROUTES.lookingBack} className="button button--quiet">
          Looking back
        </Link>
      </div>
      <h2 className="checkins__heading">By month</h2>
      <p className="muted">
        A tick marks a day you checked in. Any earlier day can be filled in later, if you'd like.
      </p>
      <CheckinCalendar days={days} />
      <h2 id="checkin-history">Every check-in</h2>
      {checkins === undefined ? (
        <p className="muted">Opening…</p>
      ) : checkins.length === 0 ? (
        <p>No check-ins yet. When you're ready, one takes about a minute.</p>
      ) : (
        <ul className="plain-list checkins__list" aria-labelledby="checkin-history">
          {checkins.map((checkin) => (
            <li key={checkin.id}>
              <Link href={ROUTES.checkinFor(checkin.day)} className="checkins__row">
                <strong>{format(dayStart(checkin.day), 'EEEE d MMMM yyyy')}</strong>
                <span className="muted">{checkinSummary(checkin)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
