import { msg, t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { documents, getDocument, openDoc, saveDocument } from './documentsRepo';
import { AmendsInputError } from './types';
import { oneOf, requireId, text } from './validation';

/**
 * Amends to myself live in sealed documents: one for forgiving myself, one per commitment of
 * care (`self-care:<uuid>`) and one per check-in (`self-care-log:<uuid>`), so a check-in never
 * rewrites the others. The `goals` tables belong to Today and stay out of this.
 */
export const SELF_AMENDS_ID = 'self-amends';
export const COMMITMENT_PREFIX = 'self-care:';
export const CHECKIN_PREFIX = 'self-care-log:';

export interface SelfForgiveness {
  coped: string;
  forgive: string;
  need: string;
}

export type CareArea = 'rest' | 'therapy' | 'boundaries' | 'body' | 'creativity' | 'other';
export const CARE_AREAS: readonly { id: CareArea; label: string }[] = [
  { id: 'rest', label: msg('Rest') },
  { id: 'therapy', label: msg('Therapy or support') },
  { id: 'boundaries', label: msg('Boundaries') },
  { id: 'body', label: msg('My body') },
  { id: 'creativity', label: msg('Creativity and play') },
  { id: 'other', label: msg('Something else') },
];

export type CheckinHow = 'kept' | 'partly' | 'not-this-time';
export const CHECKIN_HOW: readonly { id: CheckinHow; label: string }[] = [
  { id: 'kept', label: msg('I made room for it') },
  { id: 'partly', label: msg('Partly') },
  { id: 'not-this-time', label: msg('Not this time') },
];

export interface Commitment {
  id: string;
  area: CareArea;
  promise: string;
  created: number;
  unreadable?: true;
}

export interface CareCheckin {
  id: string;
  commitmentId: string;
  day: string;
  how: CheckinHow;
  note: string;
  created: number;
}

export async function saveSelfForgiveness(
  input: Partial<SelfForgiveness>,
  now = Date.now(),
): Promise<number | undefined> {
  const fields: SelfForgiveness = {
    coped: text(input.coped, msg('How you coped')),
    forgive: text(input.forgive, msg('What you forgive yourself for')),
    need: text(input.need, msg('What you need now')),
  };
  const words = Object.values(fields).some((value) => value.trim().length > 0);
  return saveDocument(SELF_AMENDS_ID, fields, words, now);
}

export function getSelfForgiveness() {
  return getDocument<SelfForgiveness>(SELF_AMENDS_ID);
}

const areaIds = CARE_AREAS.map((area) => area.id);
const howIds = CHECKIN_HOW.map((how) => how.id);

export async function addCommitment(
  input: { area: CareArea; promise: string },
  now = Date.now(),
): Promise<string> {
  const area = oneOf(input.area, areaIds, t('Choose one of the kinds of care.')) ?? 'other';
  const promise = text(input.promise, msg('Your commitment')).trim();
  if (!promise)
    throw new AmendsInputError(t('Write a few words about what you will do for yourself.'));
  const id = COMMITMENT_PREFIX + newId();
  await saveDocument(id, { area, promise }, true, now);
  return id;
}

export async function listCommitments(): Promise<Commitment[]> {
  const rows = await documents.table.where('id').startsWith(COMMITMENT_PREFIX).toArray();
  rows.sort((a, b) => a.created - b.created);
  return Promise.all(
    rows.map(async (row) => {
      const fields = await openDoc<{ area: CareArea; promise: string }>(row);
      return fields
        ? { ...fields, id: row.id, created: row.created }
        : {
            id: row.id,
            created: row.created,
            area: 'other' as const,
            promise: '',
            unreadable: true as const,
          };
    }),
  );
}

/** Lets a commitment go, with its check-ins: nothing of it is kept. */
export async function removeCommitment(id: string): Promise<void> {
  if (!requireId(id).startsWith(COMMITMENT_PREFIX)) {
    throw new AmendsInputError(t('This is not a commitment of care.'));
  }
  const logs = await listCheckins(id);
  await documents.remove([id, ...logs.map((log) => log.id)]);
}

export async function addCheckin(
  input: { commitmentId: string; how: CheckinHow; note?: string },
  now = Date.now(),
): Promise<string> {
  const commitmentId = requireId(input.commitmentId);
  const how = oneOf(input.how, howIds, t('Choose how it went.'));
  if (!how) throw new AmendsInputError(t('Choose how it went.'));
  const note = text(input.note, msg('Your note'));
  if (!(await documents.row(commitmentId)) || !commitmentId.startsWith(COMMITMENT_PREFIX)) {
    throw new AmendsInputError(t('This commitment is not here any more.'));
  }
  const id = CHECKIN_PREFIX + newId();
  await saveDocument(id, { commitmentId, day: dayKey(now), how, note }, true, now);
  return id;
}

/** Check-ins, newest first; for one commitment when its id is given. */
export async function listCheckins(commitmentId?: string): Promise<CareCheckin[]> {
  const rows = await documents.table.where('id').startsWith(CHECKIN_PREFIX).toArray();
  rows.sort((a, b) => b.created - a.created);
  const opened = await Promise.all(
    rows.map(async (row) => {
      const fields = await openDoc<Omit<CareCheckin, 'id' | 'created'>>(row);
      return fields ? { ...fields, id: row.id, created: row.created } : undefined;
    }),
  );
  return opened.filter(
    (log): log is CareCheckin =>
      log !== undefined && (commitmentId === undefined || log.commitmentId === commitmentId),
  );
}
