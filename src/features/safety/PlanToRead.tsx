import { useEffect, useRef, useState } from 'react';
import { useT } from '../../core/i18n/language';
import type { LoadedPlanOf, PlanSection } from './planDocument';
import type { PlanLoad } from './usePlanDocument';

/** While a plan opens, or when it cannot: the same plain words on every plan's screens. */
export function PlanLoadNotice<K extends string>({ loaded }: { loaded: PlanLoad<K> }) {
  const t = useT();
  if (loaded.status === 'loading') return <p className="muted">{t('Opening your plan…')}</p>;
  if (loaded.status === 'failed') {
    return (
      <p role="alert" className="notice">
        {t(
          'Your plan could not be opened just now. Nothing in it was changed. Reload the page to try again.',
        )}
      </p>
    );
  }
  return null;
}

/** A plan to read in a hard moment: one part at a time, or the whole of it. */
export function PlanToRead<K extends string>({
  stored,
  sections: all,
}: {
  stored: LoadedPlanOf<K>;
  sections: readonly PlanSection<K>[];
}) {
  const t = useT();
  // Only the sections with words: in a hard moment, empty headings are only more to read.
  const sections = all.filter(({ key }) => stored.plan[key].trim());
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
        {t(
          'Your saved plan could not be opened. It may have been damaged. You can write a new one when you feel ready.',
        )}
      </p>
    );
  }
  if (sections.length === 0) {
    return (
      <p>
        {t(
          'Your plan has no words in it yet. When things are calmer, you can write one: a few words in one section is already a start.',
        )}
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
      <div className="row" role="group" aria-label={t('How to read')}>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={!whole}
          onClick={() => setWhole(false)}
        >
          {t('One part at a time')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={whole}
          onClick={() => setWhole(true)}
        >
          {t('The whole plan')}
        </button>
      </div>
      {whole ? (
        sections.map(({ key, title }) => (
          <section key={key} className="plan-reader__part">
            <h2>{t(title)}</h2>
            <p className="plan-reader__words" dir="auto">
              {stored.plan[key]}
            </p>
          </section>
        ))
      ) : (
        <section className="plan-reader__part">
          <p className="muted">
            {t('Part {number} of {total}', { number: at + 1, total: sections.length })}
          </p>
          <h2 ref={heading} tabIndex={-1}>
            {t(section.title)}
          </h2>
          <p className="plan-reader__words" dir="auto">
            {stored.plan[section.key]}
          </p>
          <div className="row">
            {at > 0 && (
              <button type="button" className="button button--quiet" onClick={() => go(at - 1)}>
                {t('Previous')}
              </button>
            )}
            {at + 1 < sections.length && (
              <button type="button" className="button" onClick={() => go(at + 1)}>
                {t('Next')}
              </button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
