// The person's language for the few words lib itself says (save errors a person reads). lib sits
// below core/i18n, so the language switch (core/i18n/showLanguage.ts) hands its `t` in, as it
// hands lib/dates its language; until then, and in English, the English text is the words.

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

/** A number written the person's way ("20,000" in English). */
export const number = (value: number): string => value.toLocaleString(tag);

/** Names joined as the person's language joins them ("a, b and c"; "a, b y c"). */
export const listOf = (names: readonly string[]): string =>
  new Intl.ListFormat(tag, { type: 'conjunction' }).format(names);
