import { db } from '../../db/db';
import { DOCUMENT_IDS } from '../../db/sealedShapes';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';

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
  if (!line.name) throw new OwnLineInputError('Please add a name for this line.');
  if (Object.values(line).some((value) => value.length > MAX_CHARS)) {
    throw new OwnLineInputError(
      `Each part can be up to ${MAX_CHARS} characters. Please shorten it.`,
    );
  }
  // A star leads some short codes (Chile's *4141), so it may start the number like a +.
  if (!/^[+*]?[\d\s().-]+$/.test(line.number) || line.number.replace(/\D/g, '').length < 2) {
    throw new OwnLineInputError(
      'The number can hold digits, spaces, brackets, dashes, and a + or * at the start.',
    );
  }
  return line;
}

async function read(): Promise<{ lines: OwnCrisisLine[]; created?: number } | 'unreadable'> {
  const row = await db.documents.get(OWN_CRISIS_LINES_ID);
  if (!row) return { lines: [] };
  try {
    const opened = await openFields<OwnCrisisLinesFields>('documents', row);
    return { lines: opened.lines, created: row.created };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return 'unreadable';
  }
}

/** The person's own lines in the order they were added, or 'unreadable' when the document
 * cannot be opened (the built-in lines still show beside that message). */
export async function listOwnCrisisLines(): Promise<OwnCrisisLine[] | 'unreadable'> {
  const result = await read();
  return result === 'unreadable' ? result : result.lines;
}

async function write(lines: OwnCrisisLine[], created: number | undefined, now: number) {
  const fields: OwnCrisisLinesFields = { lines };
  // Sealed before the transaction: IndexedDB transactions close while WebCrypto works.
  const sealed = await sealFields('documents', OWN_CRISIS_LINES_ID, fields);
  await db.documents.put({
    id: OWN_CRISIS_LINES_ID,
    created: created ?? now,
    updated: now,
    sealed,
  });
}

function readable(result: Awaited<ReturnType<typeof read>>) {
  if (result === 'unreadable') {
    // Writing over a document that cannot be opened would lose what it holds.
    throw new OwnLineInputError(
      'Your own lines could not be opened just now, so nothing was changed. They are still kept.',
    );
  }
  return result;
}

/** Adds a line at the end; returns its id. */
export async function addOwnCrisisLine(
  input: Omit<OwnCrisisLine, 'id'>,
  now = Date.now(),
): Promise<string> {
  const line = { id: newId(), ...validate(input) };
  const current = readable(await read());
  if (current.lines.length >= MAX_OWN_LINES) {
    throw new OwnLineInputError(`You can keep up to ${MAX_OWN_LINES} lines of your own.`);
  }
  await write([...current.lines, line], current.created, now);
  return line.id;
}

export async function removeOwnCrisisLine(id: string, now = Date.now()): Promise<void> {
  const current = readable(await read());
  await write(
    current.lines.filter((line) => line.id !== id),
    current.created,
    now,
  );
}
