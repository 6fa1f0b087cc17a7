import { msg, t } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { GoalLogRow, GoalRow } from '../../db/types';
import { newId } from '../../lib/ids';
import { sealedTable, type Current } from '../../core/sealedStore';
import { checkDay, validNow } from './dayInput';
import { isMeasureKind, MAX_COUNT, type GoalMeasure } from './goalMeasure';
import { checkInteger, checkText, TodayInputError } from './inputError';

export const MAX_NAME_CHARS = 200;
export const MAX_UNIT_CHARS = 40;
const MAX_VICTORIES = 500;

export interface Victory {
  id: string;
  day: string;
  text: string;
}

/** What a person writes about a goal; sealed as one record. */
export interface GoalFields {
  name: string;
  why: string;
  measure: GoalMeasure;
  victories: Victory[];
}

type GoalStatus = GoalRow['status'];

export interface Goal extends GoalFields {
  id: string;
  status: GoalStatus;
  created: number;
  updated: number;
  unreadable?: true;
}

export interface GoalLog {
  id: string;
  goalId: string;
  day: string;
  /** done: 1 or 0; scale: 0–10; count: 0 or more. */
  value: number;
  note: string;
  updated: number;
  unreadable?: true;
}

export type GoalInput = Pick<GoalFields, 'name' | 'why' | 'measure'>;

function validateMeasure(measure: unknown): GoalMeasure {
  const m = measure as GoalMeasure | undefined;
  if (!m || !isMeasureKind(m.kind)) {
    throw new TodayInputError(
      t('Choose how to measure this goal: done or not, 0 to 10, or a count.'),
    );
  }
  const unit = checkText(m.unit, msg('What you count')).trim();
  if (unit.length > MAX_UNIT_CHARS) {
    throw new TodayInputError(
      t('What you count fits in {count} characters.', { count: MAX_UNIT_CHARS }),
    );
  }
  return m.kind === 'count' && unit ? { kind: 'count', unit } : { kind: m.kind };
}

function validateGoal(input: GoalInput): GoalInput {
  const name = checkText(input.name, msg('A name'));
  if (name.length > MAX_NAME_CHARS) {
    throw new TodayInputError(
      t('A goal’s name fits in {count} characters.', { count: MAX_NAME_CHARS }),
    );
  }
  return {
    name,
    why: checkText(input.why, msg('Why it matters')),
    measure: validateMeasure(input.measure),
  };
}

function checkValue(measure: GoalMeasure, value: unknown): number {
  switch (measure.kind) {
    case 'done':
      if (value !== 0 && value !== 1) throw new TodayInputError(t('Choose done or not this day.'));
      return value;
    case 'scale':
      return checkInteger(value, 0, 10, msg('A scale answer'));
    case 'count':
      return checkInteger(value, 0, MAX_COUNT, msg('A count'));
  }
}

const goals = sealedTable<GoalRow, GoalFields>('goals', {
  empty: () => ({ name: '', why: '', measure: { kind: 'done' }, victories: [] }),
});

interface GoalLogFields {
  value: number;
  note: string;
}

const goalLogs = sealedTable<GoalLogRow, GoalLogFields, Omit<GoalLog, keyof GoalLogFields>>(
  'goalLogs',
  {
    empty: () => ({ value: 0, note: '' }),
    clear: ({ id, goalId, day, updated }) => ({ id, goalId, day, updated }),
  },
);

export function getGoal(id: string): Promise<Goal | undefined> {
  return goals.get(id);
}

/** Every goal, most recently started first. */
export async function listGoals(): Promise<Goal[]> {
  return goals.openMany(await goals.table.orderBy('created').reverse().toArray());
}

/** Read, change, seal, then write only if nobody changed the goal meanwhile. */
async function changeGoal(
  id: string,
  next: (
    current: Current<GoalRow, GoalFields> | undefined,
  ) => Promise<{ status: GoalStatus; fields: GoalFields } | undefined>,
  now: number,
): Promise<number | undefined> {
  const written = await goals.update(
    id,
    async (current) => {
      const change = await next(current);
      if (!change) return undefined;
      const { status, fields } = change;
      return { row: { id, status, created: current?.row.created ?? now, updated: now }, fields };
    },
    // Writing over a damaged goal would lose it for good; it is left exactly as it is.
    {
      damaged: () =>
        new TodayInputError(t('This goal could not be opened, so it was left as it is.')),
    },
  );
  return written ? now : undefined;
}

/**
 * Creates the goal on its first words and updates it after that. A goal with no name is kept as
 * a draft until it has one; a goal with no words at all is not kept. The measure stays as it is
 * once a day has been logged, so the log keeps its meaning.
 */
export async function saveGoal(id: string, input: GoalInput, now = Date.now()) {
  const at = validNow(now);
  if (typeof id !== 'string' || !id) throw new TodayInputError(t('A goal needs an id.'));
  const goal = validateGoal(input);
  const named = goal.name.trim().length > 0;
  return changeGoal(
    id,
    async (current) => {
      if (!current && !named && !goal.why.trim()) return undefined;
      if (current && current.fields.measure.kind !== goal.measure.kind) {
        const logged = await db.goalLogs.where('goalId').equals(id).count();
        if (logged > 0) {
          throw new TodayInputError(
            t(
              'The measure stays as it is once a day is logged, so your log keeps its meaning. You can start a new goal with a different measure.',
            ),
          );
        }
      }
      const status: GoalStatus = !named
        ? 'draft'
        : current?.row.status === 'archived'
          ? 'archived'
          : 'active';
      return { status, fields: { ...goal, victories: current?.fields.victories ?? [] } };
    },
    at,
  );
}

/** Puts a goal away or brings it back; its log and victories stay. */
export async function setGoalArchived(id: string, archived: boolean, now = Date.now()) {
  const at = validNow(now);
  await changeGoal(
    id,
    async (current) => {
      if (!current) throw new TodayInputError(t('This goal is not here any more.'));
      if (current.row.status === 'draft') {
        throw new TodayInputError(t('Give the goal a name first.'));
      }
      return { status: archived ? 'archived' : 'active', fields: current.fields };
    },
    at,
  );
}

/** Deletes a goal for good, with every day of its log and its victories. */
export async function deleteGoal(id: string): Promise<void> {
  if (typeof id !== 'string' || !id) throw new TodayInputError(t('A goal needs an id.'));
  await goals.remove([id], () =>
    db.transaction('rw', db.goals, db.goalLogs, async () => {
      await db.goalLogs.where('goalId').equals(id).delete();
      await db.goals.delete(id);
    }),
  );
}

/** Notes a small victory on a goal, on the day it happened (today unless chosen). */
export async function addVictory(goalId: string, text: string, day: string, now = Date.now()) {
  const at = validNow(now);
  checkDay(day, at);
  const words = checkText(text, msg('A victory')).trim();
  if (!words) throw new TodayInputError(t('Write a few words about the victory first.'));
  await changeGoal(
    goalId,
    async (current) => {
      if (!current) throw new TodayInputError(t('Give the goal a name first.'));
      if (current.fields.victories.length >= MAX_VICTORIES) {
        throw new TodayInputError(
          t('A goal holds up to {count} victories.', { count: MAX_VICTORIES }),
        );
      }
      const victories = [...current.fields.victories, { id: newId(), day, text: words }];
      return { status: current.row.status, fields: { ...current.fields, victories } };
    },
    at,
  );
}

export async function removeVictory(goalId: string, victoryId: string, now = Date.now()) {
  const at = validNow(now);
  await changeGoal(
    goalId,
    async (current) => {
      if (!current) return undefined;
      const victories = current.fields.victories.filter((v) => v.id !== victoryId);
      if (victories.length === current.fields.victories.length) return undefined;
      return { status: current.row.status, fields: { ...current.fields, victories } };
    },
    at,
  );
}

/** One log record per goal and day, so the pair is its identity. */
export function goalLogId(goalId: string, day: string): string {
  return `${goalId}|${day}`;
}

/** Logs a goal for a day in its own measure; logging the same day again replaces the value. */
export async function logGoal(
  goalId: string,
  day: string,
  value: number,
  note = '',
  now = Date.now(),
): Promise<void> {
  const at = validNow(now);
  checkDay(day, at);
  const goal = await getGoal(goalId);
  if (!goal || goal.status === 'draft') throw new TodayInputError(t('Give the goal a name first.'));
  if (goal.unreadable) {
    throw new TodayInputError(t('This goal could not be opened, so nothing was logged.'));
  }
  const fields = {
    value: checkValue(goal.measure, value),
    note: checkText(note, msg('A note')).trim(),
  };
  const id = goalLogId(goalId, day);
  await goalLogs.save(id, fields, (existing) =>
    existing ? { ...existing, updated: at } : { id, goalId, day, created: at, updated: at },
  );
}

export async function removeGoalLog(goalId: string, day: string): Promise<void> {
  await db.goalLogs.delete(goalLogId(goalId, day));
}

/** A goal's log, oldest day first. */
export async function listGoalLogs(goalId: string): Promise<GoalLog[]> {
  const rows = await goalLogs.table
    .where('[goalId+day]')
    .between([goalId, ''], [goalId, '\uffff'])
    .toArray();
  return goalLogs.openMany(rows);
}
