import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { ConfirmRemove } from '../../ui/ConfirmRemove';
import { dayKey, friendlyDay } from '../../lib/dates';
import { dayStartOf } from './dayStart';
import { MeetingForm } from './MeetingForm';
import { NotedRow } from './NotedRow';
import { WentForm } from './WentForm';
import { whenLabel } from './meetingLabels';
import { countInLastWeeks } from './meetingTimes';
import { KIND_LABELS, type Meeting, type Went } from './meetingsRepo';
import { removeMeeting, removeWent } from './meetingWrites';
import { useMeetings } from './useMeetings';
import './safety.css';
import './meetings.css';

type Open = { kind: 'none' } | { kind: 'new' } | { kind: 'edit' | 'went'; id: string };

const RECENT = 20;

function MeetingItem({
  meeting,
  open,
  setOpen,
  onWent,
}: {
  meeting: Meeting;
  open: Open;
  setOpen: (open: Open) => void;
  onWent: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (open.kind === 'edit' && open.id === meeting.id) {
    return (
      <li>
        <MeetingForm meeting={meeting} onDone={() => setOpen({ kind: 'none' })} />
      </li>
    );
  }
  return (
    <li className="card meeting">
      <strong dir="auto">{meeting.name}</strong>
      <span>
        {t(KIND_LABELS[meeting.kind])} · {whenLabel(meeting)}
      </span>
      {meeting.where && <span dir="auto">{meeting.where}</span>}
      {meeting.note && (
        <span className="muted" dir="auto">
          {meeting.note}
        </span>
      )}
      {open.kind === 'went' && open.id === meeting.id ? (
        <WentForm
          meeting={meeting}
          onDone={() => {
            setOpen({ kind: 'none' });
            onWent();
          }}
        />
      ) : confirming ? (
        <ConfirmRemove
          question={t('Take {name} off your list? The times you went stay.', {
            name: meeting.name,
          })}
          yes={t('Yes, take it off')}
          onRemove={() => removeMeeting(meeting.id)}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="button"
            aria-label={t('I went to {name}', { name: meeting.name })}
            onClick={() => setOpen({ kind: 'went', id: meeting.id })}
          >
            {t('I went')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('Change {name}', { name: meeting.name })}
            onClick={() => setOpen({ kind: 'edit', id: meeting.id })}
          >
            {t('Change')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('Take {name} off the list', { name: meeting.name })}
            onClick={() => setConfirming(true)}
          >
            {t('Take off')}
          </button>
        </div>
      )}
    </li>
  );
}

function WentList({ went, onRemoved }: { went: Went[]; onRemoved: () => void }) {
  const t = useT();
  // The day the screen opened; a screen left open past midnight counts from that day.
  const [today] = useState(() => dayKey(Date.now()));
  const count = countInLastWeeks(went, today);
  const recent = [...went].sort((a, b) => b.day.localeCompare(a.day)).slice(0, RECENT);
  return (
    <>
      <h2>{t('Meetings you went to')}</h2>
      <p>
        {count === 0
          ? t('When you go to a meeting, you can note it here with “I went”.')
          : count === 1
            ? t(
                'In the last four weeks you went to 1 meeting. Each one was you showing up for yourself.',
              )
            : t(
                'In the last four weeks you went to {count} meetings. Each one was you showing up for yourself.',
                { count },
              )}
      </p>
      {recent.length > 0 && (
        <ul className="plain-list stack">
          {recent.map((w) => (
            <NotedRow
              key={w.id}
              className="meeting__went"
              name={w.name}
              when={friendlyDay(dayStartOf(w.day).getTime())}
              note={w.note}
              removeLabel={t('Remove the note of {name} on {day}', { name: w.name, day: w.day })}
              onRemove={async () => {
                await removeWent(w.id);
                onRemoved();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/** The person's own meetings, what they noted after going, and how many in the last weeks. */
export default function MeetingsPage() {
  const t = useT();
  const kept = useMeetings();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [thanks, setThanks] = useState(false);
  const meetings = kept && kept !== 'failed' ? kept.meetings : [];
  return (
    <section className="meetings">
      <p>
        <Link href={ROUTES.help}>{t('Help now')}</Link>
      </p>
      <h1>{t('My meetings')}</h1>
      <p>
        {t(
          'The groups and meetings that carry you, in your own words. They are sealed like everything you write and stay on this device; nothing is looked up anywhere.',
        )}
      </p>
      {kept === 'failed' && (
        <p role="alert" className="notice">
          {t('Your meetings could not be opened just now. Nothing about them was changed.')}
        </p>
      )}
      <p role="status" className="muted">
        {thanks ? t('Noted. Thank you for going.') : ''}
      </p>
      {kept !== undefined && kept !== 'failed' && meetings.length === 0 && open.kind !== 'new' && (
        <p className="muted">{t('No meetings here yet.')}</p>
      )}
      <ul className="plain-list stack">
        {meetings.map((meeting) => (
          <MeetingItem
            key={meeting.id}
            meeting={meeting}
            open={open}
            setOpen={(next) => {
              setThanks(false);
              setOpen(next);
            }}
            onWent={() => setThanks(true)}
          />
        ))}
      </ul>
      {kept !== 'failed' &&
        (open.kind === 'new' ? (
          <MeetingForm onDone={() => setOpen({ kind: 'none' })} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setOpen({ kind: 'new' })}>
              {t('Add a meeting')}
            </button>
          </p>
        ))}
      {kept && kept !== 'failed' && (
        <WentList went={kept.went} onRemoved={() => setThanks(false)} />
      )}
    </section>
  );
}
