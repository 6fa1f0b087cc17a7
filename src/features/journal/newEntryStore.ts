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
}

export const useNewEntryContexts = create<State>((set) => ({
  contexts: {},
  remember: (id, context) => set((state) => ({ contexts: { ...state.contexts, [id]: context } })),
}));
