import { t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  MAX_MEETING_CHARS,
  MAX_WENT_NOTE_CHARS,
  MEETING_KINDS,
  store,
  type Meeting,
  type MeetingInput,
  type MeetingsFields,
} from './meetingsRepo';

// Apart from meetingsRepo.ts, which Today reads for its next-meeting card: a module is kept whole
// in one file, so writes kept there came with the first screen.

const MAX_MEETINGS = 100;

class MeetingInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'MeetingInputError';
  }
}

async function change(next: (current: MeetingsFields) => MeetingsFields, now: number) {
  await store.update((current) => next(current ?? { meetings: [], went: [] }), now, {
    // Writing over a document that cannot be opened would lose what it holds.
    damaged: () =>
      new MeetingInputError(
        t(
          'Your meetings could not be opened just now, so nothing was changed. They are still kept.',
        ),
      ),
  });
}

function validate(input: MeetingInput): Omit<Meeting, 'id'> {
  const name = input.name.trim();
  const where = input.where.trim();
  const note = input.note.trim();
  if (!name) throw new MeetingInputError(t('Please add a name for this meeting.'));
  if ([name, where, note].some((value) => value.length > MAX_MEETING_CHARS)) {
    throw new MeetingInputError(
      t('Each part can be up to {count} characters. Please shorten it.', {
        count: MAX_MEETING_CHARS,
      }),
    );
  }
  if (!MEETING_KINDS.includes(input.kind)) {
    throw new MeetingInputError(
      t('Please choose how you meet: in person, online, by phone or another way.'),
    );
  }
  const meeting: Omit<Meeting, 'id'> = { name, kind: input.kind, where, note };
  if (input.weekday !== undefined) {
    if (!Number.isInteger(input.weekday) || input.weekday < 0 || input.weekday > 6) {
      throw new MeetingInputError(t('Please choose a day of the week, or “When I can”.'));
    }
    meeting.weekday = input.weekday;
    if (input.time) {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.time)) {
        throw new MeetingInputError(t('Please write the time as hours and minutes, like 19:30.'));
      }
      meeting.time = input.time;
    }
  }
  return meeting;
}

/** Adds a meeting (no id) or changes one. Returns its id. */
export async function saveMeeting(input: MeetingInput, now = Date.now()): Promise<string> {
  const meeting = validate(input);
  const id = input.id ?? newId();
  await change((current) => {
    const exists = current.meetings.some((m) => m.id === id);
    if (!exists && current.meetings.length >= MAX_MEETINGS) {
      throw new MeetingInputError(
        t('You can keep up to {count} meetings here.', { count: MAX_MEETINGS }),
      );
    }
    return {
      ...current,
      meetings: exists
        ? current.meetings.map((m) => (m.id === id ? { id, ...meeting } : m))
        : [...current.meetings, { id, ...meeting }],
    };
  }, now);
  return id;
}

/** Takes a meeting off the list; the times the person went stay. */
export async function removeMeeting(id: string, now = Date.now()): Promise<void> {
  await change(
    (current) => ({ ...current, meetings: current.meetings.filter((m) => m.id !== id) }),
    now,
  );
}

/** Notes that the person went, on `day` (today unless given), with an optional note. */
export async function noteWent(
  meetingId: string,
  note = '',
  day?: string,
  now = Date.now(),
): Promise<string> {
  const text = note.trim();
  if (text.length > MAX_WENT_NOTE_CHARS) {
    throw new MeetingInputError(
      t('A note can be up to {count} characters. Please shorten it.', {
        count: MAX_WENT_NOTE_CHARS,
      }),
    );
  }
  const on = day ?? dayKey(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on > dayKey(now)) {
    throw new MeetingInputError(t('Please choose today or a day before it.'));
  }
  const id = newId();
  await change((current) => {
    const meeting = current.meetings.find((m) => m.id === meetingId);
    if (!meeting) throw new MeetingInputError(t('That meeting is no longer on your list.'));
    return {
      ...current,
      went: [...current.went, { id, meetingId, name: meeting.name, day: on, note: text }],
    };
  }, now);
  return id;
}

export async function removeWent(id: string, now = Date.now()): Promise<void> {
  await change((current) => ({ ...current, went: current.went.filter((w) => w.id !== id) }), now);
}
