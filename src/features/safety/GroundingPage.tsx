import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { GROUNDING_STEPS } from './grounding';
import './safety.css';

/** 5-4-3-2-1, guided one sense at a time; the heading takes focus at each step so a screen
 * reader reads the new step, and nothing moves on by itself. */
export default function GroundingPage() {
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

  const step = GROUNDING_STEPS[index];
  const total = GROUNDING_STEPS.length;

  return (
    <section className="grounding">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>Ground yourself</h1>
      {step ? (
        <div className="card grounding__step">
          <p className="muted">
            Step {index + 1} of {total}
          </p>
          <h2 ref={heading} tabIndex={-1}>
            {step.title}
          </h2>
          <p>{step.prompt}</p>
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
                Back
              </button>
            )}
            <button type="button" className="button" onClick={() => setIndex(index + 1)}>
              {index + 1 < total ? 'Next' : 'Done'}
            </button>
          </div>
        </div>
      ) : (
        <div className="card grounding__step">
          <h2 ref={heading} tabIndex={-1}>
            You did it
          </h2>
          <p>
            Notice how you feel now, without needing it to be different. You can go again, or rest
            here a while.
          </p>
          <div className="row">
            <button type="button" className="button button--quiet" onClick={() => setIndex(0)}>
              Start again
            </button>
            <Link href={ROUTES.help} className="button">
              Back to Help now
            </Link>
          </div>
        </div>
      )}
    </section>
  );
}
