import { msg, t } from '../../core/i18n/language';
import { findBodyPlace, findFeeling, findNeed } from './vocabulary';
import {
  InventoryInputError,
  MAX_INTENSITY,
  MIN_INTENSITY,
  type ChosenFeeling,
  type EmotionInventoryFields,
  type EmotionInventoryInput,
} from './types';

/** Far beyond what a person writes by hand into one box; stops a runaway paste filling the disk. */
export const MAX_FIELD_CHARS = 100_000;
export const MAX_OWN_WORD_CHARS = 40;
export const OWN_FEELING_PREFIX = 'own-';

/** `what` is the box's name in English, marked with `msg`; the refusal is said in the person's
 * language, as it is shown on screen as it is. */
export function text(value: unknown, what: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string')
    throw new InventoryInputError(t('{what} is text.', { what: t(what) }));
  if (value.length > MAX_FIELD_CHARS) {
    throw new InventoryInputError(
      t(
        '{what} is longer than Stepwork can keep in one box. A journal entry has room for the rest.',
        { what: t(what) },
      ),
    );
  }
  return value;
}

export function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0)
    throw new InventoryInputError(t('This needs an id.'));
  return id;
}

function validIntensity(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_INTENSITY ||
    value > MAX_INTENSITY
  ) {
    throw new InventoryInputError(
      t('How strong a feeling is can be a whole number from {min} to {max}.', {
        min: MIN_INTENSITY,
        max: MAX_INTENSITY,
      }),
    );
  }
  return value;
}

function validFeeling(value: ChosenFeeling): ChosenFeeling {
  const intensity = validIntensity(value?.intensity);
  const id = value?.feelingId;
  const rated = intensity === undefined ? {} : { intensity };
  if (typeof id === 'string' && findFeeling(id)) return { feelingId: id, ...rated };
  if (typeof id === 'string' && id.startsWith(OWN_FEELING_PREFIX)) {
    const word = typeof value.word === 'string' ? value.word.trim() : '';
    if (!word) throw new InventoryInputError(t('A feeling word needs at least one letter.'));
    return { feelingId: id, ...rated, word };
  }
  throw new InventoryInputError(t('That feeling is not in the list or among your own words.'));
}

/** Checks everything an emotion inventory holds and returns exactly what gets sealed. */
export function validInventoryFields(input: EmotionInventoryInput): EmotionInventoryFields {
  if (input.feelings !== undefined && !Array.isArray(input.feelings)) {
    throw new InventoryInputError(t('Feelings are a list.'));
  }
  const feelings = (input.feelings ?? []).map(validFeeling);
  const seen = new Set<string>();
  for (const feeling of feelings) {
    if (seen.has(feeling.feelingId)) {
      throw new InventoryInputError(t('Each feeling can be named once in an inventory.'));
    }
    seen.add(feeling.feelingId);
  }
  const bodyPlaces = [...new Set(input.bodyPlaces ?? [])];
  if (bodyPlaces.some((place) => typeof place !== 'string' || !findBodyPlace(place))) {
    throw new InventoryInputError(t('That place in the body is not in the list.'));
  }
  const chosenNeeds = [...new Set(input.chosenNeeds ?? [])];
  if (chosenNeeds.some((need) => typeof need !== 'string' || !findNeed(need))) {
    throw new InventoryInputError(t('That need is not in the list.'));
  }
  return {
    whatHappened: text(input.whatHappened, msg('What happened')),
    feelings,
    bodyPlaces,
    thoughts: text(input.thoughts, msg('Your thoughts')),
    needs: text(input.needs, msg('What you needed')),
    chosenNeeds,
    kindThing: text(input.kindThing, msg('One kind thing')),
  };
}

export function inventoryHasContent(fields: EmotionInventoryFields): boolean {
  return (
    fields.feelings.length > 0 ||
    fields.bodyPlaces.length > 0 ||
    fields.chosenNeeds.length > 0 ||
    [fields.whatHappened, fields.thoughts, fields.needs, fields.kindThing].some(
      (value) => value.trim().length > 0,
    )
  );
}
