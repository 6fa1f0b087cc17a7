import type { AmendsStatus, LetterStatus } from '../../db/types';
import type { AmendsFields } from '../inventory';
import { InputError } from '../../lib/errors';

export type { AmendsStatus, LetterStatus };

export type Willingness = 'not-yet' | 'becoming' | 'willing';

/** The shapes an amends can take (step 9); "not now" is a choice too, and a safe one. */
export type AmendsKind = 'direct' | 'indirect' | 'living' | 'letter' | 'not-now';

export type HarmAnswer = 'yes' | 'unsure' | 'no';

export type HarmQuestionId = 'riskToMe' | 'hurtThem' | 'noContact' | 'myRelief';

export type HarmAnswers = Partial<Record<HarmQuestionId, HarmAnswer>>;

interface StatusChange {
  status: AmendsStatus;
  at: number;
}

/**
 * Everything sealed on an amends row. It extends what the inventory writes when it lists a harm
 * (`person`, `whatHappened`, `myPart`) and never renames those, so rows made there open here.
 */
export interface AmendsItemFields extends AmendsFields {
  /** The person themself: "myself", offered first. */
  myself?: boolean;
  relationship?: string;
  willingness?: Willingness;
  kind?: AmendsKind;
  harmCheck?: HarmAnswers;
  /** Each status with the date it was chosen, oldest first. */
  history?: StatusChange[];
  /** Where the item stands; sealed, not in the clear. Absent means "listed". */
  status?: AmendsStatus;
}

export interface AmendsItem extends AmendsItemFields {
  id: string;
  status: AmendsStatus;
  created: number;
  updated: number;
  inventoryItemId?: string;
  unreadable?: true;
}

/** What the item screen edits; the rest (kind, harm check, history) has its own path. */
export interface AmendsItemInput {
  id: string;
  person?: string;
  myself?: boolean;
  relationship?: string;
  whatHappened?: string;
  myPart?: string;
  willingness?: Willingness;
  status?: AmendsStatus;
}

/** Whom an unsent letter is written to; each kind has its own sections (letterSections.ts). */
export type LetterKind = 'harmed' | 'myself' | 'harmed-me' | 'lost';

export type LetterSectionId =
  | 'happened'
  | 'own'
  | 'affected'
  | 'sorry'
  | 'differently'
  | 'wish'
  | 'more'
  | 'carried'
  | 'coped'
  | 'forgive'
  | 'care'
  | 'cost'
  | 'takeBack'
  | 'letGo'
  | 'miss'
  | 'remember'
  | 'unsaid'
  | 'keep';

export type LetterSections = Partial<Record<LetterSectionId, string>>;

export interface LetterFields {
  /** Whom it is written to, in the person's own words; blank keeps it a draft. */
  recipient: string;
  toMyself?: boolean;
  /** Absent on a letter written before kinds existed: it reads as "harmed". */
  kind?: LetterKind;
  sections: LetterSections;
}

export interface Letter extends LetterFields {
  id: string;
  status: LetterStatus;
  created: number;
  updated: number;
  amendsId?: string;
  releasedAt?: number;
  unreadable?: true;
}

export interface LetterInput {
  id: string;
  recipient?: string;
  toMyself?: boolean;
  kind?: LetterKind;
  amendsId?: string;
  sections?: LetterSections;
}

/** Plain-words refusal from an amends repository, safe to show on screen as it is. */
export class AmendsInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'AmendsInputError';
  }
}
