import { msg, t } from '../../core/i18n/language';

/** A simple five-point mood scale, in words; no mood is a wrong answer. The labels are English
 * keys: a screen draws them through `t`. */
export const MOODS = [
  { value: 1, label: msg('Really hard') },
  { value: 2, label: msg('Hard') },
  { value: 3, label: msg('In between') },
  { value: 4, label: msg('Okay') },
  { value: 5, label: msg('Good') },
] as const;

/** The mood's words in the person's language: Today, the exports and the journal all show it. */
export function moodLabel(value: number | undefined): string | undefined {
  const label = MOODS.find((mood) => mood.value === value)?.label;
  return label && t(label);
}
