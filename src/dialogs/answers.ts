/**
 * What a message that isn't a command means where the conversation is: the account date, an
 * answer to the question on screen, a change of mind after the advice, the answer to change,
 * or feedback. A pick from the choices on screen arrives here as its id.
 */
import { criterion, isCriterionId, nextQuestion, UNSURE, type AccountAge, type CriterionId } from '../rules';
import type { Picked } from './choices';
import { accepts, runCommand } from './commands';
import type { Conversation } from './conversation';
import { optionLabel } from './replies';
import { accountAgeOf, answerFor, factsIn, normalize, yesNo } from './understand';

const AGES: readonly string[] = ['before', 'after', UNSURE];

export function onPicked(c: Conversation, picked: Picked): void {
  const s = c.state;
  switch (picked.kind) {
    case 'command':
      if (accepts(c, picked.command)) return runCommand(c, picked.command);
      return c.ask();
    case 'answer':
      if (s.phase === 'eligibility' && AGES.includes(picked.value)) return c.setAge(picked.value as AccountAge);
      if (s.phase === 'interview' && s.asking) return answer(c, s.asking, picked.value);
      return c.ask();
    case 'change':
      if (s.phase === 'pickChange' && isCriterionId(picked.question) && s.answers[picked.question] !== undefined) {
        return askAgain(c, picked.question);
      }
      return c.ask();
    case 'feedback':
      if (s.phase !== 'feedback') return c.ask();
      return feedback(c, picked.helpful);
  }
}

export function onEligibility(c: Conversation, input: string): void {
  const age = accountAgeOf(input, c.settings.accountCutoff);
  if (age) return c.setAge(age);
  if (takeFacts(c, input)) return c.ask();
  c.miss(c.words.t('eligibility.before'), () => c.setAge('unsure'));
}

export function onAnswer(c: Conversation, input: string): void {
  const s = c.state;
  const asking = s.asking ?? nextQuestion(s.answers)?.id;
  if (!asking) return c.proceed();
  const q = criterion(asking);
  const value = answerFor(q, input);
  if (value !== undefined) return answer(c, asking, value);
  if (takeFacts(c, input)) return c.ask();
  // "yes" to "Do you use POP today?" is right but not enough: ask which yes, without a strike.
  if (yesNo(normalize(input)) === 'yes' && q.options.filter((o) => o.means === 'yes').length > 1) {
    return c.ask(c.words.t('whichYes'));
  }
  c.miss(optionLabel(q, q.options[0].value, c.words), () => {
    c.say(c.words.t('skipped'));
    c.record(asking, UNSURE);
    c.proceed();
  });
}

function answer(c: Conversation, id: CriterionId, value: string): void {
  const changing = c.state.advised !== undefined;
  c.record(id, value);
  if (changing) c.confirmFacts({ [id]: value }, 'change.changedTo');
  c.proceed();
}

/** Takes answers a person volunteered; says so in one line. False when there were none. */
export function takeFacts(c: Conversation, input: string): boolean {
  const { answers } = factsIn(input);
  const fresh = (Object.keys(answers) as CriterionId[]).filter((id) => c.state.answers[id] === undefined);
  if (!fresh.length) return false;
  const taken: Partial<Record<CriterionId, string>> = {};
  for (const id of fresh) {
    c.record(id, answers[id] as string);
    taken[id] = answers[id];
  }
  c.confirmFacts(taken);
  return true;
}

/** After the recommendation: "actually I only use one computer" updates that answer. */
export function onChangeOfMind(c: Conversation, input: string): void {
  const { answers } = factsIn(input);
  const changed = (Object.keys(answers) as CriterionId[]).filter((id) => c.state.answers[id] !== answers[id]);
  if (!changed.length) return c.say(c.words.t(Object.keys(answers).length ? 'change.noChange' : 'afterRecommendation'));
  const taken: Partial<Record<CriterionId, string>> = {};
  for (const id of changed) {
    c.record(id, answers[id] as string);
    taken[id] = answers[id];
  }
  c.confirmFacts(taken, 'change.changedTo');
  c.proceed();
}

export function onPickChange(c: Conversation): void {
  c.ask(c.words.t('change.pick'));
}

function askAgain(c: Conversation, id: CriterionId): void {
  const s = c.state;
  s.phase = 'interview';
  s.asking = id;
  s.misses = 0;
  c.ask();
}

export function onFeedback(c: Conversation, input: string): void {
  const yes = yesNo(normalize(input));
  if (!yes) return c.ask();
  feedback(c, yes === 'yes');
}

function feedback(c: Conversation, helpful: boolean): void {
  c.emit('feedback', { helpful, protocol: c.state.advised ?? 'none' });
  c.say(c.words.t(helpful ? 'feedback.thanksYes' : 'feedback.thanksNo'));
  c.state.phase = 'advised';
}
