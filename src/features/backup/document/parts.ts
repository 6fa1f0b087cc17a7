import { format } from 'date-fns';
import {
  kindLabel,
  kindOf,
  LETTER_KIND_PHRASES,
  sectionsOf,
  AMENDS_STATUS_LABELS,
  WILLINGNESS_LABELS,
  type AmendsItem,
  type Letter,
} from '../../amends';
import {
  bodyPlaceLabel,
  needLabel,
  feelingWord,
  listCopy,
  TOUCHED,
  type ClassicItem,
  type EmotionInventory,
  type LetterToMyself,
} from '../../inventory';
import { moodLabel, type JournalEntry } from '../../journal';
import {
  findPrompt,
  STEP_STATUS_LABELS,
  type StepStatus,
  type WorksheetAnswers,
} from '../../steps';
import { field, listField, type DocPart } from './model';

// One part per kind of work a person can read aloud or hand over. Labels are the words the
// person saw when they wrote it, in the first person: the document is theirs.

export const dateOf = (time: number) => format(time, 'd MMMM yyyy');

/** A `yyyy-MM-dd` day key as a date a person reads, without a time zone shifting it a day. */
export function dayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return y && m && d ? format(new Date(y, m - 1, d), 'd MMMM yyyy') : day;
}

/** "7 of 10": how strong a feeling or a craving was, in words and without a scale drawn. */
export const outOfTen = (value: number) => `${value} of 10`;

export function entryPart(entry: JournalEntry): DocPart {
  const mood = moodLabel(entry.mood);
  const prompt = entry.promptId ? findPrompt(entry.promptId)?.prompt.text : undefined;
  return {
    title: entry.title.trim() || 'Untitled entry',
    meta: [
      dateOf(entry.created),
      ...(entry.step > 0 ? [`Step ${entry.step}`] : []),
      ...(mood ? [`Mood: ${mood}`] : []),
    ],
    fields: [
      ...field('Written for the prompt', prompt),
      ...field(undefined, entry.body),
      ...listField('Tags', entry.tags),
    ],
  };
}

export function emotionPart(inventory: EmotionInventory): DocPart {
  return {
    title: 'Emotion inventory',
    meta: [dayOf(inventory.day), ...(inventory.status === 'draft' ? ['Not finished yet'] : [])],
    fields: [
      ...field('What happened', inventory.whatHappened),
      ...listField(
        'What I felt, and how strongly',
        inventory.feelings.map((f) =>
          f.intensity === undefined
            ? `${feelingWord(f)} (strength not set)`
            : `${feelingWord(f)} (${outOfTen(f.intensity)})`,
        ),
      ),
      ...listField('Where I felt it in my body', inventory.bodyPlaces.map(bodyPlaceLabel)),
      ...field('What I thought', inventory.thoughts),
      ...listField('Needs I chose', inventory.chosenNeeds.map(needLabel)),
      ...field('What I needed', inventory.needs),
      ...field('One kind thing I could do for myself', inventory.kindThing),
    ],
  };
}

/** Said in the document where a row is marked "this was done to me"; its "my part" stays out. */
const DONE_TO_ME =
  'This was done to me. It was not my fault, and there is no part of mine to name.';

/** A row of one of the three classic lists, under that list's own column names. */
export function classicPart(item: ClassicItem): DocPart {
  const copy = listCopy(item.list);
  const touched = (item.touched ?? []).map((id) => TOUCHED.find((t) => t.id === id)?.label);
  return {
    title: item.subject.trim() || 'Not named yet',
    meta: [dayOf(item.day)],
    fields: [
      ...field(copy.story, item.story),
      ...(copy.touched ? listField('What it touched in me', [...touched, item.touchedOther]) : []),
      ...(copy.shapes ? field(copy.shapes, item.shapes) : []),
      // Only where it means something: a yes kept on a fear is not shown (as on its screen).
      ...(copy.doneToMe === true && item.doneToMe
        ? [{ text: DONE_TO_ME }]
        : copy.myPart
          ? field(copy.myPart, item.myPart)
          : []),
    ],
  };
}

/** An amends item; `doneToMe` when the harms row it came from was done to the person. */
export function amendsPart(item: AmendsItem, doneToMe = false): DocPart {
  return {
    title: item.myself ? 'Myself' : item.person.trim() || 'Not named yet',
    meta: item.relationship?.trim() ? [item.relationship.trim()] : [],
    fields: [
      ...field('Kind of amends', item.kind ? kindLabel(item.kind) : undefined),
      ...field('What happened', item.whatHappened),
      ...(doneToMe ? [{ text: DONE_TO_ME }] : field('My part', item.myPart)),
      ...field(
        'How willing I am',
        item.willingness ? WILLINGNESS_LABELS[item.willingness] : undefined,
      ),
      ...field('Where it stands', AMENDS_STATUS_LABELS[item.status]),
    ],
  };
}

/** An unsent letter (step 9): it is never sent, and the document says so. */
export function letterPart(letter: Letter): DocPart {
  const to = letter.toMyself ? 'myself' : letter.recipient.trim() || 'someone not named yet';
  return {
    title: `A letter to ${to}`,
    meta: [dateOf(letter.updated), `An unsent letter, ${LETTER_KIND_PHRASES[kindOf(letter)]}`],
    fields: sectionsOf(letter).flatMap((section) =>
      field(section.title, letter.sections[section.id]),
    ),
  };
}

export function letterToMyselfPart(letter: LetterToMyself): DocPart {
  return {
    title: 'A letter to myself',
    meta: [dateOf(letter.created)],
    fields: field(undefined, letter.body),
  };
}

export function stepPart(step: number, status: StepStatus, note: string | undefined): DocPart {
  return {
    title: `Step ${step}`,
    meta: [],
    fields: [
      ...field('Where I am', status === 'not-started' ? undefined : STEP_STATUS_LABELS[status]),
      ...field('A note for myself', note),
    ],
  };
}

/** A step exercise's worksheet: each box under its own label, a list one line per row. */
export function worksheetPart(worksheet: WorksheetAnswers): DocPart {
  return {
    title: worksheet.exerciseTitle,
    meta: [`Step ${worksheet.step}`],
    fields: worksheet.answers.flatMap((answer) => field(answer.label, answer.text)),
  };
}
