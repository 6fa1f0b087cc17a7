import { t, useLanguageStore } from '../../core/i18n/language';
import { newId } from '../../lib/ids';
import { sealedDocument } from '../../core/sealedStore';
import { InventoryInputError, type OwnFeeling } from './types';
import { MAX_OWN_WORD_CHARS, OWN_FEELING_PREFIX } from './validation';
import { vocabularyOf } from './vocabulary/current';

/** The person's own feeling words live in one sealed document. */
export const OWN_FEELINGS_DOC = 'custom-feelings';

export interface OwnFeelingsFields {
  words: OwnFeeling[];
}

const fold = (word: string) => word.trim().toLocaleLowerCase();

/** The built-in words of the person's language: the list they choose from is in it, so a word of
 * their own that repeats one of those is refused, and one that only repeats another language's
 * is their own. */
async function builtInWords(): Promise<Set<string>> {
  const { FEELINGS } = await vocabularyOf(useLanguageStore.getState().language);
  return new Set(FEELINGS.map((feeling) => fold(feeling.word)));
}

const ownFeelings = sealedDocument<OwnFeelingsFields>(OWN_FEELINGS_DOC, () => ({ words: [] }));

/** The list to choose from; a damaged one offers none (and is left as it is). */
export async function listOwnFeelings(): Promise<OwnFeeling[]> {
  const doc = await ownFeelings.get();
  return doc && !doc.unreadable ? doc.words : [];
}

/** Tidies a word and refuses one that is empty, too long, or built in; `except` is the id of the
 * word being renamed, which may keep its own spelling. */
function checkWord(
  word: string,
  words: OwnFeeling[],
  builtIn: ReadonlySet<string>,
  except?: string,
): string {
  const trimmed = typeof word === 'string' ? word.trim().replace(/\s+/gu, ' ') : '';
  if (!trimmed) throw new InventoryInputError(t('A feeling word needs at least one letter.'));
  if (trimmed.length > MAX_OWN_WORD_CHARS) {
    throw new InventoryInputError(
      t('A feeling word can be up to {max} characters. A few words are plenty.', {
        max: MAX_OWN_WORD_CHARS,
      }),
    );
  }
  if (builtIn.has(fold(trimmed))) {
    throw new InventoryInputError(
      t('“{word}” is already in the list. You can choose it there.', { word: trimmed }),
    );
  }
  if (words.some((own) => own.id !== except && fold(own.word) === fold(trimmed))) {
    throw new InventoryInputError(
      t('“{word}” is already among your own words.', { word: trimmed }),
    );
  }
  return trimmed;
}

/** Changes the list from what is stored now, again if another tab wrote it meanwhile. */
async function changeWords<T>(
  change: (words: OwnFeeling[]) => { words: OwnFeeling[]; result: T },
  now: number,
): Promise<T> {
  let result: T | undefined;
  await ownFeelings.update(
    (current) => {
      const next = change(current?.words ?? []);
      result = next.result;
      return { words: next.words };
    },
    now,
    {
      // Writing over a damaged list would lose it for good, so changing it is refused instead.
      damaged: () =>
        new InventoryInputError(
          t(
            'Your own words could not be opened, so they were left as they are. Your inventories are not affected.',
          ),
        ),
    },
  );
  return result as T;
}

/**
 * Adds a word of the person's own. An empty word, one longer than a word needs to be, or one that
 * is already in the list (built in or their own, whatever the case) is refused with a message.
 */
export async function addOwnFeeling(word: string, now = Date.now()): Promise<OwnFeeling> {
  const builtIn = await builtInWords();
  // Checked once before anything is read, so a plainly wrong word is refused at once.
  checkWord(word, [], builtIn);
  return changeWords((words) => {
    const added: OwnFeeling = {
      id: `${OWN_FEELING_PREFIX}${newId()}`,
      word: checkWord(word, words, builtIn),
    };
    return { words: [...words, added], result: added };
  }, now);
}

/**
 * Gives one of the person's words a new spelling for the inventories to come. An inventory
 * already written keeps the word as it was chosen then: it is the person's record of that day.
 */
export async function renameOwnFeeling(id: string, word: string, now = Date.now()): Promise<void> {
  const builtIn = await builtInWords();
  await changeWords((words) => {
    if (!words.some((own) => own.id === id)) {
      throw new InventoryInputError(t('That word is no longer in your list.'));
    }
    const renamed = checkWord(word, words, builtIn, id);
    return {
      words: words.map((own) => (own.id === id ? { ...own, word: renamed } : own)),
      result: undefined,
    };
  }, now);
}

/** Takes a word off the list to choose from. Inventories that used it keep it. */
export async function removeOwnFeeling(id: string, now = Date.now()): Promise<void> {
  await changeWords(
    (words) => ({ words: words.filter((own) => own.id !== id), result: undefined }),
    now,
  );
}
