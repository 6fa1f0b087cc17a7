import { t } from '../../core/i18n/language';
import type { ChosenFeeling } from './types';
import * as english from './vocabulary';
import type { Vocabulary } from './vocabulary/current';

type Lookups = Pick<Vocabulary, 'findFeeling' | 'findNeed' | 'findBodyPlace'>;

/** The words to show for what an inventory holds, from one language's vocabulary (a screen
 * passes `useVocabulary()`): the same ids, that language's words. */
export function wordsOf(vocabulary: Lookups) {
  return {
    /** The vocabulary's word, or the person's own as they wrote it. */
    feelingWord: (feeling: ChosenFeeling): string =>
      vocabulary.findFeeling(feeling.feelingId)?.word ?? feeling.word ?? t('a word of your own'),
    needLabel: (id: string): string => vocabulary.findNeed(id)?.label ?? id,
    bodyPlaceLabel: (id: string): string => vocabulary.findBodyPlace(id)?.label ?? id,
  };
}

/** The English words, for the features that read them through index.ts. */
export const { feelingWord, needLabel, bodyPlaceLabel } = wordsOf(english);
