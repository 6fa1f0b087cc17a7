import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { LOOK_BACK_RANGES, lookBack, summarizeLookBack, type LookBackRange } from './lookingBack';
import { LookingBackPicture } from './LookingBackPicture';
import { LookingBackTables } from './LookingBackTables';
import { useCurrentDay } from './useCurrentDay';
import { useCheckins } from './useToday';
import './lookingBack.css';

/** The check-ins over weeks or months: a picture, the tables beside it, and a few plain words. */
export default function LookingBackPage() {
  const t = useT();
  const locale = useDateFnsLocale();
  const today = useCurrentDay();
  const checkins = useCheckins();
  const [range, setRange] = useState<LookBackRange>('4-weeks');
  const name = useId();
  const chosen = LOOK_BACK_RANGES.find((r) => r.id === range) ?? LOOK_BACK_RANGES[0]!;
  const look = useMemo(
    () =>
      checkins &&
      lookBack(
        // A check-in that could not be opened has no answers to count.
        checkins.filter((checkin) => !checkin.unreadable),
        range,
        today,
        locale,
      ),
    // `t` changes nothing itself; the catalog it reads does, and with it the locale.
    [checkins, range, today, locale],
  );
  const summary = look ? summarizeLookBack(look, chosen.phrase) : '';

  return (
    <section className="look-back">
      <Link href={ROUTES.checkins} className="button button--quiet">
        <span aria-hidden="true">‹</span> {t('Your check-ins')}
      </Link>
      <h1>{t('Looking back')}</h1>
      <p className="muted">
        {t(
          'How your days have been, from your check-ins: mood, cravings, HALT and what you named. Only you can see this. Days without a check-in are simply left out.',
        )}
      </p>
      <fieldset className="today-fieldset">
        <legend>{t('How far back')}</legend>
        <div className="choices">
          {LOOK_BACK_RANGES.map((option) => (
            <label key={option.id} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name={`${name}-range`}
                checked={option.id === range}
                onChange={() => setRange(option.id)}
              />
              <span>{t(option.label)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {!look ? (
        <p className="muted">{t('Opening…')}</p>
      ) : (
        <>
          <p className="look-back__summary" aria-live="polite">
            {summary}
          </p>
          <h2 id={`${name}-noticed`}>{t('What stands out')}</h2>
          {look.observations.length > 0 ? (
            <ul className="look-back__observations" aria-labelledby={`${name}-noticed`}>
              {look.observations.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>
              {t(
                'Nothing stands out yet. A sentence shows here only when enough days point the same way.',
              )}
            </p>
          )}
          <p className="muted">
            {t(
              'These come only from what you marked. They are not a judgement, and only you know what they mean.',
            )}
          </p>
          <h2>{t('The picture')}</h2>
          <div className="look-back__body">
            <LookingBackPicture look={look} summary={summary} />
            <LookingBackTables look={look} />
          </div>
        </>
      )}
    </section>
  );
}
