import * as v from 'valibot';
import { t } from '../../core/i18n/language';
import { checkSealedShape } from '../../db/sealedSchemas';
import { keptWithoutWords } from '../../db/sealedShapes';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  TABLE_LABELS,
  type BackupDocument,
  type BackupRecord,
  type BackupTable,
  type EncryptedBackup,
} from './format';
import { ImportError } from './importErrors';
import { isPortableSetting, PORTABLE_SETTINGS } from './portableSettings';
import { DOCUMENT_SCHEMA, ENVELOPE_SCHEMA, HEADER_SCHEMA } from './schema';

/** Names no Stepwork file ever holds; an object carrying one is refused before any use of it. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than anything Stepwork writes (about six levels), shallow enough to walk safely. */
const MAX_DEPTH = 40;
/** Twice the longest entry the editor accepts (a million characters). */
const MAX_STRING_CHARS = 2_000_000;

export type ParsedBackup =
  { encrypted: false; document: BackupDocument } | { encrypted: true; envelope: EncryptedBackup };

/** Parses a file's text and checks all of it. Nothing here touches the database. */
export function parseBackupText(text: string): ParsedBackup {
  const value = parseJson(text);
  // An encrypted file's `data` is one long base64 string; its schema bounds every other field.
  checkTree(value, isObject(value) && value.encrypted === true ? Infinity : MAX_STRING_CHARS);
  const header = v.safeParse(HEADER_SCHEMA, value);
  if (!header.success) {
    const format = isObject(value) ? value.format : undefined;
    // A file that says it is ours but has a broken version is ours, and wrongly typed.
    if (format === BACKUP_FORMAT) throw new ImportError('invalid', describeIssue(header.issues));
    throw new ImportError('not-stepwork');
  }
  if (header.output.version > BACKUP_VERSION) throw new ImportError('newer');
  if (isObject(value) && value.encrypted === true) {
    const envelope = v.safeParse(ENVELOPE_SCHEMA, value);
    if (!envelope.success) throw new ImportError('invalid', describeIssue(envelope.issues));
    return { encrypted: true, envelope: envelope.output };
  }
  return { encrypted: false, document: validateDocument(value) };
}

/** The readable document inside an encrypted file, checked as fully as a plain one. */
export function parseDecryptedText(text: string): BackupDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportError('damaged');
  }
  checkTree(value);
  const header = v.safeParse(HEADER_SCHEMA, value);
  if (!header.success) throw new ImportError('invalid', describeIssue(header.issues));
  if (header.output.version > BACKUP_VERSION) throw new ImportError('newer');
  return validateDocument(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse gives up on very deep nesting with a RangeError; that is a shape we refuse.
    if (error instanceof RangeError) throw new ImportError('invalid', t('it is nested too deeply'));
    const start = text.trimStart();
    // A file that begins like one of ours and then fails to parse was cut short.
    if (start.startsWith('{') && start.slice(0, 200).includes(BACKUP_FORMAT)) {
      throw new ImportError('truncated');
    }
    throw new ImportError('not-json');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks the whole parsed tree once, without recursion: refuses hostile keys anywhere, nesting
 * past MAX_DEPTH, strings longer than MAX_STRING_CHARS, and numbers JSON turned into Infinity
 * (1e400). After this, the schema only has to check kinds and shapes.
 */
function checkTree(root: unknown, maxString = MAX_STRING_CHARS): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > maxString) {
        throw new ImportError(
          'invalid',
          t('a piece of text is far longer than Stepwork ever saves'),
        );
      }
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new ImportError('invalid', t('a number is out of range'));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_DEPTH) throw new ImportError('invalid', t('it is nested too deeply'));
      if (Array.isArray(value)) {
        for (const item of value) stack.push([item, depth + 1]);
      } else {
        for (const key of Object.keys(value)) {
          if (HOSTILE_KEYS.has(key)) throw new ImportError('hostile');
          stack.push([(value as Record<string, unknown>)[key], depth + 1]);
        }
      }
    }
  }
}

function validateDocument(value: unknown): BackupDocument {
  const result = v.safeParse(DOCUMENT_SCHEMA, value);
  if (!result.success) throw new ImportError('invalid', describeIssue(result.issues));
  const document = result.output as BackupDocument;
  checkIdentities(document);
  checkWords(document);
  checkSettings(document);
  return document;
}

/** Where a kind keeps one record per day, step, or goal and day, two such records could not
 * both be stored (or, for goal logs, both be read); a file Stepwork wrote never has them. The
 * words name it as the file does (its day or step number). */
function uniqueKey(table: BackupTable, record: BackupRecord): [key: string, words: string] | null {
  if (table === 'checkins') return [String(record.day), String(record.day)];
  if (table === 'stepProgress') return [String(record.step), String(record.step)];
  if (table === 'goalLogs') {
    return [
      `${String(record.goalId)}|${String(record.day)}`,
      t('one goal on {day}', { day: String(record.day) }),
    ];
  }
  return null;
}

/** A kind of record in the person's words. */
const kindOf = (table: BackupTable) => t(TABLE_LABELS[table]);
/** "record 3", counted from 1 as a person counts. */
const recordNumber = (index: number) => t('record {number}', { number: index + 1 });

/** Two records with one id, or one identity, could not both be stored. */
function checkIdentities(document: BackupDocument): void {
  for (const table of BACKUP_TABLES) {
    const ids = new Set<string>();
    const keys = new Set<string>();
    for (const record of document.journal[table]) {
      if (ids.has(record.id)) {
        throw new ImportError(
          'invalid',
          t('{kind}: two records share one id', { kind: kindOf(table) }),
        );
      }
      ids.add(record.id);
      const unique = uniqueKey(table, record);
      if (unique) {
        if (keys.has(unique[0])) {
          throw new ImportError(
            'invalid',
            t('{kind}: two records for {what}', { kind: kindOf(table), what: unique[1] }),
          );
        }
        keys.add(unique[0]);
      }
    }
  }
}

/**
 * Each record's words must be in the shape its feature reads (db/sealedShapes.ts): a record that
 * opened as a number where its body belongs would be shown as damaged after the import, so the
 * file is refused first, saying where. One schema check per record, nothing more.
 */
function checkWords(document: BackupDocument): void {
  for (const table of BACKUP_TABLES) {
    document.journal[table].forEach((record, i) => {
      if (keptWithoutWords(table, record) && Object.keys(record.fields as object).length > 0) {
        // Its words were deleted for good when it was released; a file cannot bring them back.
        const where = `${kindOf(table)}, ${recordNumber(i)}`;
        throw new ImportError('invalid', `${where}: ${t('a released letter keeps no words')}`);
      }
      const checked = checkSealedShape(table, record.id, record.fields);
      if (checked.ok) return;
      const where = [kindOf(table), recordNumber(i)];
      if (checked.path.length > 0) where.push(`“${checked.path.join('.').slice(0, 60)}”`);
      const what =
        checked.reason === 'unknown-kind'
          ? t('Stepwork does not write this kind of record')
          : t('the words are not in the shape Stepwork writes');
      throw new ImportError('invalid', `${where.join(', ')}: ${what}`);
    });
  }
}

/** A setting this app knows must hold a value its own screen could choose; names it does not
 * know (from a newer app, say) are passed over, and never stored. */
function checkSettings(document: BackupDocument): void {
  const seen = new Set<string>();
  document.journal.settings.forEach(({ key, value }, i) => {
    if (!Object.hasOwn(PORTABLE_SETTINGS, key)) return;
    const where = `${t('Settings')}, ${recordNumber(i)}, “${key}”`;
    if (seen.has(key)) throw new ImportError('invalid', `${where}: ${t('it appears twice')}`);
    seen.add(key);
    if (!isPortableSetting(key, value)) {
      throw new ImportError(
        'invalid',
        `${where}: ${t('it should be {expected}', { expected: PORTABLE_SETTINGS[key]!.expected() })}`,
      );
    }
  });
}

/** Where the first problem is, in the person's words: “Journal entries, record 3, “day””. */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = (issue?.path ?? []).map((item) => item.key);
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    if (key === 'journal') continue;
    if (typeof key === 'number') parts.push(recordNumber(key));
    else if (typeof key === 'string' && key in TABLE_LABELS) {
      parts.push(kindOf(key as BackupTable));
    } else parts.push(`“${String(key).slice(0, 40)}”`);
  }
  return parts.length > 0 ? parts.join(', ') : t('the top of the file');
}
