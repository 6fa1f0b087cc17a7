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

export interface EntryInput {
  id: string;
  title?: string;
  body: string;
  step?: number;
  promptId?: string;
  mood?: number;
  tags?: string[];
}
