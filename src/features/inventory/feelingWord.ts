import type { ChosenFeeling } from './types';
import { findBodyPlace, findFeeling, findNeed } from './vocabulary';

/** The word to show for a chosen feeling: the vocabulary's, or the person's own as they wrote it. */
export function feelingWord(feeling: ChosenFeeling): string {
  return findFeeling(feeling.feelingId)?.word ?? feeling.word ?? 'a word of your own';
}

export function needLabel(id: string): string {
  return findNeed(id)?.label ?? id;
}

export function bodyPlaceLabel(id: string): string {
  return findBodyPlace(id)?.label ?? id;
}
