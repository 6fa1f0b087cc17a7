import { msg } from '../../core/i18n/language';
import { text } from './validation';
import { getDocument, saveDocument } from './documentsRepo';

export const ACCOUNTABILITY_ID = 'accountability';

export type AccountabilityPart = 'values' | 'boundaries' | 'keeping' | 'repair';

export type Accountability = Record<AccountabilityPart, string>;

/** The worksheet's parts, in order, each with its question. */
export const ACCOUNTABILITY_PARTS: readonly {
  id: AccountabilityPart;
  label: string;
  hint: string;
}[] = [
  {
    id: 'values',
    label: msg('What I value in my relationships'),
    hint: msg('Honesty, gentleness, being on time, being able to say no…'),
  },
  {
    id: 'boundaries',
    label: msg('The boundaries I hold'),
    hint: msg('What you will and will not accept, from others and from yourself.'),
  },
  {
    id: 'keeping',
    label: msg('How I will keep them'),
    hint: msg('What you will say or do when a boundary is pushed, and who you can lean on.'),
  },
  {
    id: 'repair',
    label: msg('When I fall short, how I will make it right'),
    hint: msg('A slip is information. What would a quick, honest repair look like?'),
  },
];

export async function saveAccountability(
  input: Partial<Accountability>,
  now = Date.now(),
): Promise<number | undefined> {
  const fields = {} as Accountability;
  for (const part of ACCOUNTABILITY_PARTS) fields[part.id] = text(input[part.id], part.label);
  const words = Object.values(fields).some((value) => value.trim().length > 0);
  return saveDocument(ACCOUNTABILITY_ID, fields, words, now);
}

export function getAccountability() {
  return getDocument<Accountability>(ACCOUNTABILITY_ID);
}
