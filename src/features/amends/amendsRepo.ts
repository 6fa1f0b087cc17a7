import { msg, t } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { AmendsRow, AmendsStatus } from '../../db/types';
import { sealedTable } from '../../core/sealedStore';
import { AMENDS_KINDS, HARM_ANSWERS, HARM_QUESTIONS } from './harmCheck';
import {
  AmendsInputError,
  type AmendsItem,
  type AmendsItemFields,
  type AmendsItemInput,
  type AmendsKind,
  type HarmAnswer,
  type HarmAnswers,
  type Willingness,
} from './types';
import { oneOf, requireId, text } from './validation';

export const AMENDS_STATUSES: readonly AmendsStatus[] = ['listed', 'planning', 'made', 'set-aside'];
export const WILLINGNESS: readonly Willingness[] = ['not-yet', 'becoming', 'willing'];
const MYSELF = 'Myself';

const items = sealedTable<AmendsRow, AmendsItemFields>('amends', {
  empty: () => ({ person: '', whatHappened: '' }),
  // The status is sealed with the words; a clear one is from before schema version 2.
  clear: ({ id, created, updated, inventoryItemId }) =>
    inventoryItemId === undefined
      ? { id, created, updated }
      : { id, created, updated, inventoryItemId },
});

function asItem(row: AmendsRow, fields: AmendsItemFields): AmendsItem {
  return { ...fields, ...items.clearOf(row), status: fields.status ?? row.status ?? 'listed' };
}

async function openItem(row: AmendsRow): Promise<AmendsItem> {
  const item = await items.open(row);
  return { ...item, status: item.status ?? row.status ?? 'listed' };
}

export async function getAmendsItem(id: string): Promise<AmendsItem | undefined> {
  const row = await items.row(id);
  return row ? openItem(row) : undefined;
}

/** The whole list: the person themself first among them, then everyone in the order listed. */
export async function listAmendsItems(): Promise<AmendsItem[]> {
  const rows = await db.amends.orderBy('created').toArray();
  const items = await Promise.all(rows.map(openItem));
  return [...items.filter((item) => item.myself), ...items.filter((item) => !item.myself)];
}

/**
 * Reads, changes and writes one item's sealed fields. Sealing has to happen outside the
 * transaction (it closes while WebCrypto works), so the write checks nobody wrote in between and
 * starts over if someone did. `change` returns undefined to write nothing.
 */
async function rewrite(
  id: string,
  change: (
    current: AmendsItem | undefined,
  ) => Promise<{ fields: AmendsItemFields; status: AmendsStatus } | undefined>,
  now: number,
): Promise<number | undefined> {
  const written = await items.update(
    id,
    async (current) => {
      const next = await change(current && asItem(current.row, current.fields));
      if (!next) return undefined;
      // The status goes into the sealed words; a clear one from an older version goes away.
      const clear = current ? items.clearOf(current.row) : { id, created: now };
      return {
        row: { ...clear, updated: now },
        fields: { ...next.fields, status: next.status },
      };
    },
    {
      damaged: () =>
        new AmendsInputError(t('This item could not be opened, so it is left exactly as it is.')),
    },
  );
  return written ? now : undefined;
}

function withStatus(
  fields: AmendsItemFields,
  current: AmendsItem | undefined,
  status: AmendsStatus,
  now: number,
): AmendsItemFields {
  const history =
    current?.history ?? (current ? [{ status: current.status, at: current.created }] : []);
  const last = history[history.length - 1];
  return {
    ...fields,
    history: last?.status === status ? history : [...history, { status, at: now }],
  };
}

/**
 * Creates an item on its first save with a name (or as "myself") and updates it after that.
 * Only what this screen edits is replaced; the kind, the harm check and the history stay.
 */
export async function saveAmendsItem(
  input: AmendsItemInput,
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  const edits = {
    person: text(input.person, msg('Whom this is about')).trim(),
    relationship: text(input.relationship, msg('How you know them')),
    whatHappened: text(input.whatHappened, msg('What happened')),
    myPart: text(input.myPart, msg('Your part')),
  };
  const willingness = oneOf(
    input.willingness,
    WILLINGNESS,
    t('Willingness is one of the choices.'),
  );
  const status = oneOf(input.status, AMENDS_STATUSES, t('That is not one of the statuses.'));
  if (input.myself !== undefined && typeof input.myself !== 'boolean') {
    throw new AmendsInputError(t('“Myself” is yes or no.'));
  }
  return rewrite(
    id,
    async (current) => {
      const myself = input.myself ?? current?.myself ?? false;
      if (!current && !myself && !edits.person) return undefined;
      if (current && !myself && !edits.person) {
        throw new AmendsInputError(t('Write whom this is about. The rest of the item is kept.'));
      }
      const fields: AmendsItemFields = {
        ...(current ? stripBase(current) : {}),
        person: myself ? MYSELF : edits.person,
        whatHappened: edits.whatHappened,
        relationship: myself ? '' : edits.relationship,
      };
      if (myself) fields.myself = true;
      else delete fields.myself;
      // Kept even while the harm is marked "done to me" (then it is neither shown nor shared):
      // unticking that later must not find the words gone.
      delete fields.myPart;
      if (edits.myPart) fields.myPart = edits.myPart;
      if (willingness) fields.willingness = willingness;
      const nextStatus = status ?? current?.status ?? 'listed';
      return { fields: withStatus(fields, current, nextStatus, now), status: nextStatus };
    },
    now,
  );
}

function stripBase(item: AmendsItem): AmendsItemFields {
  const { id, status, created, updated, inventoryItemId, unreadable, ...fields } = item;
  void [id, status, created, updated, inventoryItemId, unreadable];
  return fields;
}

const answerIds = HARM_ANSWERS.map((answer) => answer.id);
const kindIds = AMENDS_KINDS.map((kind) => kind.id);

/** Keeps the harm check's answers and the kind of amends the person chose after it. */
export async function saveHarmCheck(
  id: string,
  answers: HarmAnswers,
  kind: AmendsKind | undefined,
  now = Date.now(),
): Promise<number | undefined> {
  requireId(id);
  const checked: HarmAnswers = {};
  for (const question of HARM_QUESTIONS) {
    const answer = oneOf<HarmAnswer>(
      answers[question.id],
      answerIds,
      t('Each answer is yes, not sure or no.'),
    );
    if (answer) checked[question.id] = answer;
  }
  const chosen = oneOf(kind, kindIds, t('That is not one of the kinds of amends.'));
  return rewrite(
    id,
    async (current) => {
      if (!current) throw new AmendsInputError(t('This item is not on your list any more.'));
      const fields: AmendsItemFields = { ...stripBase(current), harmCheck: checked };
      if (chosen) fields.kind = chosen;
      else delete fields.kind;
      return { fields, status: current.status };
    },
    now,
  );
}

/** Takes an item off the list. Letters written to them stay, no longer linked to the item. */
export async function deleteAmendsItem(id: string): Promise<void> {
  // The editor may still be saving what was typed a moment ago: that save must not bring it back.
  await items.remove([id], () =>
    db.transaction('rw', db.amends, db.letters, async () => {
      await db.amends.delete(id);
      await db.letters
        .where('amendsId')
        .equals(id)
        .modify((row) => {
          delete row.amendsId;
        });
    }),
  );
}
