import { create } from 'zustand';

/** How the person has filtered the journal list; kept while they open and close entries. */
interface JournalFilters {
  step?: number;
  tag?: string;
  mood?: number;
  day?: string;
}

interface State {
  filters: JournalFilters;
  /** The first day of the month the calendar shows, as yyyy-MM-dd. */
  month?: string;
  setFilters: (patch: Partial<JournalFilters>) => void;
  clearFilters: () => void;
  setMonth: (month: string) => void;
}

export const useJournalView = create<State>((set) => ({
  filters: {},
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clearFilters: () => set({ filters: {} }),
  setMonth: (month) => set({ month }),
}));
