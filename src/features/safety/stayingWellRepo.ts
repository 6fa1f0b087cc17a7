import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';
import { planDocument } from './planDocument';
import {
  emptyStayingWell,
  STAYING_WELL_SECTIONS,
  type StayingWellPlan,
} from './stayingWellSections';

/** The staying-well plan is one sealed document, beside the safety plan. */
export const STAYING_WELL_ID = 'staying-well';

const stayingWell = planDocument(STAYING_WELL_ID, STAYING_WELL_SECTIONS, emptyStayingWell);

/** Saves the plan; returns the `updated` time written. */
export function saveStayingWell(plan: StayingWellPlan, now = Date.now()): Promise<number> {
  return stayingWell.save(plan, now);
}

export const getStayingWell = stayingWell.get;
export const watchStayingWell = stayingWell.watch;

class PlanNotOpenedError extends InputError {
  constructor() {
    super(
      t(
        'Your staying-well plan could not be opened, so nothing was added to it. Your check-in is kept as it is.',
      ),
    );
    this.name = 'PlanNotOpenedError';
  }
}

const linesOf = (words: string) =>
  words
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Adds triggers named elsewhere (a check-in) to the plan's triggers, one a line, leaving out any
 * the plan already names. Returns how many lines were added (0 when all were there).
 */
export async function addTriggers(words: string, now = Date.now()): Promise<number> {
  let added = 0;
  await stayingWell.change(
    'triggers',
    (current) => {
      const known = new Set(linesOf(current).map((line) => line.toLowerCase()));
      const fresh = linesOf(words).filter((line) => {
        const key = line.toLowerCase();
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
      added = fresh.length;
      if (added === 0) return undefined;
      return [current.trimEnd(), ...fresh].filter(Boolean).join('\n');
    },
    () => new PlanNotOpenedError(),
    now,
  );
  return added;
}
