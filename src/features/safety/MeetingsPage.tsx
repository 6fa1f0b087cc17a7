import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { ConfirmRemove } from '../../ui/ConfirmRemove';
import { dayKey, friendlyDay } from '../../lib/dates';
import { dayStartOf } from './dayStart';
import { MeetingForm } from './MeetingForm';
import { NotedRow } from './NotedRow';
import { WentForm } from './WentForm';
import { whenLabel } from './meetingLabels';
import { countInLastWeeks } from './meetingTimes';
import { KIND_LABELS, removeMeeting, removeWent, type Meeting, type Went } from './meetingsRepo';
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
        {KIND_LABELS[meeting.kind]} · {whenLabel(meeting)}
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
          question={`Take ${meeting.name} off your list? The times you went stay.`}
          yes="Yes, take it off"
          onRemove={() => removeMeeting(meeting.id)}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="button"
            aria-label={`I went to ${meeting.name}`}
            onClick={() => setOpen({ kind: 'went', id: meeting.id })}
          >
            I went
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Change ${meeting.name}`}
            onClick={() => setOpen({ kind: 'edit', id: meeting.id })}
          >
            Change
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Take ${meeting.name} off the list`}
            onClick={() => setConfirming(true)}
          >
            Take off
          </button>
        </div>
      )}
    </li>
  );
}

function WentList({ went, onRemoved }: { went: Went[]; onRemoved: () => void }) {
  // The day the screen opened; a screen left open past midnight counts from that day.
  const [today] = useState(() => dayKey(Date.now()));
  const count = countInLastWeeks(went, today);
  const recent = [...went].sort((a, b) => b.day.localeCompare(a.day)).slice(0, RECENT);
  return (
    <>
      <h2>Meetings you went to</h2>
      <p>
        {count === 0
          ? 'When you go to a meeting, you can note it here with “I went”.'
          : `In the last four weeks you went to ${count} ${count === 1 ? 'meeting' : 'meetings'}. Each one was you showing up for yourself.`}
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
              removeLabel={`Remove the note of ${w.name} on ${w.day}`}
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
  const kept = useMeetings();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [thanks, setThanks] = useState(false);
  const meetings = kept && kept !== 'failed' ? kept.meetings : [];
  return (
    <section className="meetings">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My meetings</h1>
      <p>
        The groups and meetings that carry you, in your own words. They are sealed like everything
        you write and stay on this device; nothing is looked up anywhere.
      </p>
      {kept === 'failed' && (
        <p role="alert" className="notice">
          Your meetings could not be opened just now. Nothing about them was changed.
        </p>
      )}
      <p role="status" className="muted">
        {thanks ? 'Noted. Thank you for going.' : ''}
      </p>
      {kept !== undefined && kept !== 'failed' && meetings.length === 0 && open.kind !== 'new' && (
        <p className="muted">No meetings here yet.</p>
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
              Add a meeting
            </button>
          </p>
        ))}
      {kept && kept !== 'failed' && (
        <WentList went={kept.went} onRemoved={() => setThanks(false)} />
      )}
    </section>
  );
}
