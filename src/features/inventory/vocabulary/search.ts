import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import type { Feeling, FeelingFamily } from './types';

// Finding a feeling without guessing its family: by its word, by its family's name, or by the
// words of its meaning ("scared" finds afraid; "alone" finds lonely and isolated).

/** Words every meaning shares ("Feeling … you …"): searching for them would match them all. */
const TOO_COMMON = new Set([
  'feel',
  'feeling',
  'feelings',
  'you',
  'your',
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'an',
  'is',
  'it',
  'on',
  'or',
  'as',
  'that',
  'when',
  'with',
  'for',
  'like',
  'i',
]);

/** Lower case, accents off, so "Café" and "cafe" are one word. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Everyday words people reach for, and the words in the vocabulary they lead to. */
const ALSO_CALLED: Record<string, readonly string[]> = {
  scared: ['afraid', 'terrified', 'panicky', 'anxious', 'unsafe'],
  frightened: ['afraid', 'terrified', 'panicky'],
  fear: ['afraid', 'dread', 'terrified'],
  mad: ['angry', 'furious', 'irritated'],
  rage: ['furious', 'angry'],
  upset: ['hurt', 'sad', 'angry', 'frustrated'],
  tired: ['exhausted', 'flat', 'rested'],
  drained: ['exhausted', 'empty', 'flat'],
  happy: ['content', 'hopeful', 'grateful', 'peaceful', 'proud'],
  glad: ['relieved', 'grateful', 'content'],
  joy: ['content', 'grateful', 'hopeful', 'moved'],
  love: ['loved', 'affectionate', 'connected'],
  alone: ['lonely', 'isolated', 'left out', 'abandoned'],
  jealous: ['resentful', 'bitter', 'not enough'],
  stuck: ['trapped', 'helpless', 'powerless'],
  lost: ['confused', 'disoriented', 'bewildered', 'grieving'],
  worthless: ['unworthy', 'not enough', 'ashamed'],
  guilt: ['guilty', 'remorseful', 'regretful'],
  panic: ['panicky', 'terrified'],
  nothing: ['numb', 'empty', 'flat'],
  peace: ['peaceful', 'calm', 'content'],
  thanks: ['grateful', 'thankful', 'appreciative'],
};

interface Indexed {
  feeling: Feeling;
  word: string;
  family: string;
  meaning: string[];
}

/** What one language's search needs besides the feelings and their families. */
interface SearchWords {
  /** Words every meaning shares, which would match them all. */
  tooCommon: ReadonlySet<string>;
  /** Everyday words people reach for, and the words in the vocabulary they lead to. */
  alsoCalled: Readonly<Record<string, readonly string[]>>;
}

/**
 * A search over one language's vocabulary. Everything is folded (lower case, accents off) on
 * both sides, so "pánico", "panico" and "PÁNICO" are one word, and "nino" finds "niño".
 */
export function feelingSearch(
  feelings: readonly Feeling[],
  families: readonly FeelingFamily[],
  words: SearchWords,
): (query: string) => Feeling[] {
  const familyNames = new Map(families.map((family) => [family.id, fold(family.name)]));
  const tooCommon = new Set([...words.tooCommon].map(fold));
  const alsoCalled = new Map(
    Object.entries(words.alsoCalled).map(([typed, found]) => [fold(typed), found.map(fold)]),
  );
  const index: readonly Indexed[] = feelings.map((feeling) => ({
    feeling,
    word: fold(feeling.word),
    family: familyNames.get(feeling.family) ?? '',
    meaning: wordsOf(feeling.meaning),
  }));

  /** How well one typed word fits a feeling: 0 is no fit, higher is closer. */
  function fit(entry: Indexed, token: string): number {
    if (entry.word === token) return 5;
    if (alsoCalled.get(token)?.includes(entry.word)) return 4;
    if (entry.word.startsWith(token)) return 4;
    if (entry.word.includes(token)) return 3;
    if (wordsOf(entry.family).some((word) => word.startsWith(token))) return 2;
    if (tooCommon.has(token) || token.length < 3) return 0;
    return entry.meaning.some((word) => word.startsWith(token)) ? 1 : 0;
  }

  return (query) => {
    const tokens = wordsOf(query);
    if (tokens.length === 0) return [];
    const scored: { feeling: Feeling; score: number; order: number }[] = [];
    index.forEach((entry, order) => {
      let score = 0;
      for (const token of tokens) {
        const one = fit(entry, token);
        if (one === 0) return;
        score += one;
      }
      scored.push({ feeling: entry.feeling, score, order });
    });
    return scored
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ feeling }) => feeling);
  };
}

/**
 * Built-in feelings that fit what was typed, from every family, closest first (the word itself,
 * then its family, then its meaning). Every typed word must fit. Empty when nothing was typed.
 */
export const searchFeelings = feelingSearch(FEELINGS, FAMILIES, {
  tooCommon: TOO_COMMON,
  alsoCalled: ALSO_CALLED,
});
