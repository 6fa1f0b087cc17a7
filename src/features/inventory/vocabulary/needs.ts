/** A need a person can choose beside their own words. Ids are stored: never rename one. */
export interface Need {
  id: string;
  /** Reads after "What did you need?": "Rest", "To be heard". */
  label: string;
}

/** A short list of common needs under a feeling, in plain words; the free text stays for more. */
export const NEEDS: readonly Need[] = [
  { id: 'safety', label: 'To feel safe' },
  { id: 'rest', label: 'Rest' },
  { id: 'heard', label: 'To be heard' },
  { id: 'comfort', label: 'Comfort' },
  { id: 'company', label: 'Someone with me' },
  { id: 'space', label: 'Space, or time alone' },
  { id: 'respect', label: 'Respect' },
  { id: 'understanding', label: 'Understanding' },
  { id: 'help', label: 'Practical help' },
  { id: 'honesty', label: 'Honesty' },
  { id: 'play', label: 'Play or lightness' },
];
