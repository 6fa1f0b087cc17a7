import { useRef, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { dayKey, friendlyDay } from '../../lib/dates';
import { useFocusBroughtIn } from '../../ui/useFocusBroughtIn';
import { dayStartOf } from './dayStart';
import { NotedRow } from './NotedRow';
import { countInLastWeeks } from './meetingTimes';
import { removeTalk, type Talk } from './talksRepo';
import { UNNAMED_TALK, WAY_LABELS } from './talkWays';

const SHOWN = 5;

/** The times the person reached someone, newest first: a few, then all on request. A count of
 * the last four weeks to recognise, never a target. */
export function TalksList({ talks }: { talks: Talk[] }) {
  const t = useT();
  // The day the screen opened; a screen left open past midnight counts from that day.
  const [today] = useState(() => dayKey(Date.now()));
  const [all, setAll] = useState(false);
  const count = countInLastWeeks(talks, today);
  const newest = [...talks].sort((a, b) => b.day.localeCompare(a.day));
  const shown = all ? newest : newest.slice(0, SHOWN);
  const list = useRef<HTMLUListElement>(null);
  const focusBroughtIn = useFocusBroughtIn(list, shown.length);

  return (
    <section aria-labelledby="talks-title">
      <h2 id="talks-title">{t('Times you reached out')}</h2>
      <p>
        {count === 0
          ? t('After you talk with someone, you can note it here with “We talked”, if you like.')
          : count === 1
            ? t('In the last four weeks you reached out 1 time. Reaching out is part of the work.')
            : t(
                'In the last four weeks you reached out {count} times. Reaching out is part of the work.',
                { count },
              )}
      </p>
      {shown.length > 0 && (
        <ul ref={list} className="plain-list stack">
          {shown.map((talk) => (
            <TalkRow key={talk.id} talk={talk} />
          ))}
        </ul>
      )}
      {!all && newest.length > SHOWN && (
        <p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              focusBroughtIn();
              setAll(true);
            }}
          >
            {t('Show all {count}', { count: newest.length })}
          </button>
        </p>
      )}
    </section>
  );
}

function TalkRow({ talk }: { talk: Talk }) {
  const t = useT();
  const name = talk.name === UNNAMED_TALK ? t('Someone') : talk.name;
  return (
    <NotedRow
      className="contact"
      name={name}
      when={`${t(WAY_LABELS[talk.way])} · ${friendlyDay(dayStartOf(talk.day).getTime())}`}
      note={talk.note}
      removeLabel={t('Remove the note of talking with {name} on {day}', {
        name,
        day: talk.day,
      })}
      onRemove={() => removeTalk(talk.id)}
    />
  );
}
