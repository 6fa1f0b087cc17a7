import type { InventoryList, Touched } from './types';

/** The words each classic list uses for its shared fields (see ClassicItemFields). */
export interface ClassicListCopy {
  list: InventoryList;
  /** Plural heading, e.g. "Resentments". */
  title: string;
  /** One line under the heading. */
  intro: string;
  /** Label for a new row's button. */
  add: string;
  subject: string;
  story: string;
  shapes?: string;
  touched?: boolean;
  myPart?: string;
  /** Whether "this was done to me" means something on this list: it takes away the my-part
   * question, and a fear has none. */
  doneToMe?: boolean;
}

export const CLASSIC_LISTS: readonly ClassicListCopy[] = [
  {
    list: 'resentment',
    title: 'Resentments',
    intro: 'Who or what you still carry anger toward, and what it touched in you.',
    add: 'Add a resentment',
    subject: 'Who or what',
    story: 'What happened',
    touched: true,
    myPart: 'My part, if I had one',
    doneToMe: true,
  },
  {
    list: 'fear',
    title: 'Fears',
    intro: 'What you are afraid of, where it comes from, and how it shapes your days.',
    add: 'Add a fear',
    subject: 'The fear',
    story: 'Where it comes from',
    shapes: 'How it shapes what I do',
  },
  {
    list: 'harm',
    title: 'Harms',
    intro: 'Where harm happened: whom, what happened, and your part where you had one.',
    add: 'Add a harm',
    subject: 'Whom',
    story: 'What happened',
    myPart: 'My part',
    doneToMe: true,
  },
];

export function listCopy(list: InventoryList): ClassicListCopy {
  return CLASSIC_LISTS.find((copy) => copy.list === list) ?? CLASSIC_LISTS[0]!;
}

export function isInventoryList(value: unknown): value is InventoryList {
  return CLASSIC_LISTS.some((copy) => copy.list === value);
}

export const TOUCHED: readonly { id: Touched; label: string }[] = [
  { id: 'self-esteem', label: 'Self-esteem' },
  { id: 'security', label: 'Security' },
  { id: 'relationships', label: 'Relationships' },
  { id: 'pride', label: 'Pride' },
  { id: 'ambitions', label: 'Ambitions' },
];

/** Said plainly wherever a row is marked "this was done to me" (VOICE.md: never blame). */
export const NOT_YOUR_FAULT =
  'What was done to you was not your fault. There is no part of yours to name here.';
