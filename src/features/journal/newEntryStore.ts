import { create } from 'zustand';

/** What a new, not-yet-saved entry answers: a step, and maybe one of its prompts. It lives in
 * memory only until the first save writes it into the entry itself. */
export interface NewEntryContext {
  step: number;
  promptId?: string;
}

interface State {
  contexts: Record<string, NewEntryContext>;
  remember: (id: string, context: NewEntryContext) => void;
  /** Entries the person asked for with "New entry" (or a prompt) in this session: their editor
   * opens with the writing box focused. An entry opened from the list keeps focus on its heading. */
  asked: Record<string, true>;
  ask: (id: string) => void;
}

export const useNewEntryContexts = create<State>((set) => ({
  contexts: {},
  remember: (id, context) => set((state) => ({ contexts: { ...state.contexts, [id]: context } })),
  asked: {},
  ask: (id) => set((state) => ({ asked: { ...state.asked, [id]: true } })),
}));
