import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import type { Feeling } from './types';

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

const familyNames = new Map(FAMILIES.map((family) => [family.id, fold(family.name)]));

interface Indexed {
  feeling: Feeling;
  word: string;
  family: string;
  meaning: string[];
}

const INDEX: readonly Indexed[] = FEELINGS.map((feeling) => ({
  feeling,
  word: fold(feeling.word),
  family: familyNames.get(feeling.family) ?? '',
  meaning: wordsOf(feeling.meaning),
}));

/** How well one typed word fits a feeling: 0 is no fit, higher is closer. */
function fit(entry: Indexed, token: string): number {
  if (entry.word === token) return 5;
  if (ALSO_CALLED[token]?.includes(entry.word)) return 4;
  if (entry.word.startsWith(token)) return 4;
  if (entry.word.includes(token)) return 3;
  if (wordsOf(entry.family).some((word) => word.startsWith(token))) return 2;
  if (TOO_COMMON.has(token) || token.length < 3) return 0;
  return entry.meaning.some((word) => word.startsWith(token)) ? 1 : 0;
}

/**
 * Built-in feelings that fit what was typed, from every family, closest first (the word itself,
 * then its family, then its meaning). Every typed word must fit. Empty when nothing was typed.
 */
export function searchFeelings(query: string): Feeling[] {
  const tokens = wordsOf(query);
  if (tokens.length === 0) return [];
  const scored: { feeling: Feeling; score: number; order: number }[] = [];
  INDEX.forEach((entry, order) => {
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
}
