import { useCallback, useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import { MAX_SECTION_CHARS, type LoadedPlanOf, type PlanSection } from './planDocument';

/**
 * A plan's sections, autosaved, following what another tab writes when nothing here waits.
 * `sections` and `save` are a repository's own constants, so the write stays the same one.
 */
export function PlanEditor<K extends string>({
  stored,
  sections,
  save,
}: {
  stored: LoadedPlanOf<K>;
  sections: readonly PlanSection<K>[];
  // A method signature: the catalog test would read an arrow type's return as words on screen.
  save(plan: Record<K, string>): Promise<number>;
}) {
  const t = useT();
  const id = useId();
  const [plan, setPlan] = useState<Record<K, string>>(stored.plan);
  const write = useCallback(
    (value: Record<K, string>, fit: Fit) => {
      const fitted = { ...value };
      for (const { key, title } of sections) {
        fitted[key] = fit.text(value[key], MAX_SECTION_CHARS, t(title));
      }
      return save(fitted);
    },
    [sections, save, t],
  );
  const { state } = useEditorSave({
    value: plan,
    write,
    stored,
    take: (incoming) => {
      setPlan(incoming.plan);
      return incoming.plan;
    },
  });
  const change = (key: K, words: string) => setPlan((current) => ({ ...current, [key]: words }));

  return (
    <>
      {stored.unreadable && (
        <p role="alert" className="notice">
          {t(
            'Your saved plan could not be opened. It may have been damaged. Anything you write now starts a new plan.',
          )}
        </p>
      )}
      {sections.map((section) => (
        <div className="field" key={section.key}>
          <label htmlFor={`${id}-${section.key}`}>{t(section.title)}</label>
          <span id={`${id}-${section.key}-hint`} className="muted">
            {t(section.hint)}
          </span>
          <textarea
            autoComplete="off"
            id={`${id}-${section.key}`}
            className="textarea safety-plan__text"
            aria-describedby={`${id}-${section.key}-hint`}
            value={plan[section.key]}
            onChange={(event) => change(section.key, event.target.value)}
            maxLength={MAX_SECTION_CHARS}
            dir="auto"
          />
          <LimitNote length={plan[section.key].length} max={MAX_SECTION_CHARS} />
        </div>
      ))}
      <SaveLine state={state} />
    </>
  );
}
