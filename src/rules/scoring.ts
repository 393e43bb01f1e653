/**
 * Points per protocol from the answers so far, and how far the unanswered questions
 * could still move them. Both the recommendation and the next question start here.
 */
import { criteria } from './criteria';
import type { Answers, Criterion, Option, Protocol } from './types';

export interface Tally {
  score: Record<Protocol, number>;
  /** Set when an answer decides the protocol on its own (the article's hard rule). */
  decidedBy?: Protocol;
}

/** IMAP minus POP: what a single answer adds to the margin. */
export function delta(option: Option): number {
  if (!option.favours) return 0;
  return option.favours === 'IMAP' ? option.weight : -option.weight;
}

export function chosenOption(c: Criterion, answers: Answers): Option | undefined {
  const value = answers[c.id];
  return value === undefined ? undefined : c.options.find((o) => o.value === value);
}

export function tally(answers: Answers): Tally {
  const score: Record<Protocol, number> = { IMAP: 0, POP: 0 };
  let decidedBy: Protocol | undefined;
  for (const c of criteria) {
    const o = chosenOption(c, answers);
    if (!o?.favours) continue;
    if (o.decisive) decidedBy = o.favours;
    score[o.favours] += o.weight;
  }
  return { score, decidedBy };
}

/** The article's general advice is IMAP, so a tie goes to IMAP. */
export function leader(t: Tally): Protocol {
  if (t.decidedBy) return t.decidedBy;
  return t.score.POP > t.score.IMAP ? 'POP' : 'IMAP';
}

/** Could some answer to `c` take the lead away from `current`? "Not sure" moves nothing. */
export function threatens(c: Criterion, current: Protocol): boolean {
  return c.options.some(
    (o) => o.favours && o.favours !== current && (o.decisive || o.weight > 0),
  );
}

/**
 * True when no answers to the unanswered questions, however given, could change the
 * protocol: the worst case for the leader is every open question answered against it.
 */
export function isSettled(answers: Answers, t: Tally = tally(answers)): boolean {
  if (t.decidedBy) return true;
  const current = leader(t);
  let margin = t.score.IMAP - t.score.POP;
  for (const c of criteria) {
    if (answers[c.id] !== undefined) continue;
    let worst = 0;
    for (const o of c.options) {
      if (o.favours && o.favours !== current && o.decisive) return false;
      const d = delta(o);
      worst = current === 'IMAP' ? Math.min(worst, d) : Math.max(worst, d);
    }
    margin += worst;
  }
  return current === 'IMAP' ? margin >= 0 : margin < 0;
}
