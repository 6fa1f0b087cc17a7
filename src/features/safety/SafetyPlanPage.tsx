import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { useAutosave } from '../../lib/useAutosave';
import { getSafetyPlan, saveSafetyPlan } from './safetyPlanRepo';
import { emptySafetyPlan, SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';
import './safety.css';

type Loaded =
  { status: 'loading' } | { status: 'ready'; unreadable: boolean } | { status: 'failed' };

export default function SafetyPlanPage() {
  const id = useId();
  const [plan, setPlan] = useState<SafetyPlan>(emptySafetyPlan);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const save = useCallback((value: SafetyPlan) => saveSafetyPlan(value), []);
  const { state } = useAutosave({ value: plan, save, enabled: loaded.status === 'ready' });

  useEffect(() => {
    let cancelled = false;
    getSafetyPlan().then(
      (stored) => {
        if (cancelled) return;
        setPlan(stored.plan);
        setLoaded({ status: 'ready', unreadable: stored.unreadable });
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setLoaded({ status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section className="safety-plan">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My safety plan</h1>
      <p>
        A plan you write while things are calmer, to follow when they are not. Fill in as much or as
        little as you like; it saves as you type and is sealed like everything you write.
      </p>
      {loaded.status === 'loading' && <p className="muted">Opening your plan…</p>}
      {loaded.status === 'failed' && (
        <p role="alert" className="notice">
          Your plan could not be opened just now. Nothing in it was changed. Reload the page to try
          again.
        </p>
      )}
      {loaded.status === 'ready' && (
        <>
          {loaded.unreadable && (
            <p role="alert" className="notice">
              Your saved plan could not be opened. It may have been damaged. Anything you write now
              starts a new plan.
            </p>
          )}
          {SAFETY_PLAN_SECTIONS.map((section) => (
            <div className="field" key={section.key}>
              <label htmlFor={`${id}-${section.key}`}>{section.title}</label>
              <span id={`${id}-${section.key}-hint`} className="muted">
                {section.hint}
              </span>
              <textarea
                id={`${id}-${section.key}`}
                className="textarea safety-plan__text"
                aria-describedby={`${id}-${section.key}-hint`}
                value={plan[section.key]}
                onChange={(event) => setPlan({ ...plan, [section.key]: event.target.value })}
              />
            </div>
          ))}
          <p role="status" className="muted">
            {state.status === 'saving' && 'Saving…'}
            {state.status === 'saved' && 'Saved on this device.'}
          </p>
          {state.status === 'error' && (
            <p role="alert" className="notice">
              {state.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
