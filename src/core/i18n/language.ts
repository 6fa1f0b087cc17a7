import type { Locale as DateFnsLocale } from 'date-fns';
import { create } from 'zustand';

// What every screen needs to speak the person's language, and no more: this module is on the
// first screen, whose code has a budget (scripts/size.mjs). Finding and loading the language is
// in showLanguage.ts, which loads beside the journal's opening.

/** The languages Stepwork speaks (LANGUAGES in showLanguage.ts); English is the language the
 * code is written in. */
export type Language = 'en' | 'es';

/** What a catalog module (./catalogs/*.ts) holds: its messages keyed by the English text, which
 * is also the English catalog, so English costs the first screen nothing to look up. */
export interface Catalog {
  messages: Record<string, string>;
  dateFns: DateFnsLocale;
}

interface LanguageState {
  language: Language;
  catalog: Catalog | undefined;
}

export const useLanguageStore = create<LanguageState>(() => ({
  language: 'en',
  catalog: undefined,
}));

/** The person's words for `message` (English text, with `{name}` holes filled from `values`). */
export function t(message: string, values?: Record<string, string | number>): string {
  const text = useLanguageStore.getState().catalog?.messages[message] ?? message;
  return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name])) : text;
}

/** `t` for a component, which draws again when the language changes. */
export function useT(): typeof t {
  useLanguageStore((state) => state.catalog);
  return t;
}

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}

/** Marks English words kept as data (sections, labels, error reasons) that a screen passes to
 * `t` when it draws them: the catalog test finds these words as it finds those written in `t`. */
export const msg = <T extends string>(message: T): T => message;
