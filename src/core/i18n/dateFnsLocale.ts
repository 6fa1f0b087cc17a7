import type { Locale } from 'date-fns';
import { useLanguageStore } from './language';

// Apart from language.ts, which is on the first screen: only lazy screens format with date-fns.

/** The date-fns locale of the person's language, for `format(…, { locale })`; undefined is
 * date-fns's own English. */
export function useDateFnsLocale(): Locale | undefined {
  return useLanguageStore((state) => state.catalog?.dateFns);
}
