import { moodLabel } from '../../journal';
import {
  MEETING_KIND_LABELS,
  meetingWhen,
  SAFETY_PLAN_SECTIONS,
  STAYING_WELL_SECTIONS,
  TALK_WAY_LABELS,
} from '../../safety';
import { field, listField, type DocField, type DocPart } from './model';
import { dateOf, dayOf, outOfTen } from './parts';

// The rest of a whole journal, for the Markdown export only: check-ins, goals, people, plans and
// worksheets. They arrive as a backup's opened words, already checked against their shapes
// (db/sealedShapes.ts), and are read here by the labels their own screens show.

type Words = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const words = (value: unknown): Words =>
  typeof value === 'object' && value !== null ? (value as Words) : {};

const HALT = { hungry: 'Hungry', angry: 'Angry', lonely: 'Lonely', tired: 'Tired' } as const;
const REVIEW = {
  wentWell: 'What went well today',
  hurt: 'Where I was hurt, or hurtful',
  differently: 'What I would do differently',
  setRight: 'Anything to set right',
} as const;

export function checkinPart(day: string, fields: Words): DocPart {
  const halt = words(fields.halt);
  const review = words(fields.review);
  const craving = typeof fields.craving === 'number' ? fields.craving : undefined;
  const gratitude = Array.isArray(fields.gratitude) ? fields.gratitude.map(str) : [];
  return {
    title: `Check-in, ${dayOf(day)}`,
    meta: [],
    fields: [
      ...field('How I felt', moodLabel(typeof fields.mood === 'number' ? fields.mood : undefined)),
      ...listField(
        'HALT: I was',
        Object.entries(HALT).map(([key, label]) => (halt[key] === true ? label : undefined)),
      ),
      ...field('Cravings or urges', craving === undefined ? undefined : outOfTen(craving)),
      ...field('What set them off', str(fields.triggers)),
      ...listField('Grateful for', gratitude),
      ...field('One small win', str(fields.win)),
      ...Object.entries(REVIEW).flatMap(([key, label]) => field(label, str(review[key]))),
      ...field('What helped in a hard moment', str(fields.whatHelped)),
    ],
  };
}

export interface GoalLogWords {
  day: string;
  value: number;
  note: string;
}

export function goalPart(fields: Words, created: number, logs: GoalLogWords[]): DocPart {
  const measure = words(fields.measure);
  const victories = Array.isArray(fields.victories) ? fields.victories.map(words) : [];
  const unit = str(measure.unit)?.trim();
  const amount = (value: number) =>
    measure.kind === 'done'
      ? 'done'
      : measure.kind === 'scale'
        ? outOfTen(value)
        : `${value}${unit ? ` ${unit}` : ''}`;
  const logFields: DocField[] = logs.flatMap((log) =>
    field(dayOf(log.day), [amount(log.value), log.note.trim()].filter(Boolean).join(': ')),
  );
  return {
    title: str(fields.name)?.trim() || 'A goal not named yet',
    meta: [dateOf(created)],
    fields: [
      ...field('Why it matters to me', str(fields.why)),
      ...logFields,
      ...victories.flatMap((v) => field(`A victory, ${dayOf(str(v.day) ?? '')}`, str(v.text))),
    ],
  };
}

const ROLES: Record<string, string> = {
  sponsor: 'My sponsor',
  mentor: 'My mentor',
  partner: 'My accountability partner',
};

export function contactPart(fields: Words): DocPart {
  return {
    title: str(fields.name)?.trim() || 'Someone not named yet',
    meta: [],
    fields: [
      ...field('Name', str(fields.name)),
      ...field('Who they are to me', str(fields.relation)),
      ...field('In my recovery', ROLES[str(fields.role) ?? '']),
      ...field('Phone', str(fields.phone)),
      ...field('A note', str(fields.note)),
    ],
  };
}

/** The person's meetings, then each time they went with what they noted, oldest first. */
export function meetingsParts(fields: Words): DocPart[] {
  const meetings = Array.isArray(fields.meetings) ? fields.meetings.map(words) : [];
  const went = Array.isArray(fields.went) ? fields.went.map(words) : [];
  const when = (m: Words) =>
    meetingWhen({
      ...(typeof m.weekday === 'number' && { weekday: m.weekday }),
      ...(str(m.time) && { time: str(m.time) }),
    });
  return [
    ...meetings.map((m) => ({
      title: str(m.name)?.trim() || 'A meeting not named yet',
      meta: [],
      fields: [
        ...field('How', (MEETING_KIND_LABELS as Record<string, string>)[str(m.kind) ?? '']),
        ...field('When', when(m)),
        ...field('Where or how to join', str(m.where)),
        ...field('A note', str(m.note)),
      ],
    })),
    ...went
      .sort((a, b) => (str(a.day) ?? '').localeCompare(str(b.day) ?? ''))
      // The meeting's name is a field, not only the title: a part with no fields is left out,
      // and a time went with no note still counts.
      .map((w) => ({
        title: 'I went to a meeting',
        meta: [dayOf(str(w.day) ?? '')],
        fields: [
          ...field('Meeting', str(w.name)?.trim() || 'A meeting not named'),
          ...field('What I heard or shared', str(w.note)),
        ],
      })),
  ];
}

/** Crisis lines the person added themself: each a name, a number and a note. */
export function ownLinesParts(fields: Words): DocPart[] {
  const lines = Array.isArray(fields.lines) ? fields.lines.map(words) : [];
  return lines.map((line) => ({
    title: str(line.name)?.trim() || 'A line not named yet',
    meta: [],
    fields: [...field('Number', str(line.number)), ...field('A note', str(line.note))],
  }));
}

/** A plan of sections is the whole of its section: the section names it, each part its own. */
function planPart(sections: readonly { key: string; title: string }[], fields: Words): DocPart {
  return {
    title: '',
    meta: [],
    fields: sections.flatMap((section) => field(section.title, str(fields[section.key]))),
  };
}

export const safetyPlanPart = (fields: Words) => planPart(SAFETY_PLAN_SECTIONS, fields);
export const stayingWellPart = (fields: Words) => planPart(STAYING_WELL_SECTIONS, fields);

export function recoveryPart(fields: Words): DocPart {
  const start = str(fields.start);
  const slips = Array.isArray(fields.slips) ? fields.slips.map(words) : [];
  return {
    title: '',
    meta: [],
    fields: [
      ...field('Counting from', start ? dayOf(start) : undefined),
      ...slips.flatMap((slip) =>
        field(
          `A slip, ${dayOf(str(slip.day) ?? '')}`,
          str(slip.note)?.trim() || 'Noted with care.',
        ),
      ),
    ],
  };
}

export function selfForgivenessPart(fields: Words): DocPart {
  return {
    title: '',
    meta: [],
    fields: [
      ...field('How I coped, when I had nothing better', str(fields.coped)),
      ...field('What I forgive myself for', str(fields.forgive)),
      ...field('What I need from myself now', str(fields.need)),
    ],
  };
}

export function accountabilityPart(fields: Words): DocPart {
  return {
    title: '',
    meta: [],
    fields: [
      ...field('What I value in my relationships', str(fields.values)),
      ...field('The boundaries I hold', str(fields.boundaries)),
      ...field('How I will keep them', str(fields.keeping)),
      ...field('When I fall short, how I will make it right', str(fields.repair)),
    ],
  };
}

const CARE_AREAS: Record<string, string> = {
  rest: 'Rest',
  therapy: 'Therapy or support',
  boundaries: 'Boundaries',
  body: 'My body',
  creativity: 'Creativity and play',
  other: 'Something else',
};
const HOW: Record<string, string> = {
  kept: 'I made room for it',
  partly: 'Partly',
  'not-this-time': 'Not this time',
};

/** A commitment of care to myself, with how each check-in on it went. */
export function carePart(fields: Words, checkins: Words[]): DocPart {
  return {
    title: str(fields.promise)?.trim() || 'A commitment of care',
    meta: [CARE_AREAS[str(fields.area) ?? 'other'] ?? 'Something else'],
    fields: [
      ...field('What I will do for myself', str(fields.promise)),
      ...checkins.flatMap((c) =>
        field(
          dayOf(str(c.day) ?? ''),
          [HOW[str(c.how) ?? ''], str(c.note)?.trim()].filter(Boolean).join(': '),
        ),
      ),
    ],
  };
}

/** Each time the person reached someone, oldest first. */
export function talksParts(fields: Words): DocPart[] {
  const talks = Array.isArray(fields.talks) ? fields.talks.map(words) : [];
  return talks
    .sort((a, b) => (str(a.day) ?? '').localeCompare(str(b.day) ?? ''))
    .map((t) => ({
      title: `I talked with ${str(t.name)?.trim() || 'someone'}`,
      meta: [dayOf(str(t.day) ?? '')],
      fields: [
        ...field('How', (TALK_WAY_LABELS as Record<string, string>)[str(t.way) ?? '']),
        ...field('A note', str(t.note)),
      ],
    }));
}
