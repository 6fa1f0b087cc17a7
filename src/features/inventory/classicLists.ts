import { msg } from '../../core/i18n/language';
import type { InventoryList, Touched } from './types';

/** The words each classic list uses for its shared fields (see ClassicItemFields), in English and
 * marked with `msg`: a screen (or an export) says them through `t`. */
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
    title: msg('Resentments'),
    intro: msg('Who or what you still carry anger toward, and what it touched in you.'),
    add: msg('Add a resentment'),
    subject: msg('Who or what'),
    story: msg('What happened'),
    touched: true,
    myPart: msg('My part, if I had one'),
    doneToMe: true,
  },
  {
    list: 'fear',
    title: msg('Fears'),
    intro: msg('What you are afraid of, where it comes from, and how it shapes your days.'),
    add: msg('Add a fear'),
    subject: msg('The fear'),
    story: msg('Where it comes from'),
    shapes: msg('How it shapes what I do'),
  },
  {
    list: 'harm',
    title: msg('Harms'),
    intro: msg('Where harm happened: whom, what happened, and your part where you had one.'),
    add: msg('Add a harm'),
    subject: msg('Whom'),
    story: msg('What happened'),
    myPart: msg('My part'),
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
  { id: 'self-esteem', label: msg('Self-esteem') },
  { id: 'security', label: msg('Security') },
  { id: 'relationships', label: msg('Relationships') },
  { id: 'pride', label: msg('Pride') },
  { id: 'ambitions', label: msg('Ambitions') },
];

/** Said plainly wherever a row is marked "this was done to me" (VOICE.md: never blame). */
export const NOT_YOUR_FAULT = msg(
  'What was done to you was not your fault. There is no part of yours to name here.',
);
