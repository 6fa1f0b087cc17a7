import { msg } from '../../core/i18n/language';
import { SEALED_TABLES } from '../../db/db';

/** The name every Stepwork backup carries, so another JSON file is never mistaken for one. */
export const BACKUP_FORMAT = 'stepwork-backup';
/** The file format's version (docs/backup-format.md). Raised only when an older app could not
 * read a newer file correctly; this app refuses a file with a higher number. */
export const BACKUP_VERSION = 1;

/** Every table that holds a person's work, in the order the file lists them. The `keys` table is
 * never exported: its keys belong to this device, and the file carries opened words instead. */
export const BACKUP_TABLES = SEALED_TABLES;

export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Words a person would recognise for each kind of record, for the preview and storage view
 * (in English: a screen passes them to `t`). */
export const TABLE_LABELS: Record<BackupTable, string> = {
  entries: msg('Journal entries'),
  stepProgress: msg('Step progress'),
  emotionInventories: msg('Emotion inventories'),
  inventoryItems: msg('Resentment, fear and harm rows'),
  amends: msg('Amends list'),
  letters: msg('Letters'),
  contacts: msg('Trusted contacts'),
  checkins: msg('Check-ins'),
  goals: msg('Goals'),
  goalLogs: msg('Goal notes'),
  documents: msg('Plans and worksheets'),
};

/**
 * Documents that are a cache of other records (rebuilt from them on the next read), not a
 * person's work: left out of a backup, and dropped on import so they are rebuilt to match.
 */
export const DERIVED_DOCUMENTS = ['emotion-trends'] as const;

const DERIVED: ReadonlySet<string> = new Set(DERIVED_DOCUMENTS);

/** Whether a record is a person's work rather than a cache of it (only those are counted). */
function isOwnWork(table: BackupTable, id: string): boolean {
  return !(table === 'documents' && DERIVED.has(id));
}

/** How many of the person's records a journal holds: settings and caches are not records, so
 * the saved backup, the import preview and the storage view all say the same number. */
export function countOwnRecords(journal: BackupJournal): number {
  return BACKUP_TABLES.reduce(
    (sum, table) => sum + journal[table].filter((record) => isOwnWork(table, record.id)).length,
    0,
  );
}

/** A record in the file: its clear fields as stored, plus `fields`, its sealed words opened. */
export interface BackupRecord {
  id: string;
  created: number;
  updated: number;
  fields: unknown;
  [clear: string]: unknown;
}

export interface BackupSetting {
  key: string;
  value: unknown;
}

export type BackupJournal = Record<BackupTable, BackupRecord[]> & { settings: BackupSetting[] };

/** The whole readable document; in an encrypted file it is the plaintext of `data`. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  /** The database schema version the records were read from. */
  schema: number;
  encrypted: false;
  journal: BackupJournal;
}

/** An encrypted file: only what is needed to derive the key is readable. */
export interface EncryptedBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  encrypted: true;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** A random file key, AES-GCM-wrapped by the key the passphrase derives. */
  key: { iv: string; wrapped: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** Base64 of the AES-GCM ciphertext of the BackupDocument's JSON. */
  data: string;
}
