import * as v from 'valibot';
import { BACKUP_FORMAT } from './format';

// The shape of a backup file, checked in full before anything touches the database. Records are
// strict objects: a field this app does not know is refused rather than silently dropped, so an
// import always reproduces exactly what the file holds.

const MAX_ID_CHARS = 200;
/** Later than any real date (year 275760 is JavaScript's last), earlier than zero is refused. */
const MAX_TIME = 8.64e15;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const step = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(12));
/** The opened words of a record: every repository seals one object of named fields. Their shape
 * is checked after this, per table and document kind (db/sealedShapes.ts, in parseBackup.ts);
 * the walker has already bounded their depth, keys and sizes. */
const fields = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'The words are missing.',
);

const base = { id, created: time, updated: time, fields };

const RECORD_SCHEMAS = {
  entries: v.strictObject({ ...base, day, step: step(0), deletedAt: v.optional(time) }),
  stepProgress: v.strictObject({
    ...base,
    step: step(1),
    status: v.picklist(['not-started', 'working', 'revisiting', 'complete']),
  }),
  emotionInventories: v.strictObject({ ...base, day, status: v.picklist(['draft', 'finished']) }),
  inventoryItems: v.strictObject({
    ...base,
    day,
    list: v.picklist(['resentment', 'fear', 'harm']),
  }),
  amends: v.strictObject({
    ...base,
    status: v.picklist(['listed', 'planning', 'made', 'set-aside']),
    inventoryItemId: v.optional(id),
  }),
  letters: v.strictObject({
    ...base,
    status: v.picklist(['draft', 'finished', 'sealed', 'released']),
    amendsId: v.optional(id),
    releasedAt: v.optional(time),
  }),
  contacts: v.strictObject(base),
  checkins: v.strictObject({ ...base, day }),
  goals: v.strictObject({ ...base, status: v.picklist(['draft', 'active', 'archived']) }),
  goalLogs: v.strictObject({ ...base, goalId: id, day }),
  documents: v.strictObject(base),
} as const;

const MAX_RECORDS = 1_000_000;
const list = <T extends v.GenericSchema>(schema: T) =>
  v.pipe(v.array(schema), v.maxLength(MAX_RECORDS));

const SETTING_SCHEMA = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS)),
  value: v.custom<unknown>((input) => input !== undefined, 'The value is missing.'),
});

const JOURNAL_SCHEMA = v.strictObject({
  entries: list(RECORD_SCHEMAS.entries),
  stepProgress: list(RECORD_SCHEMAS.stepProgress),
  emotionInventories: list(RECORD_SCHEMAS.emotionInventories),
  inventoryItems: list(RECORD_SCHEMAS.inventoryItems),
  amends: list(RECORD_SCHEMAS.amends),
  letters: list(RECORD_SCHEMAS.letters),
  contacts: list(RECORD_SCHEMAS.contacts),
  checkins: list(RECORD_SCHEMAS.checkins),
  goals: list(RECORD_SCHEMAS.goals),
  goalLogs: list(RECORD_SCHEMAS.goalLogs),
  documents: list(RECORD_SCHEMAS.documents),
  settings: list(SETTING_SCHEMA),
});

/** The first two fields every version of the format keeps, read before anything else. */
export const HEADER_SCHEMA = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const DOCUMENT_SCHEMA = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: time,
  schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  encrypted: v.literal(false),
  journal: JOURNAL_SCHEMA,
});

const base64 = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const ENVELOPE_SCHEMA = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  encrypted: v.literal(true),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    // At least the floor a lock would accept for tests, at most what a phone can derive in time.
    iterations: v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(10_000_000)),
    salt: v.pipe(base64(64), v.minLength(16)),
  }),
  key: v.strictObject({ iv: v.pipe(base64(32), v.minLength(16)), wrapped: base64(128) }),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: v.pipe(base64(32), v.minLength(16)) }),
  data: base64(Number.MAX_SAFE_INTEGER),
});
