/**
 * Every complete set of answers ("profile"), and the interview a person with that profile
 * would have. Shared by the rules tests and `npm run bench:questions`.
 */
import { allowedValues, criteria } from './criteria';
import { nextQuestion } from './next-question';
import type { Answers, CriterionId } from './types';

export function* allProfiles(): Generator<Required<Answers>> {
  const ids = criteria.map((c) => c.id);
  const values = ids.map((id) => allowedValues(id));
  const index = ids.map(() => 0);
  for (;;) {
    const profile = {} as Required<Answers>;
    ids.forEach((id, i) => (profile[id] = values[i][index[i]]));
    yield profile;
    let i = ids.length - 1;
    while (i >= 0 && ++index[i] === values[i].length) index[i--] = 0;
    if (i < 0) return;
  }
}

/** The questions asked, in order, when every answer comes from `profile`. */
export function interview(profile: Answers): { asked: CriterionId[]; answers: Answers } {
  const answers: Answers = {};
  const asked: CriterionId[] = [];
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    asked.push(q.id);
    answers[q.id] = profile[q.id];
  }
  return { asked, answers };
}
