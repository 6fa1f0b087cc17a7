import { t } from '../../core/i18n/language';
import { sealedDocument } from '../../core/sealedStore';
import { DOCUMENT_IDS } from '../../db/sealedShapes';
import { dayKey } from '../../lib/dates';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { number } from '../../lib/words';
import { TALK_WAYS, UNNAMED_TALK, type TalkWay } from './talkWays';

/** A simple log of the times the person reached someone: who, how, which day, and a note if they
 * like. One sealed document: who a person talks to, and about what, is as private as a journal. */
export const TALKS_ID = DOCUMENT_IDS.talks;

/** The contact's name is copied in, so removing someone from "My people" never takes away the
 * times the person reached out. */
export interface Talk {
  id: string;
  contactId: string;
  name: string;
  way: TalkWay;
  day: string;
  note: string;
}

export interface TalksFields {
  talks: Talk[];
}

export const MAX_TALK_NOTE_CHARS = 2_000;
const MAX_TALKS = 5_000;

class TalkInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'TalkInputError';
  }
}

const store = sealedDocument<TalksFields>(TALKS_ID, () => ({ talks: [] }));

/** Every talk noted, or 'unreadable' when the document cannot be opened. */
export async function getTalks(): Promise<Talk[] | 'unreadable'> {
  const doc = await store.get();
  if (!doc) return [];
  return doc.unreadable ? 'unreadable' : doc.talks;
}

async function change(next: (talks: Talk[]) => Talk[], now: number) {
  await store.update((current) => ({ talks: next(current?.talks ?? []) }), now, {
    // Writing over a document that cannot be opened would lose what it holds.
    damaged: () =>
      new TalkInputError(
        t('Your talks could not be opened just now, so nothing was changed. They are still kept.'),
      ),
  });
}

export interface TalkInput {
  contactId: string;
  name: string;
  way: TalkWay;
  day: string;
  note: string;
}

/** Notes a talk with someone on a day no later than today. Returns its id. */
export async function noteTalk(input: TalkInput, now = Date.now()): Promise<string> {
  const note = input.note.trim();
  if (note.length > MAX_TALK_NOTE_CHARS) {
    throw new TalkInputError(
      t('A note can be up to {count} characters. Your journal has room for more.', {
        count: number(MAX_TALK_NOTE_CHARS),
      }),
    );
  }
  if (!TALK_WAYS.includes(input.way)) {
    throw new TalkInputError(
      t('Please choose how you talked: a call, messages, in person or another way.'),
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day) || input.day > dayKey(now)) {
    throw new TalkInputError(t('Please choose today or a day before it.'));
  }
  const talk: Talk = {
    id: newId(),
    contactId: input.contactId,
    name: input.name.trim() || UNNAMED_TALK,
    way: input.way,
    day: input.day,
    note,
  };
  await change((talks) => {
    if (talks.length >= MAX_TALKS) {
      throw new TalkInputError(t('Your log is full. Removing some older notes makes room.'));
    }
    return [...talks, talk];
  }, now);
  return talk.id;
}

export async function removeTalk(id: string, now = Date.now()): Promise<void> {
  await change((talks) => talks.filter((t) => t.id !== id), now);
}
