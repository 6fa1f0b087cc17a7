import { msg, t } from '../../../core/i18n/language';
import { moodLabel } from '../../journal';
import {
  MEETING_KIND_LABELS,
  meetingWhen,
  SAFETY_PLAN_SECTIONS,
  STAYING_WELL_SECTIONS,
  TALK_WAY_LABELS,
  UNNAMED_TALK,
} from '../../safety';
import { number as count } from '../../../lib/words';
import { field, listField, theirWords, type DocField, type DocPart } from './model';
import { dateOf, dayOf, outOfTen } from './parts';

// The rest of a whole journal, for the Markdown export only: check-ins, goals, people, plans and
// worksheets. They arrive as a backup's opened words, already checked against their shapes
// (db/sealedShapes.ts), and are read here by the labels their own screens show.

type Words = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const words = (value: unknown): Words =>
  typeof value === 'object' && value !== null ? (value as Words) : {};

const HALT = {
  hungry: msg('Hungry'),
  angry: msg('Angry'),
  lonely: msg('Lonely'),
  tired: msg('Tired'),
} as const;
const REVIEW = {
  wentWell: msg('What went well today'),
  hurt: msg('Where I was hurt, or hurtful'),
  differently: msg('What I would do differently'),
  setRight: msg('Anything to set right'),
} as const;

export function checkinPart(day: string, fields: Words): DocPart {
  const halt = words(fields.halt);
  const review = words(fields.review);
  const craving = typeof fields.craving === 'number' ? fields.craving : undefined;
  const gratitude = Array.isArray(fields.gratitude) ? fields.gratitude.map(str) : [];
  return {
    title: t('Check-in, {date}', { date: dayOf(day) }),
    meta: [],
    fields: [
      ...field(
        t('How I felt'),
        theirWords(moodLabel(typeof fields.mood === 'number' ? fields.mood : undefined)),
      ),
      ...listField(
        t('HALT: I was'),
        Object.entries(HALT).map(([key, label]) => (halt[key] === true ? t(label) : undefined)),
      ),
      ...field(t('Cravings or urges'), craving === undefined ? undefined : outOfTen(craving)),
      ...field(t('What set them off'), str(fields.triggers)),
      ...listField(t('Grateful for'), gratitude),
      ...field(t('One small win'), str(fields.win)),
      ...Object.entries(REVIEW).flatMap(([key, label]) => field(t(label), str(review[key]))),
      ...field(t('What helped in a hard moment'), str(fields.whatHelped)),
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
      ? t('done')
      : measure.kind === 'scale'
        ? outOfTen(value)
        : `${count(value)}${unit ? ` ${unit}` : ''}`;
  const logFields: DocField[] = logs.flatMap((log) =>
    field(dayOf(log.day), [amount(log.value), log.note.trim()].filter(Boolean).join(': ')),
  );
  return {
    title: str(fields.name)?.trim() || t('A goal not named yet'),
    meta: [dateOf(created)],
    fields: [
      ...field(t('Why it matters to me'), str(fields.why)),
      ...logFields,
      ...victories.flatMap((v) =>
        field(t('A victory, {date}', { date: dayOf(str(v.day) ?? '') }), str(v.text)),
      ),
    ],
  };
}

const ROLES: Record<string, string> = {
  sponsor: msg('My sponsor'),
  mentor: msg('My mentor'),
  partner: msg('My accountability partner'),
};

export function contactPart(fields: Words): DocPart {
  return {
    title: str(fields.name)?.trim() || t('Someone not named yet'),
    meta: [],
    fields: [
      ...field(t('Name'), str(fields.name)),
      ...field(t('Who they are to me'), str(fields.relation)),
      ...field(t('In my recovery'), theirWords(ROLES[str(fields.role) ?? ''])),
      ...field(t('Phone'), str(fields.phone)),
      ...field(t('A note'), str(fields.note)),
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
      title: str(m.name)?.trim() || t('A meeting not named yet'),
      meta: [],
      fields: [
        ...field(
          t('How'),
          theirWords((MEETING_KIND_LABELS as Record<string, string>)[str(m.kind) ?? '']),
        ),
        ...field(t('When'), when(m)),
        ...field(t('Where or how to join'), str(m.where)),
        ...field(t('A note'), str(m.note)),
      ],
    })),
    ...went
      .sort((a, b) => (str(a.day) ?? '').localeCompare(str(b.day) ?? ''))
      // The meeting's name is a field, not only the title: a part with no fields is left out,
      // and a time went with no note still counts.
      .map((w) => ({
        title: t('I went to a meeting'),
        meta: [dayOf(str(w.day) ?? '')],
        fields: [
          ...field(t('Meeting'), str(w.name)?.trim() || t('A meeting not named')),
          ...field(t('What I heard or shared'), str(w.note)),
        ],
      })),
  ];
}

/** Crisis lines the person added themself: each a name, a number and a note. */
export function ownLinesParts(fields: Words): DocPart[] {
  const lines = Array.isArray(fields.lines) ? fields.lines.map(words) : [];
  return lines.map((line) => ({
    title: str(line.name)?.trim() || t('A line not named yet'),
    meta: [],
    fields: [...field(t('Number'), str(line.number)), ...field(t('A note'), str(line.note))],
  }));
}

/** A plan of sections is the whole of its section: the section names it, each part its own. */
function planPart(sections: readonly { key: string; title: string }[], fields: Words): DocPart {
  return {
    title: '',
    meta: [],
    fields: sections.flatMap((section) =>
      field(theirWords(section.title), str(fields[section.key])),
    ),
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
      ...field(t('Counting from'), start ? dayOf(start) : undefined),
      ...slips.flatMap((slip) =>
        field(
          t('A slip, {date}', { date: dayOf(str(slip.day) ?? '') }),
          str(slip.note)?.trim() || t('Noted with care.'),
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
      ...field(t('How I coped, when I had nothing better'), str(fields.coped)),
      ...field(t('What I forgive myself for'), str(fields.forgive)),
      ...field(t('What I need from myself now'), str(fields.need)),
    ],
  };
}

export function accountabilityPart(fields: Words): DocPart {
  return {
    title: '',
    meta: [],
    fields: [
      ...field(t('What I value in my relationships'), str(fields.values)),
      ...field(t('The boundaries I hold'), str(fields.boundaries)),
      ...field(t('How I will keep them'), str(fields.keeping)),
      ...field(t('When I fall short, how I will make it right'), str(fields.repair)),
    ],
  };
}

const CARE_AREAS: Record<string, string> = {
  rest: msg('Rest'),
  therapy: msg('Therapy or support'),
  boundaries: msg('Boundaries'),
  body: msg('My body'),
  creativity: msg('Creativity and play'),
  other: msg('Something else'),
};
const HOW: Record<string, string> = {
  kept: msg('I made room for it'),
  partly: msg('Partly'),
  'not-this-time': msg('Not this time'),
};

/** A commitment of care to myself, with how each check-in on it went. */
export function carePart(fields: Words, checkins: Words[]): DocPart {
  return {
    title: str(fields.promise)?.trim() || t('A commitment of care'),
    meta: [t(CARE_AREAS[str(fields.area) ?? 'other'] ?? CARE_AREAS.other!)],
    fields: [
      ...field(t('What I will do for myself'), str(fields.promise)),
      ...checkins.flatMap((c) =>
        field(
          dayOf(str(c.day) ?? ''),
          [theirWords(HOW[str(c.how) ?? '']), str(c.note)?.trim()].filter(Boolean).join(': '),
        ),
      ),
    ],
  };
}

function talkTitle(name: string | undefined): string {
  if (!name) return t('I talked with someone');
  // In English this reads as the file always has, capital and all.
  if (name === UNNAMED_TALK) return t('I talked with Someone');
  return t('I talked with {name}', { name });
}

/** Each time the person reached someone, oldest first. */
export function talksParts(fields: Words): DocPart[] {
  const talks = Array.isArray(fields.talks) ? fields.talks.map(words) : [];
  return talks
    .sort((a, b) => (str(a.day) ?? '').localeCompare(str(b.day) ?? ''))
    .map((talk) => ({
      title: talkTitle(str(talk.name)?.trim()),
      meta: [dayOf(str(talk.day) ?? '')],
      fields: [
        ...field(
          t('How'),
          theirWords((TALK_WAY_LABELS as Record<string, string>)[str(talk.way) ?? '']),
        ),
        ...field(t('A note'), str(talk.note)),
      ],
    }));
}
