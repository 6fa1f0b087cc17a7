import { msg } from '../../core/i18n/language';
import type { LetterFields, LetterKind, LetterSectionId } from './types';

export interface LetterSection {
  id: LetterSectionId;
  title: string;
  guide: string;
}

const MORE: LetterSection = {
  id: 'more',
  title: msg('Anything else'),
  guide: msg('Whatever is still left to say.'),
};

/** The guided sections of each kind of unsent letter, each optional, each with a line beside
 * it. A letter to someone I harmed keeps the shape every letter had before kinds existed. */
export const SECTIONS_BY_KIND: Record<LetterKind, readonly LetterSection[]> = {
  harmed: [
    {
      id: 'happened',
      title: msg('What happened'),
      guide: msg('Say it plainly, the way you remember it.'),
    },
    {
      id: 'own',
      title: msg('What I own'),
      guide: msg('Only your part, where you had one. What others did is theirs.'),
    },
    {
      id: 'affected',
      title: msg('How it may have affected you'),
      guide: msg('Imagine it from where they stood, without guessing for them.'),
    },
    {
      id: 'sorry',
      title: msg('What I am sorry for'),
      guide: msg('An apology without "but": no excuses, no explaining it away.'),
    },
    {
      id: 'differently',
      title: msg('What I am doing differently'),
      guide: msg('What has changed, or what you are working to change.'),
    },
    {
      id: 'wish',
      title: msg('What I wish for you, and for me'),
      guide: msg('A kind wish to close with, if one feels true.'),
    },
    MORE,
  ],
  myself: [
    {
      id: 'carried',
      title: msg('What I have been carrying'),
      guide: msg('Say it as gently as you would to a friend you love.'),
    },
    {
      id: 'coped',
      title: msg('How I was trying to cope'),
      guide: msg('What you did made sense to you then. You were doing what you could.'),
    },
    {
      id: 'forgive',
      title: msg('What I forgive myself for'),
      guide: msg('Only what feels true today. Forgiveness can come a little at a time.'),
    },
    {
      id: 'care',
      title: msg('How I will care for myself'),
      guide: msg('One small, kind thing you can offer yourself, today or soon.'),
    },
    {
      id: 'wish',
      title: msg('What I wish for myself'),
      guide: msg('A kind wish to close with, if one feels true.'),
    },
    MORE,
  ],
  'harmed-me': [
    {
      id: 'happened',
      title: msg('What happened'),
      guide: msg('Only as much as you want to say. You do not have to tell all of it.'),
    },
    {
      id: 'cost',
      title: msg('What it cost me'),
      guide: msg('How it touched your life, then and now. Your hurt is real.'),
    },
    {
      id: 'takeBack',
      title: msg('What I take back'),
      guide: msg(
        'What was taken from you that you claim again: your voice, your worth, your peace.',
      ),
    },
    {
      id: 'letGo',
      title: msg('What I let go'),
      guide: msg('What you no longer want to carry. Letting go is for you; it never excuses them.'),
    },
    MORE,
  ],
  lost: [
    {
      id: 'miss',
      title: msg('What I miss'),
      guide: msg('The small things count as much as the big ones.'),
    },
    {
      id: 'remember',
      title: msg('What I want to remember'),
      guide: msg('A moment, a voice, a habit: whatever you want to keep close.'),
    },
    {
      id: 'unsaid',
      title: msg('What I never got to say'),
      guide: msg('Thanks, anger, sorrow, love: all of it is welcome here.'),
    },
    {
      id: 'keep',
      title: msg('What I carry with me'),
      guide: msg('What of them, or of your time together, goes on with you.'),
    },
    {
      id: 'wish',
      title: msg('What I wish for you'),
      guide: msg('A wish to close with, if one feels true.'),
    },
    MORE,
  ],
};

export const LETTER_KINDS: readonly LetterKind[] = ['harmed', 'myself', 'harmed-me', 'lost'];

/** What each kind is called inside a sentence: "An unsent letter, to someone I lost". */
export const LETTER_KIND_PHRASES: Record<LetterKind, string> = {
  harmed: msg('to someone I harmed'),
  myself: msg('to myself'),
  'harmed-me': msg('to someone who harmed me'),
  lost: msg('to someone I lost'),
};

/** What each kind is called where a person chooses it. */
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  harmed: msg('To someone I harmed'),
  myself: msg('To myself'),
  'harmed-me': msg('To someone who harmed me'),
  lost: msg('To someone I lost'),
};

/** One line under each choice, and again above the letter's sections. */
export const LETTER_KIND_GUIDES: Record<LetterKind, string> = {
  harmed: msg('Owning your part, where you had one, and what you are doing differently.'),
  myself: msg('Forgiveness and care, written to yourself the way you would write to a friend.'),
  'harmed-me': msg(
    'Naming what was done to you, and what you take back. Not an apology: you owe them none.',
  ),
  lost: msg('For someone gone, through death, distance or a door that closed.'),
};

/** Said above a letter to someone who harmed me, before any of its words: safety first. */
export const HARMED_ME_SAFETY = msg(
  'What they did was not your fault. This letter is for you alone: you never need to send it, show it or meet them. If writing brings them too close, you can stop, take a pause, and come back only if you want to.',
);

/** Every section of every kind, once each: what a letter may hold whatever its kind. */
export const LETTER_SECTIONS: readonly LetterSection[] = Object.values(SECTIONS_BY_KIND)
  .flat()
  .filter((section, i, all) => all.findIndex((other) => other.id === section.id) === i);

/** A letter written before kinds existed reads as one to someone I harmed: its shape. */
export function kindOf(letter: Pick<LetterFields, 'kind'>): LetterKind {
  return letter.kind ?? 'harmed';
}

/**
 * The sections shown for a letter: its kind's, then any other part that holds words (written
 * before the kind was changed), so no words are ever hidden.
 */
export function sectionsOf(
  letter: Pick<LetterFields, 'kind' | 'sections'>,
): readonly LetterSection[] {
  const own = SECTIONS_BY_KIND[kindOf(letter)];
  const others = LETTER_SECTIONS.filter(
    (section) => !own.some((mine) => mine.id === section.id) && letter.sections[section.id]?.trim(),
  );
  return [...own, ...others];
}

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
