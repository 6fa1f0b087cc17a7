import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../core/i18n/language';
import { GROUNDING_STEPS } from './grounding';
import './safety.css';

/** 5-4-3-2-1, one sense at a time; the heading takes focus at each step so a screen reader reads
 * the new step, and nothing moves on by itself. Reads nothing of the journal, so it can be shown
 * while the journal is locked. */
export function GroundingGuide({ level = 2, after }: { level?: 2 | 3; after?: ReactNode }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  const Heading = level === 3 ? 'h3' : 'h2';
  const step = GROUNDING_STEPS[index];
  const total = GROUNDING_STEPS.length;

  if (!step) {
    return (
      <div className="card grounding__step">
        <Heading ref={heading} tabIndex={-1}>
          {t('You did it')}
        </Heading>
        <p>
          {t(
            'Notice how you feel now, without needing it to be different. You can go again, or rest here a while.',
          )}
        </p>
        <div className="row">
          <button type="button" className="button button--quiet" onClick={() => setIndex(0)}>
            {t('Start again')}
          </button>
          {after}
        </div>
      </div>
    );
  }
  return (
    <div className="card grounding__step">
      <p className="muted">{t('Step {number} of {total}', { number: index + 1, total })}</p>
      <Heading ref={heading} tabIndex={-1}>
        {t(step.title)}
      </Heading>
      <p>{t(step.prompt)}</p>
      <p className="grounding__count" aria-hidden="true">
        {step.count}
      </p>
      <div className="row">
        {index > 0 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setIndex(index - 1)}
          >
            {t('Back')}
          </button>
        )}
        <button type="button" className="button" onClick={() => setIndex(index + 1)}>
          {index + 1 < total ? t('Next') : t('Done')}
        </button>
      </div>
    </div>
  );
}
