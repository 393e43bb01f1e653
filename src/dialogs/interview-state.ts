import type { AccountAge, Answers, CriterionId, Protocol } from '../rules';
import type { MenuId } from './replies';

/**
 * One conversation's progress. Kept small (a few hundred bytes) because it is read and
 * written on every turn: everything else (questions, advice) is derived from the answers.
 */
export type Phase = 'eligibility' | 'interview' | 'advised' | 'pickChange' | 'feedback' | 'ineligible';

export interface InterviewState {
  phase: Phase;
  /** When the account was created, relative to the cutoff. */
  age?: AccountAge;
  answers: Answers;
  /** The questions answered, oldest first, so "back" can undo the last one. */
  history: CriterionId[];
  /** The question on screen during the interview. */
  asking?: CriterionId;
  /** Unrecognised replies to the question on screen. */
  misses: number;
  /** The protocol last recommended, to say what a changed answer changed. */
  advised?: Protocol;
  /** The follow-up menu shown last, so a typed number picks from it. */
  menu?: MenuId;
}

export function freshState(): InterviewState {
  return { phase: 'eligibility', answers: {}, history: [], misses: 0 };
}
