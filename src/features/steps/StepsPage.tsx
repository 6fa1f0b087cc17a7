import { Link } from 'wouter';
import { t, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useEntryCountsByStep } from '../journal';
import { useStepSummaries } from './content/useStepSummaries';
import { STATUS_LABELS } from './stepStatus';
import { useStepStatuses } from './useSteps';
import './steps.css';

function entryCountLabel(count: number): string {
  if (count === 0) return t('No entries yet');
  return count === 1 ? t('1 entry') : t('{count} entries', { count });
}

export default function StepsPage() {
  const t = useT();
  const summaries = useStepSummaries();
  const statuses = useStepStatuses();
  const counts = useEntryCountsByStep();
  const loaded = statuses !== undefined && counts !== undefined;
  return (
    <section>
      <h1>{t('The twelve steps')}</h1>
      <p className="muted">
        {t(
          'Walk them in order or in the order that fits you. You can come back to any step, any time.',
        )}
      </p>
      <ol className="plain-list step-cards" aria-label={t('The twelve steps')}>
        {summaries.map((step) => {
          const status = statuses?.get(step.number) ?? 'not-started';
          const count = counts?.get(step.number) ?? 0;
          return (
            <li key={step.number} className="card step-card">
              <h2 className="step-card__title">
                <Link href={ROUTES.step(step.number)} className="step-card__link">
                  <span className="step-card__number muted">
                    {t('Step {number}', { number: step.number })}
                    <span className="visually-hidden">:</span>
                  </span>{' '}
                  <span className="step-card__name">{step.title}</span>
                </Link>
              </h2>
              <p className="step-card__promise">{step.promise}</p>
              {/* Drawn unseen until the journal answers, so each card has its height from the
                  first frame and the list below does not move down as the lines arrive. */}
              <p
                className={`step-card__meta${loaded ? '' : ' step-card__meta--waiting'}`}
                aria-hidden={loaded ? undefined : true}
              >
                <span className={`status-badge status-badge--${status}`}>
                  {t(STATUS_LABELS[status])}
                </span>
                <span className="muted">{entryCountLabel(count)}</span>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
