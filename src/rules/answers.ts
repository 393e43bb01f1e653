import { z } from 'zod';
import { allowedValues } from './criteria';
import { CRITERION_IDS, type AnswerError, type Answers, type CriterionId, type Result } from './types';

const shape = z.record(z.string(), z.string());

/**
 * Checks answers that came from outside (stored state, an HTTP payload, a test):
 * an unknown criterion or answer value is a typed error value, never a throw.
 */
export function validateAnswers(input: unknown): Result<Answers, AnswerError> {
  const parsed = shape.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { kind: 'malformed', message: 'answers must map question ids to answer values' } };
  }
  const answers: Answers = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (!isCriterionId(key)) return { ok: false, error: { kind: 'unknownCriterion', criterion: key } };
    const allowed = allowedValues(key);
    if (!allowed.includes(value)) {
      return { ok: false, error: { kind: 'invalidAnswer', criterion: key, answer: value, allowed } };
    }
    answers[key] = value;
  }
  return { ok: true, value: answers };
}

export function isCriterionId(id: string): id is CriterionId {
  return (CRITERION_IDS as readonly string[]).includes(id);
}

/** A copy of the answers with one answer set, checked. */
export function withAnswer(answers: Answers, id: string, value: string): Result<Answers, AnswerError> {
  return validateAnswers({ ...answers, [id]: value });
}
