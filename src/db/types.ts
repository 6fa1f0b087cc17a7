/** What a sealed field holds on disk: AES-GCM ciphertext with its own 96-bit IV. */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

/** Every record a person writes into carries its words in `sealed`; the rest stays in the clear
 * only because a query needs it (DESIGN.md rule 5). */
export interface SealedRecord {
  id: string;
  created: number;
  updated: number;
  sealed: Sealed;
}

export interface EntryRow extends SealedRecord {
  /** Local calendar day, yyyy-MM-dd, for the calendar and day grouping. */
  day: string;
  /** Step 1–12 the entry answers, or 0 for a free entry (IndexedDB cannot index null). */
  step: number;
  /** Set when moved to Trash; absent while the entry is live. */
  deletedAt?: number;
}

export type StepStatus = 'not-started' | 'working' | 'revisiting' | 'complete';

export interface StepProgressRow extends SealedRecord {
  /** The step number is the record's identity too: `step-4`. */
  step: number;
  status: StepStatus;
}

export type DraftStatus = 'draft' | 'finished';

export interface EmotionInventoryRow extends SealedRecord {
  day: string;
  status: DraftStatus;
}

export type InventoryList = 'resentment' | 'fear' | 'harm';

export interface InventoryItemRow extends SealedRecord {
  list: InventoryList;
  day: string;
}

export type AmendsStatus = 'listed' | 'planning' | 'made' | 'set-aside';

export interface AmendsRow extends SealedRecord {
  /** Only on rows from before schema version 2, until the journal is next opened: the status
   * is sealed with the words now (db/sealedShapes.ts, MOVED_INTO_WORDS). */
  status?: AmendsStatus;
  /** The classic-inventory harms row this item came from, if any. */
  inventoryItemId?: string;
}

export type LetterStatus = 'draft' | 'finished' | 'sealed' | 'released';

export interface LetterRow extends SealedRecord {
  status: LetterStatus;
  amendsId?: string;
  /** A released letter keeps only this date; its words are gone. */
  releasedAt?: number;
}

export type ContactRow = SealedRecord;

export interface CheckinRow extends SealedRecord {
  day: string;
}

export interface GoalRow extends SealedRecord {
  status: 'draft' | 'active' | 'archived';
}

export interface GoalLogRow extends SealedRecord {
  goalId: string;
  day: string;
}

/** Small sealed documents that exist once: the safety plan, recovery days, custom feelings. */
export type DocumentRow = SealedRecord;

/** Settings that are not a person's words (theme, last backup date, persistence answer). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** How a passphrase became a key-encryption key; stored with the lock so it can be raised later
 * without breaking older locks. */
export interface PassphraseKdf {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** 16 random bytes, new for every lock and every passphrase change. */
  salt: Uint8Array;
}

/**
 * The vault's key material. Its secret bytes sit in a Blob, in a row of their own (`bytes`).
 * Chromium writes a record's other values into its LevelDB files and keeps superseded copies
 * there until it compacts them (days, or never, on a phone); a Blob gets a file of its own, and
 * that file is deleted once the record holding it is replaced or deleted and no page holds the
 * Blob. Only a short-lived worker reads `bytes` (src/features/vault/keyBytes.worker.ts), so no
 * page does. That is how a lock set or a passphrase changed leaves no older key behind in a copy
 * of the browser's files (docs/DESIGN.md, "Keys on disk").
 *
 * - `data`, `plain`: no lock; `bytes` holds the 32 raw bytes of the data key.
 * - `data`, `passphrase`: `bytes` holds a 12-byte IV and the data key wrapped (AES-GCM) by a key
 *   derived from the passphrase with `kdf`; without the passphrase nothing opens.
 *
 * `keyId` is new with every key and names the pair, so a change made in another tab is noticed
 * inside a transaction (where a Blob cannot be read) and a `bytes` row is never matched with
 * another key's `data` row.
 */
export type KeyRow =
  | { id: 'data'; form: 'plain'; keyId: string }
  | { id: 'data'; form: 'passphrase'; keyId: string; kdf: PassphraseKdf }
  | { id: 'bytes'; keyId: string; blob: Blob };

/** Key rows as written before keys moved into Blobs: a non-extractable device key and the data
 * key wrapped by it (or by a passphrase), all inside the records. Read once, then replaced by a
 * new data key (src/features/vault/keyStore.ts). */
export type LegacyKeyRow =
  | { id: 'device'; key: CryptoKey }
  | { id: 'data'; wrappedBy: 'device'; iv: Uint8Array; wrapped: ArrayBuffer }
  | {
      id: 'data';
      wrappedBy: 'passphrase';
      iv: Uint8Array;
      wrapped: ArrayBuffer;
      kdf: PassphraseKdf;
    };

/** The words of an entry: everything here is sealed on disk. */
export interface EntryFields {
  title: string;
  body: string;
  promptId?: string;
  mood?: number;
  tags: string[];
}

/** An entry as screens see it: opened, with its clear metadata beside it. */
export interface JournalEntry extends EntryFields {
  id: string;
  created: number;
  updated: number;
  day: string;
  step: number;
  deletedAt?: number;
  /** Set when the sealed words could not be opened (changed on disk, or a key mismatch). */
  unreadable?: true;
}
