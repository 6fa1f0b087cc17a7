import { useEffect, useRef, useState } from 'react';
import type { LoadedPlanOf, PlanSection } from './planDocument';
import type { PlanLoad } from './usePlanDocument';

/** While a plan opens, or when it cannot: the same plain words on every plan's screens. */
export function PlanLoadNotice<K extends string>({ loaded }: { loaded: PlanLoad<K> }) {
  if (loaded.status === 'loading') return <p className="muted">Opening your plan…</p>;
  if (loaded.status === 'failed') {
    return (
      <p role="alert" className="notice">
        Your plan could not be opened just now. Nothing in it was changed. Reload the page to try
        again.
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
