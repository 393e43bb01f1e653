import type { CaveatId, ReasonId } from './explanations';
import { z } from 'zod';

/** The two protocols the article compares. */
export const PROTOCOLS = ['IMAP', 'POP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Every question can also be answered "not sure"; it then weighs nothing. */
export const UNSURE = 'unsure';

export const CRITERION_IDS = [
  'devices',
  'program',
  'popToday',
  'backups',
  'storage',
  'spamShield',
  'connection',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** The answers given so far: criterion id -> answer value (an option's value or "unsure"). */
export type Answers = Partial<Record<CriterionId, string>>;

export const optionSchema = z.object({
  value: z.string().regex(/^[a-z][a-zA-Z]*$/),
  /** Which protocol this answer speaks for; undefined when it speaks for neither. */
  favours: z.enum(PROTOCOLS).optional(),
  /** How strongly (points added to that protocol). */
  weight: z.number().int().min(0).max(20),
  /** The hard rule: this answer decides the protocol whatever else was said. */
  decisive: z.boolean().default(false),
  /** The article's situation this answer stands for (see explanations.ts). */
  situation: z.string().optional(),
  /** The answer a plain "yes" or "no" gives to this question. */
  means: z.enum(['yes', 'no']).optional(),
});
export type Option = z.infer<typeof optionSchema>;

export const criterionSchema = z.object({
  id: z.enum(CRITERION_IDS),
  /** Lower asks earlier when several questions could still change the outcome. */
  priority: z.number().int(),
  options: z.array(optionSchema).min(2),
});
/** A question: its answers, and what each says about POP and IMAP. Its words are in src/copy. */
export type Criterion = z.infer<typeof criterionSchema>;

export interface Recommendation {
  protocol: Protocol;
  /** True when no answer to an unanswered question could change the protocol. */
  settled: boolean;
  /** Strongest first; always at least one. */
  reasons: ReasonId[];
  caveats: CaveatId[];
  /** Points for each protocol, for support staff and tests. */
  score: Record<Protocol, number>;
}

export type AnswerError =
  | { kind: 'unknownCriterion'; criterion: string }
  | { kind: 'invalidAnswer'; criterion: CriterionId; answer: string; allowed: string[] }
  | { kind: 'malformed'; message: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
