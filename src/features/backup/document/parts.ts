import { msg, t } from '../../../core/i18n/language';
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
  listCopy,
  TOUCHED,
  type ClassicItem,
  type EmotionInventory,
  type LetterToMyself,
} from '../../inventory';
import { moodLabel, type JournalEntry } from '../../journal';
import { STEP_STATUS_LABELS, type StepStatus } from '../../steps';
import { dayMonthYear as longDate } from '../../../lib/dates';
import { dayInWords } from '../inWords';
import { field, listField, theirWords, type DocPart } from './model';
import type { WorksheetAnswers } from './worksheetText';
import type { DocumentWords } from './words';

// One part per kind of work a person can read aloud or hand over. Labels are the words the
// person saw when they wrote it, in the first person: the document is theirs, in their language
// at the moment it is made. Labels other features keep as data pass through `theirWords`.

/** "1 December 2026", "1 de diciembre de 2026". */
export const dateOf = (time: number) => longDate(time);

/** A `yyyy-MM-dd` day key as a date a person reads, without a time zone shifting it a day. */
export const dayOf = (day: string): string => dayInWords(day);

/** "7 of 10": how strong a feeling or a craving was, in words and without a scale drawn. */
export const outOfTen = (value: number) => t('{value} of 10', { value });

/** "Step 4", as a part's title and meta (markdown.ts finds a step's parts by it). */
export const stepName = (step: number) => t('Step {step}', { step });

export function entryPart(entry: JournalEntry, words: DocumentWords): DocPart {
  const mood = theirWords(moodLabel(entry.mood));
  const prompt = entry.promptId ? words.findPrompt(entry.promptId)?.prompt.text : undefined;
  return {
    title: entry.title.trim() || t('Untitled entry'),
    meta: [
      dateOf(entry.created),
      ...(entry.step > 0 ? [stepName(entry.step)] : []),
      ...(mood ? [t('Mood: {mood}', { mood })] : []),
    ],
    fields: [
      ...field(t('Written for the prompt'), prompt),
      ...field(undefined, entry.body),
      ...listField(t('Tags'), entry.tags),
    ],
  };
}

export function emotionPart(inventory: EmotionInventory, words: DocumentWords): DocPart {
  return {
    title: t('Emotion inventory'),
    meta: [dayOf(inventory.day), ...(inventory.status === 'draft' ? [t('Not finished yet')] : [])],
    fields: [
      ...field(t('What happened'), inventory.whatHappened),
      ...listField(
        t('What I felt, and how strongly'),
        inventory.feelings.map((f) =>
          f.intensity === undefined
            ? t('{feeling} (strength not set)', { feeling: words.feelingWord(f) })
            : `${words.feelingWord(f)} (${outOfTen(f.intensity)})`,
        ),
      ),
      ...listField(t('Where I felt it in my body'), inventory.bodyPlaces.map(words.bodyPlaceLabel)),
      ...field(t('What I thought'), inventory.thoughts),
      ...listField(t('Needs I chose'), inventory.chosenNeeds.map(words.needLabel)),
      ...field(t('What I needed'), inventory.needs),
      ...field(t('One kind thing I could do for myself'), inventory.kindThing),
    ],
  };
}

/** Said in the document where a row is marked "this was done to me"; its "my part" stays out. */
const DONE_TO_ME = msg(
  'This was done to me. It was not my fault, and there is no part of mine to name.',
);

/** A row of one of the three classic lists, under that list's own column names. */
export function classicPart(item: ClassicItem): DocPart {
  const copy = listCopy(item.list);
  const touched = (item.touched ?? []).map((id) =>
    theirWords(TOUCHED.find((touch) => touch.id === id)?.label),
  );
  return {
    title: item.subject.trim() || t('Not named yet'),
    meta: [dayOf(item.day)],
    fields: [
      ...field(theirWords(copy.story), item.story),
      ...(copy.touched
        ? listField(t('What it touched in me'), [...touched, item.touchedOther])
        : []),
      ...(copy.shapes ? field(theirWords(copy.shapes), item.shapes) : []),
      // Only where it means something: a yes kept on a fear is not shown (as on its screen).
      ...(copy.doneToMe === true && item.doneToMe
        ? [{ text: t(DONE_TO_ME) }]
        : copy.myPart
          ? field(theirWords(copy.myPart), item.myPart)
          : []),
    ],
  };
}

/** An amends item; `doneToMe` when the harms row it came from was done to the person. */
export function amendsPart(item: AmendsItem, doneToMe = false): DocPart {
  return {
    title: item.myself ? t('Myself') : item.person.trim() || t('Not named yet'),
    meta: item.relationship?.trim() ? [item.relationship.trim()] : [],
    fields: [
      ...field(t('Kind of amends'), item.kind ? theirWords(kindLabel(item.kind)) : undefined),
      ...field(t('What happened'), item.whatHappened),
      ...(doneToMe ? [{ text: t(DONE_TO_ME) }] : field(t('My part'), item.myPart)),
      ...field(
        t('How willing I am'),
        item.willingness ? theirWords(WILLINGNESS_LABELS[item.willingness]) : undefined,
      ),
      ...field(t('Where it stands'), theirWords(AMENDS_STATUS_LABELS[item.status])),
    ],
  };
}

/** An unsent letter (step 9): it is never sent, and the document says so. */
export function letterPart(letter: Letter): DocPart {
  const name = letter.recipient.trim();
  return {
    title: letter.toMyself
      ? t('A letter to myself')
      : name
        ? t('A letter to {name}', { name })
        : t('A letter to someone not named yet'),
    meta: [
      dateOf(letter.updated),
      t('An unsent letter, {kind}', { kind: theirWords(LETTER_KIND_PHRASES[kindOf(letter)])! }),
    ],
    fields: sectionsOf(letter).flatMap((section) =>
      field(theirWords(section.title), letter.sections[section.id]),
    ),
  };
}

export function letterToMyselfPart(letter: LetterToMyself): DocPart {
  return {
    title: t('A letter to myself'),
    meta: [dateOf(letter.created)],
    fields: field(undefined, letter.body),
  };
}

export function stepPart(step: number, status: StepStatus, note: string | undefined): DocPart {
  return {
    title: stepName(step),
    meta: [],
    fields: [
      ...field(
        t('Where I am'),
        status === 'not-started' ? undefined : theirWords(STEP_STATUS_LABELS[status]),
      ),
      ...field(t('A note for myself'), note),
    ],
  };
}

/** A step exercise's worksheet: each box under its own label, a list one line per row. */
export function worksheetPart(worksheet: WorksheetAnswers): DocPart {
  return {
    title: worksheet.exerciseTitle,
    meta: [stepName(worksheet.step)],
    fields: worksheet.answers.flatMap((answer) => field(answer.label, answer.text)),
  };
}
