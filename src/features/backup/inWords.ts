import { useLanguageStore } from '../../core/i18n/language';

// Dates and counts as the person's language writes them ("1 December 2026", "1 de diciembre de
// 2026"; "1,234", "1234"), read when they are written, so a file saved after a change of
// language, or a screen drawn again, follows it. English keeps en-GB's day-month order.

const tag = () => {
  const language = useLanguageStore.getState().language;
  return language === 'en' ? 'en-GB' : language;
};

/** "1 December 2026" */
export function longDate(time: number | Date): string {
  return new Intl.DateTimeFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    time,
  );
}

/** A `yyyy-MM-dd` day key as the same calendar day in words, whatever the time zone; anything
 * else stays as it is. */
export function dayInWords(day: unknown): string {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return String(day);
  return longDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A count with the language's grouping. */
export function count(value: number): string {
  return value.toLocaleString(tag());
}

/** "1, 2, 5, 10 or 30", "1, 2, 5, 10 o 30". */
export function orList(items: readonly (string | number)[]): string {
  return new Intl.ListFormat(tag(), { type: 'disjunction' }).format(items.map(String));
}

/** A measure with a fixed number of decimals, "1.5" or "1,5". */
export function decimal(value: number, digits: number): string {
  return value.toLocaleString(tag(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
