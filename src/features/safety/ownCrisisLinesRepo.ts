import { DOCUMENT_IDS } from '../../db/sealedShapes';
import { InputError } from '../../lib/errors';
import { t } from '../../core/i18n/language';
import { newId } from '../../lib/ids';
import { sealedDocument } from '../../core/sealedStore';

/** The lines a person adds themself, one sealed document: which line a person trusts in a
 * crisis is as private as anything they write. Never shown while the journal is locked. */
export const OWN_CRISIS_LINES_ID = DOCUMENT_IDS.ownCrisisLines;

export interface OwnCrisisLine {
  id: string;
  name: string;
  number: string;
  note: string;
}

export interface OwnCrisisLinesFields {
  lines: OwnCrisisLine[];
}

const MAX_OWN_LINES = 50;
const MAX_CHARS = 500;

export class OwnLineInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'OwnLineInputError';
  }
}

function validate(input: Omit<OwnCrisisLine, 'id'>): Omit<OwnCrisisLine, 'id'> {
  const line = { name: input.name.trim(), number: input.number.trim(), note: input.note.trim() };
  if (!line.name) throw new OwnLineInputError(t('Please add a name for this line.'));
  if (Object.values(line).some((value) => value.length > MAX_CHARS)) {
    throw new OwnLineInputError(
      t('Each part can be up to {count} characters. Please shorten it.', { count: MAX_CHARS }),
    );
  }
  // A star leads some short codes (Chile's *4141), so it may start the number like a +.
  if (!/^[+*]?[\d\s().-]+$/.test(line.number) || line.number.replace(/\D/g, '').length < 2) {
    throw new OwnLineInputError(
      t('The number can hold digits, spaces, brackets, dashes, and a + or * at the start.'),
    );
  }
  return line;
}

const ownLines = sealedDocument<OwnCrisisLinesFields>(OWN_CRISIS_LINES_ID, () => ({ lines: [] }));

/** The person's own lines in the order they were added, or 'unreadable' when the document
 * cannot be opened (the built-in lines still show beside that message). */
export async function listOwnCrisisLines(): Promise<OwnCrisisLine[] | 'unreadable'> {
  const doc = await ownLines.get();
  if (!doc) return [];
  return doc.unreadable ? 'unreadable' : doc.lines;
}

/** Changes the list from what is stored now, again if another tab wrote it meanwhile. */
async function change(next: (lines: OwnCrisisLine[]) => OwnCrisisLine[], now: number) {
  await ownLines.update((current) => ({ lines: next(current?.lines ?? []) }), now, {
    // Writing over a document that cannot be opened would lose what it holds.
    damaged: () =>
      new OwnLineInputError(
        t(
          'Your own lines could not be opened just now, so nothing was changed. They are still kept.',
        ),
      ),
  });
}

/** Adds a line at the end; returns its id. */
export async function addOwnCrisisLine(
  input: Omit<OwnCrisisLine, 'id'>,
  now = Date.now(),
): Promise<string> {
  const line = { id: newId(), ...validate(input) };
  await change((lines) => {
    if (lines.length >= MAX_OWN_LINES) {
      throw new OwnLineInputError(
        t('You can keep up to {count} lines of your own.', { count: MAX_OWN_LINES }),
      );
    }
    return [...lines, line];
  }, now);
  return line.id;
}

export async function removeOwnCrisisLine(id: string, now = Date.now()): Promise<void> {
  await change((lines) => lines.filter((line) => line.id !== id), now);
}
