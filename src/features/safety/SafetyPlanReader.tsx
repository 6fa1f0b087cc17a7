import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { watchSafetyPlan, type LoadedPlan } from './safetyPlanRepo';
import { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';
import './safety.css';

type Loaded =
  { status: 'loading' } | { status: 'ready'; stored: LoadedPlan } | { status: 'failed' };

/** The safety plan to read in a hard moment: large and calm, with changing it a tap away. */
export default function SafetyPlanReader() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(
    () =>
      watchSafetyPlan(
        (stored) => setLoaded({ status: 'ready', stored }),
        (error: unknown) => {
          console.error(error);
          setLoaded((current) => (current.status === 'ready' ? current : { status: 'failed' }));
        },
      ),
    [],
  );

  return (
    <section className="plan-reader">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My safety plan</h1>
      {loaded.status === 'loading' && <p className="muted">Opening your plan…</p>}
      {loaded.status === 'failed' && (
        <p role="alert" className="notice">
          Your plan could not be opened just now. Nothing in it was changed. Reload the page to try
          again.
        </p>
      )}
      {loaded.status === 'ready' && <PlanToRead stored={loaded.stored} />}
      <p>
        <Link href={ROUTES.safetyPlanEdit} className="button button--quiet">
          {loaded.status === 'ready' && loaded.stored.updated === 0
            ? 'Write my plan'
            : 'Change my plan'}
        </Link>
      </p>
    </section>
  );
}

function PlanToRead({ stored }: { stored: LoadedPlan }) {
  // Only the sections with words: in a hard moment, empty headings are only more to read.
  const sections = SAFETY_PLAN_SECTIONS.filter(({ key }) => stored.plan[key].trim());
  const [whole, setWhole] = useState(false);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // After Next or Previous the new section's heading takes focus, so it is read out; never on
    // opening the page.
    if (moved.current) heading.current?.focus();
  }, [index]);

  if (stored.unreadable) {
    return (
      <p role="alert" className="notice">
        Your saved plan could not be opened. It may have been damaged. You can write a new one when
        you feel ready.
      </p>
    );
  }
  if (sections.length === 0) {
    return (
      <p>
        Your plan has no words in it yet. When things are calmer, you can write one: a few words in
        one section is already a start.
      </p>
    );
  }

  const at = Math.min(index, sections.length - 1);
  const section = sections[at]!;
  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };

  return (
    <>
      <div className="row" role="group" aria-label="How to read">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={!whole}
          onClick={() => setWhole(false)}
        >
          One part at a time
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={whole}
          onClick={() => setWhole(true)}
        >
          The whole plan
        </button>
      </div>
      {whole ? (
        sections.map(({ key, title }) => (
          <section key={key} className="plan-reader__part">
            <h2>{title}</h2>
            <p className="plan-reader__words" dir="auto">
              {stored.plan[key]}
            </p>
          </section>
        ))
      ) : (
        <section className="plan-reader__part">
          <p className="muted">
            Part {at + 1} of {sections.length}
          </p>
          <h2 ref={heading} tabIndex={-1}>
            {section.title}
          </h2>
          <p className="plan-reader__words" dir="auto">
            {stored.plan[section.key]}
          </p>
          <div className="row">
            {at > 0 && (
              <button type="button" className="button button--quiet" onClick={() => go(at - 1)}>
                Previous
              </button>
            )}
            {at + 1 < sections.length && (
              <button type="button" className="button" onClick={() => go(at + 1)}>
                Next
              </button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
