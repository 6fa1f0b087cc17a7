import { db } from '../../db/db';
import type { DocumentRow } from '../../db/types';
import { newId } from '../../lib/ids';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
import { InventoryInputError, type OwnFeeling } from './types';
import { MAX_OWN_WORD_CHARS, OWN_FEELING_PREFIX } from './validation';
import { FEELINGS } from './vocabulary';

/** The person's own feeling words live in one sealed document. */
export const OWN_FEELINGS_DOC = 'custom-feelings';

export interface OwnFeelingsFields {
  words: OwnFeeling[];
}

const fold = (word: string) => word.trim().toLocaleLowerCase();
const builtIn = new Set(FEELINGS.map((feeling) => fold(feeling.word)));

async function openWords(row: DocumentRow | undefined): Promise<OwnFeeling[]> {
  if (!row) return [];
  try {
    return (await openFields<OwnFeelingsFields>('documents', row)).words;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    // Writing over a damaged list would lose it for good, so adding is refused instead.
    throw new InventoryInputError(
      'Your own words could not be opened, so they were left as they are. Your inventories are not affected.',
    );
  }
}

export async function listOwnFeelings(): Promise<OwnFeeling[]> {
  try {
    return await openWords(await db.documents.get(OWN_FEELINGS_DOC));
  } catch (error) {
    if (error instanceof InventoryInputError) return [];
    throw error;
  }
}

/** Tidies a word and refuses one that is empty, too long, or built in; `except` is the id of the
 * word being renamed, which may keep its own spelling. */
function checkWord(word: string, words: OwnFeeling[], except?: string): string {
  const trimmed = typeof word === 'string' ? word.trim().replace(/\s+/gu, ' ') : '';
  if (!trimmed) throw new InventoryInputError('A feeling word needs at least one letter.');
  if (trimmed.length > MAX_OWN_WORD_CHARS) {
    throw new InventoryInputError(
      `A feeling word can be up to ${MAX_OWN_WORD_CHARS} characters. A few words are plenty.`,
    );
  }
  if (builtIn.has(fold(trimmed))) {
    throw new InventoryInputError(`“${trimmed}” is already in the list. You can choose it there.`);
  }
  if (words.some((own) => own.id !== except && fold(own.word) === fold(trimmed))) {
    throw new InventoryInputError(`“${trimmed}” is already among your own words.`);
  }
  return trimmed;
}

/**
 * Read, change, seal outside any transaction (WebCrypto closes it), then write only if nobody
 * changed the list meanwhile (another tab); otherwise start over from the fresh list.
 */
async function changeWords<T>(
  change: (words: OwnFeeling[]) => { words: OwnFeeling[]; result: T },
  now: number,
): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.documents.get(OWN_FEELINGS_DOC);
    const { words, result } = change(await openWords(row));
    const sealed = await sealFields('documents', OWN_FEELINGS_DOC, { words });
    const written = await db.transaction('rw', db.documents, async () => {
      const latest = await db.documents.get(OWN_FEELINGS_DOC);
      if (!sameBytes(latest?.sealed.iv, row?.sealed.iv)) return false;
      await db.documents.put({
        id: OWN_FEELINGS_DOC,
        created: row?.created ?? now,
        updated: now,
        sealed,
      });
      return true;
    });
    if (written) return result;
  }
  throw new Error('Your words were changing in another place at the same moment. Try once more.');
}

/**
 * Adds a word of the person's own. An empty word, one longer than a word needs to be, or one that
 * is already in the list (built in or their own, whatever the case) is refused with a message.
 */
export async function addOwnFeeling(word: string, now = Date.now()): Promise<OwnFeeling> {
  // Checked once before anything is read, so a plainly wrong word is refused at once.
  checkWord(word, []);
  return changeWords((words) => {
    const added: OwnFeeling = {
      id: `${OWN_FEELING_PREFIX}${newId()}`,
      word: checkWord(word, words),
    };
    return { words: [...words, added], result: added };
  }, now);
}

/**
 * Gives one of the person's words a new spelling for the inventories to come. An inventory
 * already written keeps the word as it was chosen then: it is the person's record of that day.
 */
export async function renameOwnFeeling(id: string, word: string, now = Date.now()): Promise<void> {
  await changeWords((words) => {
    if (!words.some((own) => own.id === id)) {
      throw new InventoryInputError('That word is no longer in your list.');
    }
    const renamed = checkWord(word, words, id);
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

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
