import { bodyPlaceLabel, feelingWord, needLabel } from '../../inventory';
import { findPrompt, getStep, getWorksheet } from '../../steps';
import type { DocumentWords } from './words';

/** The content's English words, at hand without loading: what a document built without being
 * handed its words says (the English the export always wrote). */
export const ENGLISH_WORDS: DocumentWords = {
  findPrompt,
  getStep,
  getWorksheet,
  feelingWord,
  needLabel,
  bodyPlaceLabel,
};
