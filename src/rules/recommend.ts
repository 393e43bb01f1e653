import { caveatRules } from './caveat-rules';
import { caveats, generalImapReason, reasons, type SituationId } from './copy';
import { criteria } from './criteria';
import { chosenOption, isSettled, leader, tally } from './scoring';
import type { Answers, Explanation, Option, Recommendation } from './types';

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
  const reasonList: Explanation[] = supporting.map((o) => ({
    id: o.situation as string,
    text: reasons[o.situation as SituationId],
  }));
  if (reasonList.length === 0) reasonList.push({ id: 'generalImap', text: generalImapReason });

  const caveatList: Explanation[] = caveatRules
    .filter((r) => r.protocol === protocol)
    .filter((r) => !r.when || r.when.values.includes(answers[r.when.criterion] ?? ''))
    .map((r) => ({ id: r.caveat, text: caveats[r.caveat] }));

  return {
    protocol,
    settled: isSettled(answers, t),
    reasons: reasonList,
    caveats: caveatList,
    score: t.score,
  };
}
