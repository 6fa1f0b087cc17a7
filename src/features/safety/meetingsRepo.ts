import { msg } from '../../core/i18n/language';
import { sealedDocument } from '../../core/sealedStore';
import { DOCUMENT_IDS } from '../../db/sealedShapes';

/** The person's own meetings and the times they went, one sealed document: which groups a
 * person goes to, and what they heard there, is as private as anything they write. Nothing here
 * is looked up anywhere; the app knows only what the person typed. */
export const MEETINGS_ID = DOCUMENT_IDS.meetings;

export const MEETING_KINDS = ['in-person', 'online', 'phone', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
/** Drawn through `t`. */
export const KIND_LABELS: Record<MeetingKind, string> = {
  'in-person': msg('In person'),
  online: msg('Online'),
  phone: msg('By phone'),
  other: msg('Another way'),
};

export interface Meeting {
  id: string;
  name: string;
  kind: MeetingKind;
  /** 0 Sunday … 6 Saturday; absent for "when I can". */
  weekday?: number;
  /** HH:mm; absent when the person keeps no time. */
  time?: string;
  /** The place, or how to join. */
  where: string;
  note: string;
}

/** One time the person went. The meeting's name is copied in, so removing a meeting from the
 * list never takes away the times they went or what they noted. */
export interface Went {
  id: string;
  meetingId: string;
  name: string;
  day: string;
  note: string;
}

export interface MeetingsFields {
  meetings: Meeting[];
  went: Went[];
}

export type MeetingInput = Omit<Meeting, 'id'> & { id?: string };

export const MAX_MEETING_CHARS = 500;
export const MAX_WENT_NOTE_CHARS = 2_000;

export const store = sealedDocument<MeetingsFields>(MEETINGS_ID, () => ({
  meetings: [],
  went: [],
}));

/** Everything kept, or 'unreadable' when the document cannot be opened. */
export async function getMeetings(): Promise<MeetingsFields | 'unreadable'> {
  const doc = await store.get();
  if (!doc) return { meetings: [], went: [] };
  return doc.unreadable ? 'unreadable' : { meetings: doc.meetings, went: doc.went };
}
