import { msg, t } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { LetterRow, LetterStatus } from '../../db/types';
import { sealedTable } from '../../core/sealedStore';
import { LETTER_KINDS, LETTER_SECTIONS, letterHasWords } from './letterSections';
import { AmendsInputError, type Letter, type LetterFields, type LetterInput } from './types';
import { requireId, text } from './validation';

const letters = sealedTable<LetterRow, LetterFields>('letters', {
  empty: () => ({ recipient: '', sections: {} }),
});

/** A released letter has no words left to open: only its date remains (keptWithoutWords). */
function openLetter(row: LetterRow): Promise<Letter> {
  return letters.open(row);
}

export async function getLetter(id: string): Promise<Letter | undefined> {
  const row = await letters.row(id);
  return row ? openLetter(row) : undefined;
}

/** Every letter, newest first; released ones are only a date. */
export async function listLetters(): Promise<Letter[]> {
  const rows = await letters.table.orderBy('created').reverse().toArray();
  return Promise.all(rows.map(openLetter));
}

function validLetter(input: LetterInput): LetterFields {
  const kind = input.kind;
  if (kind !== undefined && !LETTER_KINDS.includes(kind)) {
    throw new AmendsInputError(t('That kind of letter is not one Stepwork knows.'));
  }
  // A letter to myself is always to myself; the other new kinds are to someone else. A letter
  // to someone I harmed may still be to myself (myself first among the people I harmed).
  const toMyself =
    kind === 'myself'
      ? true
      : kind === undefined || kind === 'harmed'
        ? (input.toMyself ?? false)
        : false;
  if (typeof toMyself !== 'boolean') throw new AmendsInputError(t('“To myself” is yes or no.'));
  const sections: LetterFields['sections'] = {};
  for (const section of LETTER_SECTIONS) {
    const value = text(input.sections?.[section.id], section.title);
    if (value) sections[section.id] = value;
  }
  const fields: LetterFields = {
    recipient: toMyself ? '' : text(input.recipient, msg('Whom the letter is to')).trim(),
    sections,
  };
  if (toMyself) fields.toMyself = true;
  if (kind) fields.kind = kind;
  return fields;
}

const RELEASED_TEXT = msg('This letter was released. Its words are gone for good.');

/**
 * Creates the letter on its first save with words and updates it while it is a draft. A
 * finished or sealed letter is changed only by choosing to edit it again.
 */
export async function saveLetter(
  input: LetterInput,
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  const fields = validLetter(input);
  const amendsId = input.amendsId === undefined ? undefined : requireId(input.amendsId);
  const written = await letters.save(
    id,
    fields,
    async (existing) => {
      if (existing?.status === 'released') throw new AmendsInputError(t(RELEASED_TEXT));
      if (existing && existing.status !== 'draft') {
        throw new AmendsInputError(t('This letter is finished. Choose “Edit again” to change it.'));
      }
      if (!existing && !letterHasWords(fields)) return undefined;
      const link = amendsId ?? existing?.amendsId;
      if (link !== undefined && !(await db.amends.get(link))) {
        throw new AmendsInputError(t('That person is not on your amends list any more.'));
      }
      const row: Omit<LetterRow, 'sealed'> = existing
        ? { ...existing, updated: now }
        : { id, status: 'draft', created: now, updated: now };
      if (link !== undefined) row.amendsId = link;
      return row;
    },
    [db.amends],
  );
  return written && now;
}

/** Moves a letter from one status to the next; anything else is refused in plain words. */
async function move(
  id: string,
  from: readonly LetterStatus[],
  to: LetterStatus,
  refusal: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    const row = await db.letters.get(id);
    if (!row) throw new AmendsInputError(t('Write something first. A blank letter is not kept.'));
    if (row.status === 'released') throw new AmendsInputError(t(RELEASED_TEXT));
    if (!from.includes(row.status)) throw new AmendsInputError(t(refusal));
    await db.letters.update(id, { status: to, updated: now });
  });
}

/** A letter with nobody to write to stays a draft. */
export async function finishLetter(id: string, now = Date.now()): Promise<void> {
  const letter = await getLetter(requireId(id));
  if (letter && !letter.unreadable && !letter.toMyself && !letter.recipient.trim()) {
    throw new AmendsInputError(
      t('Write whom this letter is to before you finish it. It is kept as a draft meanwhile.'),
    );
  }
  await move(id, ['draft'], 'finished', msg('Only a draft can be finished.'), now);
}

export function editLetterAgain(id: string, now = Date.now()): Promise<void> {
  return move(id, ['finished'], 'draft', msg('Unseal this letter first to edit it.'), now);
}

/** Sealing makes the letter read-only; its `updated` time is the date it was sealed. */
export function sealLetter(id: string, now = Date.now()): Promise<void> {
  return move(id, ['finished'], 'sealed', msg('Finish this letter before sealing it.'), now);
}

export function unsealLetter(id: string, now = Date.now()): Promise<void> {
  return move(id, ['sealed'], 'finished', msg('This letter is not sealed.'), now);
}

/**
 * Releases a finished or sealed letter for good. Its words are deleted from the table: with a
 * trace, the row keeps only its id, status and the date of release (no sealed words, no link to
 * the person, no dates of writing); with no trace, the row is deleted entirely.
 */
export async function releaseLetter(
  id: string,
  { keepTrace }: { keepTrace: boolean },
  now = Date.now(),
): Promise<void> {
  const release = () =>
    db.transaction('rw', db.letters, async () => {
      const row = await db.letters.get(requireId(id));
      if (!row)
        throw new AmendsInputError(t('This letter is not here, so there is nothing to release.'));
      if (row.status === 'released') throw new AmendsInputError(t(RELEASED_TEXT));
      if (row.status === 'draft') {
        throw new AmendsInputError(t('Finish this letter before releasing it.'));
      }
      if (!keepTrace) {
        await db.letters.delete(id);
        return;
      }
      const trace: Pick<LetterRow, 'id' | 'status' | 'releasedAt' | 'created' | 'updated'> = {
        id,
        status: 'released',
        releasedAt: now,
        created: now,
        updated: now,
      };
      // put() replaces the whole record, so the sealed words are gone, not merely hidden. The
      // row type requires `sealed` for every letter that still has words; a released one has none.
      await db.letters.put(trace as LetterRow);
    });
  // With no trace, the composer's last save must not bring the letter back; a trace guards
  // itself (a released letter takes no more words).
  await (keepTrace ? release() : letters.remove([id], release));
}
