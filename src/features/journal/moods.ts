/** A simple five-point mood scale, in words; no mood is a wrong answer. */
export const MOODS = [
  { value: 1, label: 'Really hard' },
  { value: 2, label: 'Hard' },
  { value: 3, label: 'In between' },
  { value: 4, label: 'Okay' },
  { value: 5, label: 'Good' },
] as const;

export function moodLabel(value: number | undefined): string | undefined {
  return MOODS.find((mood) => mood.value === value)?.label;
}
