import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import {
  MAX_SECTION_CHARS,
  saveSafetyPlan,
  watchSafetyPlan,
  type LoadedPlan,
} from './safetyPlanRepo';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';
import './safety.css';

type Loaded =
  { status: 'loading' } | { status: 'ready'; stored: LoadedPlan } | { status: 'failed' };

export default function SafetyPlanPage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(
    () =>
      watchSafetyPlan(
        (stored) => setLoaded({ status: 'ready', stored }),
        (error: unknown) => {
          console.error(error);
          // Once the plan is on screen, a later failed read leaves the words being written there.
          setLoaded((current) => (current.status === 'ready' ? current : { status: 'failed' }));
        },
      ),
    [],
  );

  return (
    <section className="safety-plan">
      <p className="row">
        <Link href={ROUTES.help}>Help now</Link>
        <Link href={ROUTES.safetyPlan}>Read my plan</Link>
      </p>
      <h1>Change my safety plan</h1>
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
      {loaded.status === 'ready' && <PlanEditor stored={loaded.stored} />}
    </section>
  );
}

/** The plan's sections, autosaved, following what another tab writes when nothing here waits. */
function PlanEditor({ stored }: { stored: LoadedPlan }) {
  const id = useId();
  const [plan, setPlan] = useState<SafetyPlan>(stored.plan);
  const write = useCallback((value: SafetyPlan, fit: Fit) => {
    const fitted = { ...value };
    for (const { key, title } of SAFETY_PLAN_SECTIONS) {
      fitted[key] = fit.text(value[key], MAX_SECTION_CHARS, title);
    }
    return saveSafetyPlan(fitted);
  }, []);
  const { state } = useEditorSave({
    value: plan,
    write,
    stored,
    take: (incoming) => {
      setPlan(incoming.plan);
      return incoming.plan;
    },
  });

  return (
    <>
      {stored.unreadable && (
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
            autoComplete="off"
            id={`${id}-${section.key}`}
            className="textarea safety-plan__text"
            aria-describedby={`${id}-${section.key}-hint`}
            value={plan[section.key]}
            onChange={(event) => setPlan({ ...plan, [section.key]: event.target.value })}
            maxLength={MAX_SECTION_CHARS}
          />
          <LimitNote length={plan[section.key].length} max={MAX_SECTION_CHARS} />
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
  );
}
