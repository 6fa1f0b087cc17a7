// The person's language for the few words lib itself says (save errors a person reads), and for
// numbers and lists on every screen and in the exports. lib sits below core/i18n, so the language
// switch (core/i18n/showLanguage.ts) hands its `t` in, as it hands lib/dates its language; until
// then, and in English, the English text is the words.

type Say = (message: string, values?: Record<string, string | number>) => string;

const fill: Say = (message, values) =>
  values ? message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name])) : message;

let say: Say = fill;
// English is written as en-GB writes it ("a, b and c"), like lib/dates.
let tag = 'en-GB';

export function setWordsLanguage(language: string, translate: Say): void {
  tag = language === 'en' ? 'en-GB' : language;
  say = translate;
}

/** The person's words for `message`, as core/i18n's `t` (the catalog test reads these too). */
export const t: Say = (message, values) => say(message, values);

// Each formatter is made once per language and shape: making one costs far more than using it,
// and a list or an export writes a number on every row.
const made = new Map<string, Intl.NumberFormat | Intl.ListFormat>();

function once<T extends Intl.NumberFormat | Intl.ListFormat>(
  shape: string,
  make: (tag: string) => T,
): T {
  const key = `${tag} ${shape}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(tag);
    made.set(key, formatter);
  }
  return formatter;
}

/** A number written the person's way ("20,000", "7.5"; "20.000", "7,5"). */
export const number = (value: number): string =>
  once('number', (language) => new Intl.NumberFormat(language)).format(value);

/** A number with exactly `digits` decimals ("5.0", "5,0"). */
export const decimal = (value: number, digits: number): string =>
  once(
    `decimal ${digits}`,
    (language) =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value);

/** Names joined as the person's language joins them ("a, b and c"; "a, b y c"; "miedo e ira"). */
export const listOf = (names: readonly string[]): string =>
  once('and', (language) => new Intl.ListFormat(language, { type: 'conjunction' })).format(names);

/** Choices joined with "or" ("1, 2 or 5"; "1, 2 o 5"). */
export const orList = (items: readonly (string | number)[]): string =>
  once('or', (language) => new Intl.ListFormat(language, { type: 'disjunction' })).format(
    items.map(String),
  );
