import { useLanguageStore } from '../../core/i18n/language';

// Dates and counts as the person's language writes them ("1 December 2026", "1 de diciembre de
// 2026"; "12,345", "12.345"), in the language of the moment they are written, so a file saved
// after a change of language, or a screen drawn again, follows it. English keeps en-GB's
// day-month order. Each formatter is made once per language: making one costs far more than
// using it, and a Markdown file of a large journal writes a date for every entry.

const tag = () => {
  const language = useLanguageStore.getState().language;
  return language === 'en' ? 'en-GB' : language;
};

const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  shape: string,
  make: (tag: string) => T,
): T {
  const key = `${tag()} ${shape}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(tag());
    made.set(key, formatter);
  }
  return formatter;
}

/** "1 December 2026" */
export function longDate(time: number | Date): string {
  return once(
    'date',
    (language) =>
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(time);
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
  return once('count', (language) => new Intl.NumberFormat(language)).format(value);
}

/** A measure with a fixed number of decimals, "1.5" or "1,5". */
export function decimal(value: number, digits: number): string {
  return once(
    `decimal ${digits}`,
    (language) =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value);
}

/** "1, 2, 5, 10 or 30", "1, 2, 5, 10 o 30". */
export function orList(items: readonly (string | number)[]): string {
  return once('or', (language) => new Intl.ListFormat(language, { type: 'disjunction' })).format(
    items.map(String),
  );
}
