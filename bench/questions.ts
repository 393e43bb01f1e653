/**
 * How many questions people are asked before a recommendation, over every combination of
 * answers. Ends with exactly one summary line:
 *   questions: median=M p90=P max=X over N profiles
 */
import { allProfiles, interview } from '../src/rules/profiles';
import { criteria } from '../src/rules';

const counts: number[] = [];
for (const profile of allProfiles()) counts.push(interview(profile).asked.length);
counts.sort((a, b) => a - b);

const at = (q: number) => counts[Math.min(counts.length - 1, Math.ceil(q * counts.length) - 1)];
const histogram = new Map<number, number>();
for (const c of counts) histogram.set(c, (histogram.get(c) ?? 0) + 1);

console.log(`criteria: ${criteria.length} questions (asking everything would take ${criteria.length}), plus the account-date question first`);
console.log('questions asked  profiles  share');
for (const [n, k] of [...histogram].sort((a, b) => a[0] - b[0])) {
  console.log(`${String(n).padStart(15)}  ${String(k).padStart(8)}  ${((100 * k) / counts.length).toFixed(1).padStart(5)}%`);
}
console.log(`questions: median=${at(0.5)} p90=${at(0.9)} max=${counts[counts.length - 1]} over ${counts.length} profiles`);

/**
 * The same budget when people type their answers: every profile played through the real
 * conversation step, each answer typed as a customer in the corpus typed it (a message
 * labelled with exactly that answer), the account date typed too. Counts the interview's
 * questions asked, and all the turns it took (re-asks and "Just to check" included).
 */
import('./typed-questions').then(({ typedBudget }) => {
  const { questions, turns, unfinished } = typedBudget();
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
  console.log(`typed: turns per interview median=${q(turns, 0.5)} p90=${q(turns, 0.9)} max=${turns[turns.length - 1]}; ${unfinished} of ${questions.length} not finished in 20 turns`);
  console.log(`questions (typed): median=${q(questions, 0.5)} p90=${q(questions, 0.9)} max=${questions[questions.length - 1]} over ${questions.length} profiles`);
});
