import * as v from 'valibot';
import type { SealedTableName } from './db';
import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from './sealedShapes';

/**
 * The shape of every sealed record's words, one schema per table (and, for `documents`, per
 * kind of document, by id or prefix). A ciphertext proves only that this device sealed the
 * bytes, not that they are what a screen expects: a backup can carry a journal entry whose body
 * is a number, and a screen that trusted it would fail. So the words are checked where they are
 * opened (`openFields`, which reports a mismatch like a record that cannot be decrypted), where a
 * backup is read (refused with where, before anything is written) and where they are sealed
 * (`sealFields`: never write what would not open).
 *
 * Strict on types, permissive on absence: a known field that is missing gets the value its
 * repository has always put in its place (a record written before a field existed still opens),
 * and top-level keys Stepwork does not know are kept as they are, never shown, so a backup of
 * them loses nothing. `tests/unit/sealedShapes.test.ts` checks that each schema's output is
 * exactly its feature's type, and that every table and document kind has a schema and a
 * repository that shows an oddly shaped record as damaged. */

const text = v.optional(v.string(), '');
const optionalText = v.optional(v.string());
const integer = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const time = v.number();
const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item), () => []);
/** valibot's object schemas take an array for an object (filling in every default); words that
 * are a list where an object belongs are not in the shape Stepwork writes. */
const notList = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
);
/** Inside the words, objects hold only the keys Stepwork reads (none other was ever written). */
const object = <T extends v.ObjectEntries>(entries: T) => v.pipe(notList, v.object(entries));

const stepStatus = v.picklist(['not-started', 'working', 'revisiting', 'complete']);
const amendsStatus = v.picklist(['listed', 'planning', 'made', 'set-aside']);

/** The fields of each shape, kept apart from the object schema so tests can compare the output
 * type with the feature's interface key for key. */
export const SHAPES = {
  entries: {
    title: text,
    body: text,
    promptId: optionalText,
    mood: v.optional(integer(1, 5)),
    tags: list(v.string()),
  },
  stepProgress: {
    history: list(object({ status: stepStatus, at: time })),
    note: optionalText,
  },
  emotionInventories: {
    whatHappened: text,
    feelings: list(
      object({
        feelingId: v.string(),
        intensity: v.optional(integer(0, 10)),
        word: optionalText,
      }),
    ),
    bodyPlaces: list(v.string()),
    thoughts: text,
    needs: text,
    chosenNeeds: list(v.string()),
    kindThing: text,
  },
  inventoryItems: {
    subject: text,
    story: text,
    shapes: optionalText,
    touched: v.optional(
      v.array(v.picklist(['self-esteem', 'security', 'relationships', 'pride', 'ambitions'])),
    ),
    touchedOther: optionalText,
    myPart: optionalText,
    doneToMe: v.optional(v.boolean(), false),
  },
  amends: {
    person: text,
    whatHappened: text,
    myPart: optionalText,
    myself: v.optional(v.boolean()),
    relationship: optionalText,
    willingness: v.optional(v.picklist(['not-yet', 'becoming', 'willing'])),
    kind: v.optional(v.picklist(['direct', 'indirect', 'living', 'letter', 'not-now'])),
    harmCheck: v.optional(
      object({
        riskToMe: v.optional(v.picklist(['yes', 'unsure', 'no'])),
        hurtThem: v.optional(v.picklist(['yes', 'unsure', 'no'])),
        noContact: v.optional(v.picklist(['yes', 'unsure', 'no'])),
        myRelief: v.optional(v.picklist(['yes', 'unsure', 'no'])),
      }),
    ),
    history: v.optional(v.array(object({ status: amendsStatus, at: time }))),
    // Sealed since schema version 2: "set aside" says "set aside for safety" to whoever reads
    // the files. Absent on a row the inventory listed and nobody has moved on yet: "listed".
    status: v.optional(amendsStatus),
  },
  letters: {
    recipient: text,
    toMyself: v.optional(v.boolean()),
    // Absent on letters written before kinds existed; they read as "harmed".
    kind: v.optional(v.picklist(['harmed', 'myself', 'harmed-me', 'lost'])),
    sections: v.optional(
      object({
        happened: optionalText,
        own: optionalText,
        affected: optionalText,
        sorry: optionalText,
        differently: optionalText,
        wish: optionalText,
        more: optionalText,
        carried: optionalText,
        coped: optionalText,
        forgive: optionalText,
        care: optionalText,
        cost: optionalText,
        takeBack: optionalText,
        letGo: optionalText,
        miss: optionalText,
        remember: optionalText,
        unsaid: optionalText,
        keep: optionalText,
      }),
      () => ({}),
    ),
  },
  contacts: {
    name: text,
    relation: text,
    phone: text,
    note: text,
    role: v.optional(v.picklist(['sponsor', 'mentor', 'partner'])),
  },
  checkins: {
    mood: v.optional(integer(1, 5)),
    halt: v.optional(
      object({
        hungry: v.optional(v.boolean(), false),
        angry: v.optional(v.boolean(), false),
        lonely: v.optional(v.boolean(), false),
        tired: v.optional(v.boolean(), false),
      }),
      () => ({ hungry: false, angry: false, lonely: false, tired: false }),
    ),
    craving: v.optional(integer(0, 10)),
    triggers: text,
    gratitude: v.optional(v.array(v.string()), () => ['', '', '']),
    win: text,
    review: v.optional(
      object({ wentWell: text, hurt: text, differently: text, setRight: text }),
      () => ({ wentWell: '', hurt: '', differently: '', setRight: '' }),
    ),
    hardMomentClosed: v.optional(v.boolean()),
    whatHelped: optionalText,
  },
  goals: {
    name: text,
    why: text,
    measure: v.optional(
      object({ kind: v.picklist(['done', 'scale', 'count']), unit: optionalText }),
      () => ({ kind: 'done' as const }),
    ),
    victories: list(object({ id: v.string(), day: v.string(), text: v.string() })),
  },
  goalLogs: { value: v.optional(v.number(), 0), note: text },
} satisfies Record<Exclude<SealedTableName, 'documents'>, v.ObjectEntries>;

const digestFeeling = v.union([
  v.tuple([v.string(), v.nullable(v.number())]),
  v.tuple([v.string(), v.nullable(v.number()), v.string()]),
]);

/** Each kind of sealed document, with how its id is recognised. */
export const DOCUMENT_SHAPES = {
  safetyPlan: {
    warningSigns: text,
    aloneThings: text,
    peoplePlaces: text,
    askForHelp: text,
    professionals: text,
    saferSurroundings: text,
    reasons: text,
  },
  recoveryDays: {
    start: optionalText,
    slips: list(object({ day: v.string(), note: text })),
    history: list(
      v.pipe(
        notList,
        v.variant('kind', [
          v.object({ kind: v.literal('start'), day: v.string(), at: time }),
          v.object({ kind: v.literal('slip'), day: v.string(), at: time }),
          v.object({ kind: v.literal('slip-removed'), day: v.string(), at: time }),
        ]),
      ),
    ),
  },
  ownFeelings: { words: list(object({ id: v.string(), word: v.string() })) },
  trendDigest: {
    watermark: v.optional(v.number(), -1),
    items: v.optional(
      v.pipe(notList, v.record(v.string(), v.tuple([v.string(), v.array(digestFeeling)]))),
      () => ({}),
    ),
  },
  selfForgiveness: { coped: text, forgive: text, need: text },
  accountability: { values: text, boundaries: text, keeping: text, repair: text },
  ownCrisisLines: {
    lines: list(object({ id: v.string(), name: v.string(), number: v.string(), note: text })),
  },
  meetings: {
    meetings: list(
      object({
        id: v.string(),
        name: v.string(),
        kind: v.picklist(['in-person', 'online', 'phone', 'other']),
        weekday: v.optional(integer(0, 6)),
        time: v.optional(v.string()),
        where: text,
        note: text,
      }),
    ),
    went: list(
      object({
        id: v.string(),
        meetingId: v.string(),
        name: v.string(),
        day: v.string(),
        note: text,
      }),
    ),
  },
  talks: {
    talks: list(
      object({
        id: v.string(),
        contactId: v.string(),
        name: v.string(),
        way: v.picklist(['call', 'text', 'in-person', 'other']),
        day: v.string(),
        note: text,
      }),
    ),
  },
  stayingWell: {
    triggers: text,
    warningSigns: text,
    whatHelps: text,
    people: text,
    places: text,
    afterSlip: text,
  },
  letterToMyself: { body: text },
  careCommitment: {
    area: v.optional(
      v.picklist(['rest', 'therapy', 'boundaries', 'body', 'creativity', 'other']),
      'other',
    ),
    promise: text,
  },
  careCheckin: {
    commitmentId: v.string(),
    day: v.string(),
    how: v.picklist(['kept', 'partly', 'not-this-time']),
    note: text,
  },
  worksheet: {
    texts: v.optional(v.pipe(notList, v.record(v.string(), v.string())), () => ({})),
    lists: v.optional(
      v.pipe(notList, v.record(v.string(), v.array(object({ id: v.string(), text: v.string() })))),
      () => ({}),
    ),
  },
} satisfies Record<keyof typeof DOCUMENT_IDS | keyof typeof DOCUMENT_PREFIXES, v.ObjectEntries>;

export type DocumentKind = keyof typeof DOCUMENT_SHAPES;

/**
 * Names a screen reads from a record's clear fields or sets itself. Repositories put the opened
 * words and the clear fields side by side in one object, so words holding one of these (an
 * entry's words with a `deletedAt`) could pass for it; a shape that does not use the name itself
 * refuses it.
 */
export const CLEAR_NAMES = [
  'id',
  'created',
  'updated',
  'sealed',
  'unreadable',
  'deletedAt',
  'day',
  'step',
  'status',
  'list',
  'inventoryItemId',
  'amendsId',
  'releasedAt',
  'goalId',
];

type Schema = v.GenericSchema<unknown, Record<string, unknown>>;
const toSchemas = <K extends string>(shapes: Record<K, v.ObjectEntries>) =>
  Object.fromEntries(
    Object.entries<v.ObjectEntries>(shapes).map(([name, entries]) => {
      const reserved = CLEAR_NAMES.filter((key) => !(key in entries));
      return [
        name,
        v.pipe(
          notList,
          v.looseObject(entries),
          v.check((words) => !reserved.some((key) => Object.hasOwn(words, key))),
        ),
      ];
    }),
  ) as unknown as Record<K, Schema>;

const TABLE_SCHEMAS = toSchemas(SHAPES);
const DOCUMENT_SCHEMAS = toSchemas(DOCUMENT_SHAPES);

/** Which kind of document an id names, by its fixed id or its prefix. */
export function documentKind(id: string): DocumentKind | undefined {
  for (const [kind, fixed] of Object.entries(DOCUMENT_IDS)) {
    if (id === fixed) return kind as DocumentKind;
  }
  for (const [kind, prefix] of Object.entries(DOCUMENT_PREFIXES)) {
    if (id.startsWith(prefix)) return kind as DocumentKind;
  }
  return undefined;
}

/** The schema a record's words must match: by table, and for documents by id. A document
 * whose id names no kind here has none: no feature reads it, and none was ever written (every
 * document id Stepwork has used is above), so it is refused rather than carried unchecked. */
function sealedSchema(table: SealedTableName, id: string): Schema | undefined {
  if (table !== 'documents') return TABLE_SCHEMAS[table];
  const kind = documentKind(id);
  return kind && DOCUMENT_SCHEMAS[kind];
}

export type ShapeCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'shape' | 'unknown-kind'; path: string[] };

/**
 * Checks opened words against their schema. On a match, returns them with any missing field
 * filled in; otherwise the path to the first field that does not fit (empty when the words are
 * not an object at all), for a message that says where.
 */
export function checkSealedShape(table: SealedTableName, id: string, value: unknown): ShapeCheck {
  const schema = sealedSchema(table, id);
  if (!schema) return { ok: false, reason: 'unknown-kind', path: [] };
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const path = (result.issues[0]?.path ?? []).map((item) => String(item.key));
  return { ok: false, reason: 'shape', path };
}
