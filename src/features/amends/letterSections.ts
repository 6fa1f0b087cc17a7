import type { LetterFields, LetterSectionId } from './types';

/** The guided sections of an unsent letter, each optional, each with a line shown beside it. */
export const LETTER_SECTIONS: readonly { id: LetterSectionId; title: string; guide: string }[] = [
  {
    id: 'happened',
    title: 'What happened',
    guide: 'Say it plainly, the way you remember it.',
  },
  {
    id: 'own',
    title: 'What I own',
    guide: 'Only your part, where you had one. What others did is theirs.',
  },
  {
    id: 'affected',
    title: 'How it may have affected you',
    guide: 'Imagine it from where they stood, without guessing for them.',
  },
  {
    id: 'sorry',
    title: 'What I am sorry for',
    guide: 'An apology without "but": no excuses, no explaining it away.',
  },
  {
    id: 'differently',
    title: 'What I am doing differently',
    guide: 'What has changed, or what you are working to change.',
  },
  {
    id: 'wish',
    title: 'What I wish for you, and for me',
    guide: 'A kind wish to close with, if one feels true.',
  },
  { id: 'more', title: 'Anything else', guide: 'Whatever is still left to say.' },
];

export function letterHasWords(fields: Pick<LetterFields, 'sections'>): boolean {
  return Object.values(fields.sections).some((value) => (value ?? '').trim().length > 0);
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

export function letterWordCount(fields: Pick<LetterFields, 'sections'>): number {
  return Object.values(fields.sections).reduce((sum, value) => sum + countWords(value ?? ''), 0);
}
