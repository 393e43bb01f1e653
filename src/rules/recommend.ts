import { caveatRules, MAX_CAVEATS } from './caveat-rules';
import { GENERAL_IMAP_REASON, type ReasonId, type SituationId } from './explanations';
import { criteria } from './criteria';
import { chosenOption, isSettled, leader, tally } from './scoring';
import type { Answers, Option, Recommendation } from './types';

/**
 * The protocol for these answers, why, and what to watch out for. Works on any subset of
 * answers: `settled` says whether the unanswered questions could still change it.
 */
export function recommend(answers: Answers): Recommendation {
  const t = tally(answers);
  const protocol = leader(t);

  const supporting: Option[] = [];
  for (const c of criteria) {
    const o = chosenOption(c, answers);
    if (o?.favours === protocol && o.situation) supporting.push(o);
  }
  // Strongest first: the hard rule, then by weight; stable for equal weights (priority order).
  supporting.sort((a, b) => Number(b.decisive) - Number(a.decisive) || b.weight - a.weight);
  const reasonList: ReasonId[] = supporting.map((o) => o.situation as SituationId);
  if (reasonList.length === 0) reasonList.push(GENERAL_IMAP_REASON);

  const applying = caveatRules
    .filter((r) => r.protocol === protocol)
    .filter((r) => !r.when || r.when.values.includes(answers[r.when.criterion] ?? ''));
  const ids = new Set(applying.map((r) => r.caveat));
  const caveatList = applying
    .filter((r) => !r.yields?.some((better) => ids.has(better)))
    .map((r) => r.caveat)
    .slice(0, MAX_CAVEATS);

  return {
    protocol,
    settled: isSettled(answers, t),
    reasons: reasonList,
    caveats: caveatList,
    score: t.score,
  };
}
