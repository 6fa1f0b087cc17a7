import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from '../../db/sealedShapes';
import { getStep } from '../steps';
import type { BackupRecord, BackupTable } from './format';

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
  [DOCUMENT_IDS.safetyPlan]: 'Your safety plan',
  [DOCUMENT_IDS.recoveryDays]: 'Recovery days',
  [DOCUMENT_IDS.ownFeelings]: 'Your own feeling words',
  [DOCUMENT_IDS.selfForgiveness]: 'Amends to yourself: forgiving yourself',
  [DOCUMENT_IDS.accountability]: 'Accountability in relationships',
  [DOCUMENT_IDS.ownCrisisLines]: 'Your own crisis lines',
  [DOCUMENT_IDS.meetings]: 'Your meetings',
  [DOCUMENT_IDS.talks]: 'Talks with your people',
  [DOCUMENT_IDS.stayingWell]: 'Your staying-well plan',
};

const MANY_DOCUMENT_NAMES: Record<Exclude<Prefix, typeof WORKSHEET>, string> = {
  [DOCUMENT_PREFIXES.letterToMyself]: 'A letter to yourself',
  [DOCUMENT_PREFIXES.careCommitment]: 'A commitment of care',
  [DOCUMENT_PREFIXES.careCheckin]: 'A care check-in',
};

function documentPrefix(id: string): Exclude<Prefix, typeof WORKSHEET> | undefined {
  return MANY_DOCUMENTS.find((prefix) => id.startsWith(prefix)) as
    Exclude<Prefix, typeof WORKSHEET> | undefined;
}

/** The exercise's own title, from the id in the clear (`s3-e1`), never from the words. */
function worksheetLabel(id: string): string {
  const exerciseId = id.slice(WORKSHEET.length);
  const step = Number(/^s(\d{1,2})-e\d+$/.exec(exerciseId)?.[1]);
  const exercise = getStep(step)?.exercises.find((e) => e.id === exerciseId);
  return exercise
    ? `Your worksheet for step ${step}: ${exercise.title}`
    : 'A worksheet of a step exercise';
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

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dateOf = (time: number) => dateFormat.format(new Date(time));

/** A `yyyy-MM-dd` day key as the same calendar day in words, whatever the time zone. */
function dayOf(day: unknown): string {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return String(day);
  return dateOf(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime());
}

const LIST_NAMES: Record<string, string> = {
  resentment: 'A resentment row',
  fear: 'A fear row',
  harm: 'A harm row',
};

/** A name a person recognises: the kind, and the day or date it belongs to. */
export function recordLabel(table: BackupTable, record: BackupRecord): string {
  const made = dateOf(record.created);
  switch (table) {
    case 'entries':
      return `A journal entry, ${dayOf(record.day)}`;
    case 'stepProgress':
      return `Your progress on step ${String(record.step)}`;
    case 'emotionInventories':
      return `An emotion inventory, ${dayOf(record.day)}`;
    case 'inventoryItems':
      return `${LIST_NAMES[String(record.list)] ?? 'An inventory row'}, ${dayOf(record.day)}`;
    case 'amends':
      return `An amends list item, added ${made}`;
    case 'letters':
      return `A letter, started ${made}`;
    case 'contacts':
      return `A trusted contact, added ${made}`;
    case 'checkins':
      return `Your check-in for ${dayOf(record.day)}`;
    case 'goals':
      return `A goal, started ${made}`;
    case 'goalLogs':
      return `A goal’s log for ${dayOf(record.day)}`;
    case 'documents': {
      if (record.id.startsWith(WORKSHEET)) return worksheetLabel(record.id);
      const prefix = documentPrefix(record.id);
      if (prefix) return `${MANY_DOCUMENT_NAMES[prefix]}, ${made}`;
      return ONE_DOCUMENT_NAMES[record.id] ?? `A plan or worksheet, started ${made}`;
    }
  }
}
