import { liveQuery } from 'dexie';
import { sealedDocument } from '../../core/sealedStore';
import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';

/**
 * A plan a person writes in sections of free text, kept as one sealed document (the safety plan,
 * the staying-well plan). One module, so the plans validate, load and follow other tabs alike.
 */

export const MAX_SECTION_CHARS = 20_000;

/** A section's title and hint are English, drawn through `t` on screen. */
export interface PlanSection<K extends string> {
  key: K;
  title: string;
  hint: string;
}

export interface LoadedPlanOf<K extends string> {
  plan: Record<K, string>;
  unreadable: boolean;
  /** When it was last written; 0 when there is no plan yet. */
  updated: number;
}

class PlanInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'PlanInputError';
  }
}

export function planDocument<K extends string>(
  id: string,
  sections: readonly PlanSection<K>[],
  empty: () => Record<K, string>,
) {
  const document = sealedDocument<Record<K, string>>(id, empty);

  function validate(plan: Record<K, string>): Record<K, string> {
    const clean = empty();
    for (const { key, title } of sections) {
      const value = plan[key];
      if (typeof value !== 'string') {
        throw new PlanInputError(t('“{title}” needs text.', { title: t(title) }));
      }
      if (value.length > MAX_SECTION_CHARS) {
        throw new PlanInputError(
          t('“{title}” is longer than Stepwork can keep. Please shorten it.', { title: t(title) }),
        );
      }
      clean[key] = value;
    }
    return clean;
  }

  /** Only the sections: keys this app does not know stay on disk, never on screen. */
  function known(opened: Record<K, string>): Record<K, string> {
    const plan = empty();
    for (const { key } of sections) plan[key] = opened[key];
    return plan;
  }

  async function get(): Promise<LoadedPlanOf<K>> {
    const opened = await document.get();
    if (!opened) return { plan: empty(), unreadable: false, updated: 0 };
    return { plan: known(opened), unreadable: opened.unreadable === true, updated: opened.updated };
  }

  return {
    /** Saves the plan; returns the `updated` time written. */
    async save(plan: Record<K, string>, now = Date.now()): Promise<number> {
      await document.save(validate(plan), true, now);
      return now;
    },
    /** The plan, or an empty one when none was written. An unreadable plan is said to be so. */
    get,
    /** Calls `onPlan` with the plan now and again whenever it is written, here or in another tab. */
    watch(onPlan: (loaded: LoadedPlanOf<K>) => void, onError: (error: unknown) => void) {
      const subscription = liveQuery(get).subscribe({ next: onPlan, error: onError });
      return () => subscription.unsubscribe();
    },
    /**
     * Changes one section from what is stored (never from a screen's copy, so a change made in
     * another tab meanwhile is kept). Refuses over a plan that cannot be opened: writing would
     * lose it. True when it wrote.
     */
    change(
      key: K,
      next: (current: string) => string | undefined,
      damaged: () => Error,
      now = Date.now(),
    ): Promise<boolean> {
      return document.update(
        (current) => {
          const plan = known({ ...empty(), ...current });
          const value = next(plan[key]);
          return value === undefined ? undefined : validate({ ...plan, [key]: value });
        },
        now,
        { damaged },
      );
    },
  };
}
