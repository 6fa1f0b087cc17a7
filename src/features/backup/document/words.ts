import { use } from 'react';
import { t, useLanguage, type Language } from '../../../core/i18n/language';
import { vocabularyOf, type EmotionInventory } from '../../inventory';
import { loadStepWords, type StepWords } from '../../steps';

/**
 * The words a document takes from other features' content, in one language: the steps' prompts,
 * exercises and worksheet boxes, and the names of feelings, needs and body places that an
 * inventory stores by id. Each builder that needs them is handed them (parts.ts, markdown.ts):
 * a language's content may have to load first (the steps' words and the Spanish vocabulary are
 * behind dynamic imports), so whoever builds a document loads them first.
 */
export interface DocumentWords {
  findPrompt: StepWords['findPrompt'];
  getStep: StepWords['getStep'];
  getWorksheet: StepWords['getWorksheet'];
  feelingWord: (feeling: EmotionInventory['feelings'][number]) => string;
  needLabel: (id: string) => string;
  bodyPlaceLabel: (id: string) => string;
}

const loading = new Map<Language, Promise<DocumentWords>>();

/** The content's words in `language`, loaded once per language. */
export function loadDocumentWords(language: Language): Promise<DocumentWords> {
  let words = loading.get(language);
  if (!words) {
    words = Promise.all([loadStepWords(language), vocabularyOf(language)]).then(
      ([steps, vocabulary]) => ({
        findPrompt: steps.findPrompt,
        getStep: steps.getStep,
        getWorksheet: steps.getWorksheet,
        // A person's own feeling word is theirs, as they wrote it.
        feelingWord: (feeling) =>
          vocabulary.findFeeling(feeling.feelingId)?.word ??
          feeling.word ??
          t('a word of your own'),
        needLabel: (id) => vocabulary.findNeed(id)?.label ?? id,
        bodyPlaceLabel: (id) => vocabulary.findBodyPlace(id)?.label ?? id,
      }),
    );
    loading.set(language, words);
  }
  return words;
}

/** The content's words in the person's language, for a screen that draws a document (the
 * reading view). Suspends while they load. */
export function useDocumentWords(): DocumentWords {
  return use(loadDocumentWords(useLanguage()));
}
