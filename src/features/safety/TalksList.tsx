import { useState } from 'react';
import { dayKey, friendlyDay } from '../../lib/dates';
import { dayStartOf } from './dayStart';
import { NotedRow } from './NotedRow';
import { countInLastWeeks } from './meetingTimes';
import { removeTalk, type Talk } from './talksRepo';
import { WAY_LABELS } from './talkWays';

const SHOWN = 5;

/** The times the person reached someone, newest first: a few, then all on request. A count of
 * the last four weeks to recognise, never a target. */
export function TalksList({ talks }: { talks: Talk[] }) {
  // The day the screen opened; a screen left open past midnight counts from that day.
  const [today] = useState(() => dayKey(Date.now()));
  const [all, setAll] = useState(false);
  const count = countInLastWeeks(talks, today);
  const newest = [...talks].sort((a, b) => b.day.localeCompare(a.day));
  const shown = all ? newest : newest.slice(0, SHOWN);

  return (
    <section aria-labelledby="talks-title">
      <h2 id="talks-title">Times you reached out</h2>
      <p>
        {count === 0
          ? 'After you talk with someone, you can note it here with “We talked”, if you like.'
          : `In the last four weeks you reached out ${count} ${count === 1 ? 'time' : 'times'}. Reaching out is part of the work.`}
      </p>
      {shown.length > 0 && (
        <ul className="plain-list stack">
          {shown.map((talk) => (
            <TalkRow key={talk.id} talk={talk} />
          ))}
        </ul>
      )}
      {!all && newest.length > SHOWN && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setAll(true)}>
            Show all {newest.length}
          </button>
        </p>
      )}
    </section>
  );
}

function TalkRow({ talk }: { talk: Talk }) {
  return (
    <NotedRow
      className="contact"
      name={talk.name}
      when={`${WAY_LABELS[talk.way]} · ${friendlyDay(dayStartOf(talk.day).getTime())}`}
      note={talk.note}
      removeLabel={`Remove the note of talking with ${talk.name} on ${talk.day}`}
      onRemove={() => removeTalk(talk.id)}
    />
  );
}
