import { msg, t } from '../../core/i18n/language';
import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from '../../db/sealedShapes';
import { getStep, type StepWords } from '../steps';
import type { BackupRecord, BackupTable } from './format';
import { dayMonthYear as longDate } from '../../lib/dates';
import { dayInWords } from './inWords';

// What a merge may do with a record whose identity is already here, and how the preview names
// it. Names come from clear fields only (kind, day, step, dates), never from the sealed words.

// The kinds of document come from the database's registry (db/sealedShapes.ts), so a kind
// added there is known here without a list of feature constants to keep in step.

type Prefix = (typeof DOCUMENT_PREFIXES)[keyof typeof DOCUMENT_PREFIXES];

/** A step exercise's worksheet is one per exercise, named by the id's tail (`worksheet:s1-e1`):
 * the exercise reads only its own, so, as with a fixed document, a second cannot sit beside it. */
const WORKSHEET: Prefix = DOCUMENT_PREFIXES.worksheet;

/** Documents kept one per id prefix: each is its own record, so a second can sit beside it. */
const MANY_DOCUMENTS: readonly Prefix[] = Object.values(DOCUMENT_PREFIXES).filter(
  (prefix) => prefix !== WORKSHEET,
);

/** Documents that exist once (every other fixed id is treated the same way). The trends digest
 * is rebuilt from the inventories, never carried in a backup. */
const ONE_DOCUMENT_NAMES: Record<string, string> = {
  [DOCUMENT_IDS.safetyPlan]: msg('Your safety plan'),
  [DOCUMENT_IDS.recoveryDays]: msg('Recovery days'),
  [DOCUMENT_IDS.ownFeelings]: msg('Your own feeling words'),
  [DOCUMENT_IDS.selfForgiveness]: msg('Amends to yourself: forgiving yourself'),
  [DOCUMENT_IDS.accountability]: msg('Accountability in relationships'),
  [DOCUMENT_IDS.ownCrisisLines]: msg('Your own crisis lines'),
  [DOCUMENT_IDS.meetings]: msg('Your meetings'),
  [DOCUMENT_IDS.talks]: msg('Talks with your people'),
  [DOCUMENT_IDS.stayingWell]: msg('Your staying-well plan'),
};

/** Each names the day it was made, `{date}`. */
const MANY_DOCUMENT_NAMES: Record<Exclude<Prefix, typeof WORKSHEET>, string> = {
  [DOCUMENT_PREFIXES.letterToMyself]: msg('A letter to yourself, {date}'),
  [DOCUMENT_PREFIXES.careCommitment]: msg('A commitment of care, {date}'),
  [DOCUMENT_PREFIXES.careCheckin]: msg('A care check-in, {date}'),
};

function documentPrefix(id: string): Exclude<Prefix, typeof WORKSHEET> | undefined {
  return MANY_DOCUMENTS.find((prefix) => id.startsWith(prefix)) as
    Exclude<Prefix, typeof WORKSHEET> | undefined;
}

/** The steps' words a record's name may need (an exercise's title), in the person's language
 * (loadStepWords); without them, the English ones. */
type StepNames = Pick<StepWords, 'getStep'>;

/** The exercise's own title, from the id in the clear (`s3-e1`), never from the words. */
function worksheetLabel(id: string, { getStep }: StepNames): string {
  const exerciseId = id.slice(WORKSHEET.length);
  const step = Number(/^s(\d{1,2})-e\d+$/.exec(exerciseId)?.[1]);
  const exercise = getStep(step)?.exercises.find((e) => e.id === exerciseId);
  return exercise
    ? t('Your worksheet for step {step}: {title}', { step, title: exercise.title })
    : t('A worksheet of a step exercise');
}

/**
 * Where a kind holds one record per day, step, goal-and-day or fixed document, two versions
 * cannot both be kept: the person keeps what is here or takes the newer.
 */
export function allowsTwo(table: BackupTable, id: string): boolean {
  if (table === 'checkins' || table === 'stepProgress' || table === 'goalLogs') return false;
  if (table === 'documents') return documentPrefix(id) !== undefined;
  return true;
}

/** A fresh id for a copy kept side by side; documents keep the prefix their feature reads. */
export function copyId(table: BackupTable, id: string): string {
  const prefix = table === 'documents' ? (documentPrefix(id) ?? '') : '';
  return prefix + crypto.randomUUID();
}

/** What makes two records "the same one" in each kind (an index the app keeps unique, or the
 * one record a feature reads for a goal and day). */
export function identityOf(table: BackupTable, record: Record<string, unknown>): string {
  if (table === 'checkins') return `day:${String(record.day)}`;
  if (table === 'stepProgress') return `step:${String(record.step)}`;
  if (table === 'goalLogs') return `log:${String(record.goalId)}|${String(record.day)}`;
  return `id:${String(record.id)}`;
}

/** Each names its day, `{date}`. */
const LIST_NAMES: Record<string, string> = {
  resentment: msg('A resentment row, {date}'),
  fear: msg('A fear row, {date}'),
  harm: msg('A harm row, {date}'),
};

/** A name a person recognises, in their language: the kind, and the day or date it belongs to. */
export function recordLabel(
  table: BackupTable,
  record: BackupRecord,
  steps: StepNames = { getStep },
): string {
  const made = { date: longDate(record.created) };
  const day = { date: dayInWords(record.day) };
  switch (table) {
    case 'entries':
      return t('A journal entry, {date}', day);
    case 'stepProgress':
      return t('Your progress on step {step}', { step: String(record.step) });
    case 'emotionInventories':
      return t('An emotion inventory, {date}', day);
    case 'inventoryItems':
      return t(LIST_NAMES[String(record.list)] ?? msg('An inventory row, {date}'), day);
    case 'amends':
      return t('An amends list item, added {date}', made);
    case 'letters':
      return t('A letter, started {date}', made);
    case 'contacts':
      return t('A trusted contact, added {date}', made);
    case 'checkins':
      return t('Your check-in for {date}', day);
    case 'goals':
      return t('A goal, started {date}', made);
    case 'goalLogs':
      return t('A goal’s log for {date}', day);
    case 'documents': {
      if (record.id.startsWith(WORKSHEET)) return worksheetLabel(record.id, steps);
      const prefix = documentPrefix(record.id);
      if (prefix) return t(MANY_DOCUMENT_NAMES[prefix], made);
      const name = ONE_DOCUMENT_NAMES[record.id];
      return name ? t(name) : t('A plan or worksheet, started {date}', made);
    }
  }
}
