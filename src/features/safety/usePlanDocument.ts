import { useEffect, useState } from 'react';
import type { LoadedPlanOf } from './planDocument';

export type PlanLoad<K extends string> =
  { status: 'loading' } | { status: 'ready'; stored: LoadedPlanOf<K> } | { status: 'failed' };

export type Watch<K extends string> = (
  onPlan: (loaded: LoadedPlanOf<K>) => void,
  onError: (error: unknown) => void,
) => () => void;

/** A plan document live from the database, for the screens that read it and the one that edits
 * it. `watch` must be a stable function (a repository's own). */
export function usePlanDocument<K extends string>(watch: Watch<K>): PlanLoad<K> {
  const [loaded, setLoaded] = useState<PlanLoad<K>>({ status: 'loading' });
  useEffect(
    () =>
      watch(
        (stored) => setLoaded({ status: 'ready', stored }),
        (error: unknown) => {
          console.error(error);
          // Once the plan is on screen, a later failed read leaves the words being written there.
          setLoaded((current) => (current.status === 'ready' ? current : { status: 'failed' }));
        },
      ),
    [watch],
  );
  return loaded;
}
