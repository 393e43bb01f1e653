import { criteria } from './criteria';
import { isSettled, leader, tally, threatens } from './scoring';
import type { Answers, Criterion } from './types';

/**
 * The next question worth asking, or undefined once no answer to the remaining questions
 * could change the recommendation. Asks, in priority order, the first open question that
 * could take the lead away from the protocol that leads now: a question that could only
 * confirm the leader is never needed.
 */
export function nextQuestion(answers: Answers): Criterion | undefined {
  const t = tally(answers);
  if (isSettled(answers, t)) return undefined;
  const current = leader(t);
  const open = criteria.filter((c) => answers[c.id] === undefined);
  return open.find((c) => threatens(c, current)) ?? open[0];
}
