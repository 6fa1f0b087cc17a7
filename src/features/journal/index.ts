// What other features use of journal: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { getEntry } from './journalReadRepo';
export { MOODS, moodLabel } from './moods';
export { type JournalEntry } from './types';
export { useEntriesForStep, useEntriesWhen, useEntryCountsByStep } from './useJournal';
