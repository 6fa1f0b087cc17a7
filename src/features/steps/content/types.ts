/**
 * Typed content for the twelve steps. The words live in step01.ts … step12.ts and follow
 * ../shared/VOICE.md: second person, present tense, short sentences, invite and never command.
 */

/** The kinds of exercise a step can offer. */
export type ExerciseKind = 'reflection' | 'visualization' | 'letter' | 'practice' | 'plan';

/** A tool page a step links to, once that tool exists. */
export type StepTool =
  'inventory' | 'amends' | 'letters' | 'checkin' | 'reading' | 'connection' | 'service';

interface Exercise {
  /** Stable id, e.g. 's4-e2'. */
  id: string;
  kind: ExerciseKind;
  title: string;
  /** Short steps, shown as a list. */
  howTo: string[];
}

export interface Prompt {
  /** Stable id, e.g. 's1-p1'. Journal entries point at it: never renumber or reuse one. */
  id: string;
  text: string;
}

export interface StepSummary {
  /** 1 to 12. */
  number: number;
  title: string;
  /** One line, no line breaks. */
  promise: string;
}

export interface StepContent extends StepSummary {
  /** Paragraphs; together about 120 to 250 words. */
  explanation: {
    whatItIs: string[];
    whatItIsNot: string[];
  };
  /** Two or three. */
  exercises: Exercise[];
  /** Four to eight. */
  prompts: Prompt[];
  /** True for steps whose exercises can stir a lot; the page then shows `pacing` first. */
  heavy?: boolean;
  /** One gentle line about pacing and pausing, shown before a heavy step's exercises. */
  pacing?: string;
  /** The tool this step links to. */
  tool?: StepTool;
}
