import { useId } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { CrisisLines } from './CrisisLines';
import { MyPeople, PeopleNotOpened } from './MyPeople';
import { OwnCrisisLines } from './OwnCrisisLines';
import { useContacts, useCrisisLinesHidden } from './useSafety';
import './hardMoment.css';

/**
 * What a screen offers, in place, when a person's answers say the moment is hard: a breath, a
 * way back into the room, their own people and plan, and crisis lines. It never takes focus or
 * covers the screen (the person was in the middle of something), and it closes when they say so.
 */
export function HardMomentCard({ onClose }: { onClose: () => void }) {
  const t = useT();
  const headingId = useId();
  const hidden = useCrisisLinesHidden();
  const contacts = useContacts();
  return (
    <section className="card hard-moment" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('A few things for a hard moment')}</h2>
      <p>
        {t(
          'It sounds like this is heavy right now. Thank you for being honest about it. Nothing needs fixing this minute; these are here if you want them.',
        )}
      </p>

      <h3>{t('Breathe slowly')}</h3>
      <p>
        {t(
          'In for four, hold for four, out for six. Let your shoulders drop as you breathe out. A few rounds are enough.',
        )}
      </p>
      <p>
        <Link href={ROUTES.breathing}>{t('Breathe with a guide')}</Link>
      </p>

      <h3>{t('Come back to the room')}</h3>
      <p>
        {t(
          'Feel your feet on the floor. Name five things you can see, four you can touch, three you can hear.',
        )}
      </p>
      <p>
        <Link href={ROUTES.grounding}>{t('Ground yourself one sense at a time')}</Link>
      </p>

      <h3>{t('Your people')}</h3>
      <SectionBoundary fallback={<PeopleNotOpened />}>
        <MyPeople contacts={contacts} />
      </SectionBoundary>

      <h3>{t('Your plans')}</h3>
      <p>
        <Link href={ROUTES.safetyPlan}>{t('Read my safety plan')}</Link>
      </p>
      <p>
        <Link href={ROUTES.stayingWell}>{t('Read my staying-well plan')}</Link>
      </p>

      <details className="hard-moment__lines">
        <summary>{t('Crisis lines')}</summary>
        {/* The person's own lines always; the built-in ones unless they chose to hide them. */}
        <OwnCrisisLines />
        {hidden === true ? (
          <p className="muted">
            {t(
              'You chose to hide the built-in crisis lines. They are on Help now when you want them.',
            )}
          </p>
        ) : (
          <CrisisLines />
        )}
      </details>

      <div className="row hard-moment__close">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('Close this for now')}
        </button>
      </div>
    </section>
  );
}
