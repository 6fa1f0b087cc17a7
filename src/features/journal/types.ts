// What an entry is on disk lives in db/types.ts, so the opened-entries cache below the features
// can name it too; this file keeps the names the journal has always used.
export type { EntryFields, JournalEntry } from '../../db/types';

export interface EntryInput {
  id: string;
  title?: string;
  body: string;
  step?: number;
  promptId?: string;
  mood?: number;
  tags?: string[];
  /** The day the entry belongs to (yyyy-MM-dd), when the person set it; today or earlier. */
  day?: string;
}
