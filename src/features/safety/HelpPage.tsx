import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { CrisisLines } from './CrisisLines';
import { AddOwnCrisisLine, OwnCrisisLines, useOwnLines } from './OwnCrisisLines';
import { MyPeople, PeopleNotOpened } from './MyPeople';
import { useReturnPlace } from './returnPlace';
import { setCrisisLinesHidden, useContacts, useCrisisLinesHidden } from './useSafety';
import './safety.css';

const TOOLS = [
  {
    href: ROUTES.grounding,
    title: 'Ground yourself: 5, 4, 3, 2, 1',
    hint: 'Notice what is around you, one sense at a time.',
  },
  {
    href: ROUTES.breathing,
    title: 'Breathe slowly',
    hint: 'In for four, hold for four, out for six.',
  },
  { href: ROUTES.safetyPlan, title: 'My safety plan', hint: 'Your own plan for hard moments.' },
  {
    href: ROUTES.stayingWell,
    title: 'My staying-well plan',
    hint: 'Triggers, early signs, what helps, and kindness after a slip.',
  },
] as const;

/**
 * How long the lower part of Help now (the person's people, then the crisis lines) waits for the
 * contacts and the person's own crisis lines once the database has answered (the crisis-lines
 * choice, a clear setting, is its first answer), so it is drawn once, as it will stay: drawn
 * before them, a list of people pushed the crisis lines down as it arrived, under a thumb about to
 * tap. Counted from the database's answer, not from the screen's first draw: on a slow phone the
 * database itself can take over half a second to open, and a wait that had run out by then drew
 * the lines just before the people came. The sealed reads take a few milliseconds more; on a
 * device slow enough to take longer, the crisis lines show anyway and the people join them.
 */
// 300 ms was too short once (3 December): on a loaded machine with the thread slowed 4×, the
// people came more than 300 ms after the clear setting and pushed the lines down by 0.039.
const WAIT_AFTER_ANSWER_MS = 600;
/** However the database fares (blocked by another tab, failing slowly), the lines show by then. */
const WAIT_AT_MOST_MS = 1500;

function useReadOrWaited(answered: boolean, read: boolean): boolean {
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (read) return;
    const timer = window.setTimeout(() => setWaited(true), WAIT_AT_MOST_MS);
    return () => window.clearTimeout(timer);
  }, [read]);
  useEffect(() => {
    if (read || !answered) return;
    const timer = window.setTimeout(() => setWaited(true), WAIT_AFTER_ANSWER_MS);
    return () => window.clearTimeout(timer);
  }, [answered, read]);
  return read || waited;
}

export default function HelpPage() {
  const hidden = useCrisisLinesHidden();
  const contacts = useContacts();
  const ownLines = useOwnLines();
  const place = useReturnPlace((s) => s.place);
  const t = useT();
  const [choiceFailed, setChoiceFailed] = useState(false);
  // Caught here and said in plain words; the lines stay as they were.
  const chooseHidden = async (next: boolean) => {
    setChoiceFailed(false);
    try {
      await setCrisisLinesHidden(next);
    } catch (error) {
      console.error(error);
      setChoiceFailed(true);
    }
  };
  const lowerPart = useReadOrWaited(
    hidden !== undefined,
    contacts !== undefined && hidden !== undefined && ownLines !== undefined,
  );
  return (
    <section className="help">
      <h1>{t('Help now')}</h1>
      <p>
        {t(
          'You are not alone in this. Take one slow breath. You can stay here as long as you need.',
        )}
      </p>
      {place && (
        <p>
          <Link href={place} className="button button--quiet">
            {t('Back to where you were')}
          </Link>
          <span className="muted"> {t('Anything you were writing is saved.')}</span>
        </p>
      )}
      <ul className="plain-list help__tools">
        {TOOLS.map((tool) => (
          <li key={tool.href}>
            <Link href={tool.href} className="help__tool">
              <strong>{t(tool.title)}</strong>
              <span className="muted">{t(tool.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>

      {lowerPart && (
        <>
          <h2>{t('My people')}</h2>
          {/* The person's own contacts are the one part here that reads the journal; if that
              fails, the tools above and the crisis lines below must still show. */}
          <SectionBoundary fallback={<PeopleNotOpened />}>
            <MyPeople contacts={contacts} />
          </SectionBoundary>

          <h2>{t('Crisis lines')}</h2>
          {/* The person's own lines first, and even when the built-in list is hidden: it is
              theirs. */}
          <OwnCrisisLines lines={ownLines} />
          {/* Shown when the choice is still unread after the wait: crisis lines wait on the
              database for WAIT_AT_MOST_MS at most. */}
          {hidden !== true && (
            <>
              <CrisisLines />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void chooseHidden(true)}
              >
                {t('Hide crisis lines')}
              </button>
            </>
          )}
          {hidden === true && (
            <>
              <p className="muted">
                {t('You chose to hide the crisis lines. They are here when you want them.')}
              </p>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void chooseHidden(false)}
              >
                {t('Show crisis lines')}
              </button>
            </>
          )}
          {choiceFailed && (
            <p role="alert" className="notice">
              {t('That could not be changed just now. Nothing else changed; you can try again.')}
            </p>
          )}
          <AddOwnCrisisLine />
        </>
      )}
    </section>
  );
}
