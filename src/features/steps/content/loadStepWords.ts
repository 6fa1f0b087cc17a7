import type { Language } from '../../../core/i18n/language';
import type { StepWords } from './useStepContent';

// For work made outside a screen (the Markdown file, the import preview): the steps' words in a
// chosen language, without React. Both languages stay behind dynamic imports, so asking for this
// function from steps/index.ts brings no step's words into the first screen.
const loading = new Map<Language, Promise<StepWords>>();

/** The steps in `language`, loaded once per language. */
export function loadStepWords(language: Language): Promise<StepWords> {
  let words = loading.get(language);
  if (!words) {
    words = language === 'en' ? import('./english') : import('./es');
    loading.set(language, words);
  }
  return words;
}
