/**
 * What a message means where the conversation is, from its reading (src/understanding): a
 * pick from the choices on screen, a command, the customer's own question, small talk, the
 * answer to the question on screen, facts about other questions and corrections. Sure
 * readings are recorded and said back; likely ones are checked with one yes/no first; a
 * question is answered, never recorded.
 */
import { LANGUAGES } from '../copy';
import { criterion, isCriterionId, UNSURE, type AccountAge, type CriterionId } from '../rules';
import type { Fact, Reading } from '../understanding';
import type { Picked } from './choices';
import { accepts, runCommand } from './commands';
import type { Conversation } from './conversation';
import { answerOf } from './customer-questions';
import { confirmReply, eligibilityReply, factOf, hintOf, menuReply, optionLabel, ratingReply } from './replies';
import { smallTalk } from './small-talk';

const AGES: readonly string[] = ['before', 'after', UNSURE];

export function onPicked(c: Conversation, picked: Picked): void {
  const s = c.state;
  c.heard('pick', picked.kind === 'command' ? picked.command : picked.kind);
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
    case 'confirm':
      return confirmed(c, picked.yes);
    case 'rating':
      c.emit('satisfaction', { rating: picked.rating, protocol: s.advised ?? 'none' });
      return c.say(c.words.t('rating.thanks'));
  }
}

/** Everything a typed message can be, in the order that decides what it is. */
export function onReading(c: Conversation, r: Reading): void {
  const s = c.state;
  if (r.tooLong) {
    c.heard('tooLong');
    return c.ask(c.words.t('tooLong'));
  }
  if (r.empty) {
    c.heard('empty');
    return c.ask(c.words.t('unsupported'));
  }
  if (s.pending) {
    const yes = s.phase === 'feedback' ? undefined : yesOrNo(r);
    if (yes !== undefined) {
    c.heard('confirm');
    return confirmed(c, yes);
  }
    s.pending = undefined;
  }
  if (r.switchTo) {
    c.heard('switchLanguage', r.switchTo);
    return switchLanguage(c, r.switchTo);
  }
  // "done", "that's all" mid-interview: how close the advice is, the question stays, and how to leave.
  if (r.command === 'done' && !accepts(c, 'done')) {
    c.heard('smallTalk', 'thanks');
    return c.ask(c.words.t('smallTalk.doneEarly'));
  }
  if (r.command && accepts(c, r.command)) {
    c.heard('command', r.command);
    return runCommand(c, r.command);
  }
  if (s.phase === 'feedback') return onFeedback(c, r);
  if (s.phase === 'pickChange') {
    c.heard('notUnderstood');
    return c.ask(c.words.t('change.pick'));
  }
  if (r.question) {
    c.heard('question', r.question);
    const taken = takeFacts(c, r, true);
    return c.ask(`${taken}${answerOf(c, r.question)}`);
  }
  if (s.phase === 'eligibility' || s.phase === 'ineligible') return onAccountDate(c, r);
  if (s.phase === 'interview') return onAnswer(c, r);
  return onChangeOfMind(c, r);
}

/** At the account date question (or after "it doesn't apply", where a corrected date still counts). */
function onAccountDate(c: Conversation, r: Reading): void {
  const w = c.words;
  const age = r.age;
  const ineligible = c.state.phase === 'ineligible';
  if (age?.kind === 'age' && !(ineligible && age.age === c.state.age)) {
    c.heard('answer', 'age');
    // "No, I only use my laptop": the laptop is kept while the date is checked.
    if (age.confidence === 'likely') return confirm(c, 'age', age.age, takeFacts(c, r, true));
    const said = takeFacts(c, r, false);
    if (said) c.say(said.trim());
    if (ineligible && age.age !== 'after') c.say(w.t('eligibility.changed', { cutoff: c.cutoff }));
    return c.setAge(age.age);
  }
  if (age?.kind === 'straddles' || age?.kind === 'unclear') {
    c.heard('askBack', 'age');
    const said = ineligible ? '' : takeFacts(c, r, true);
    c.state.phase = 'eligibility';
    // The check is the question, with its answers: asked once, not followed by the question again.
    c.replies.push(eligibilityReply(w, c.cutoff, said.trim() || undefined, w.t(age.kind === 'straddles' ? 'eligibility.straddles' : 'eligibility.unclear', { cutoff: c.cutoff })));
    return;
  }
  const said = ineligible ? '' : takeFacts(c, r, false);
  if (said) {
    c.heard('facts');
    return c.ask(said.trim());
  }
  if (r.smallTalk) {
    c.heard('smallTalk', r.smallTalk);
    return smallTalk(c, r.smallTalk);
  }
  c.heard('notUnderstood', 'age');
  if (ineligible) return c.ask();
  c.miss(w.t('eligibility.before'), w.t('answers.findAccountDate'), () => c.setAge(UNSURE));
}

/** At an interview question: its answer, facts about others, corrections, small talk. */
function onAnswer(c: Conversation, r: Reading): void {
  const s = c.state;
  const asking = s.asking as CriterionId;
  const w = c.words;
  // "oh, and the account's from 2018": a date about the account counts at any question.
  if (r.age?.kind === 'age' && r.age.confidence === 'sure' && r.age.age !== s.age && r.age.age !== UNSURE) {
    c.heard('answer', 'age');
    return c.setAge(r.age.age);
  }
  const said = takeFacts(c, r, false);
  const a = r.answer;
  if (a && a.confidence === 'sure') {
    c.heard(a.value === UNSURE ? 'unsure' : 'answer', asking);
    if (said) c.say(said.trim());
    if (a.value === UNSURE) {
      c.say(w.t('unsureNoted', { hint: hintOf(asking, w) }));
      c.record(asking, UNSURE);
      return c.proceed();
    }
    return answer(c, asking, a.value);
  }
  if (a) {
    c.heard('askBack', asking);
    if (said) c.say(said.trim());
    return confirm(c, asking, a.value);
  }
  if (said) {
    c.heard('facts');
    // What was said may settle the advice or make another question the one that matters now.
    c.say(said.trim());
    s.asking = undefined;
    return c.proceed();
  }
  const q = criterion(asking);
  // "yes" to "Do you use POP today?" is right but not enough, and so are "both" and "it depends":
  // ask which one fits, without a strike.
  if (r.unclear || (r.facts.length === 0 && q.options.filter((o) => o.means === 'yes').length > 1 && r.yesNo === 'yes')) {
    c.heard('askBack', asking);
    return c.ask(w.t('whichYes'));
  }
  if (r.smallTalk) {
    c.heard('smallTalk', r.smallTalk);
    return smallTalk(c, r.smallTalk);
  }
  if (r.facts.length) {
    c.heard('askBack', asking);
    return confirm(c, r.facts[0].criterion, r.facts[0].value);
  }
  c.heard('notUnderstood', asking);
  c.miss(optionLabel(q, q.options[0].value, w), hintOf(asking, w), () => {
    c.say(w.t('skipped'));
    c.record(asking, UNSURE);
    c.proceed();
  });
}

/** After the advice: "actually I only use one computer" changes that answer and says what changed. */
function onChangeOfMind(c: Conversation, r: Reading): void {
  if (r.age?.kind === 'age' && r.age.confidence === 'sure' && r.age.age !== c.state.age && r.age.age !== UNSURE) {
    c.heard('answer', 'age');
    return c.setAge(r.age.age);
  }
  const changed = r.facts.filter((f) => f.confidence === 'sure' && c.state.answers[f.criterion] !== f.value);
  if (changed.length) {
    c.heard('facts');
    for (const f of changed) c.record(f.criterion, f.value);
    c.confirmFacts(Object.fromEntries(changed.map((f) => [f.criterion, f.value])), 'change.changedTo');
    return c.proceed();
  }
  if (r.facts.some((f) => f.confidence === 'sure')) {
    c.heard('facts');
    return c.ask(c.words.t('change.noChange'));
  }
  if (r.smallTalk) {
    c.heard('smallTalk', r.smallTalk);
    return smallTalk(c, r.smallTalk);
  }
  const likely = r.facts.find((f) => c.state.answers[f.criterion] !== f.value);
  if (likely) {
    c.heard('askBack', likely.criterion);
    return confirm(c, likely.criterion, likely.value);
  }
  c.heard('notUnderstood');
  c.ask();
}

function onFeedback(c: Conversation, r: Reading): void {
  const yes = yesOrNo(r);
  if (yes === undefined) {
    c.heard('notUnderstood');
    return c.ask();
  }
  c.heard('answer', 'feedback');
  feedback(c, yes);
}

function answer(c: Conversation, id: CriterionId, value: string): void {
  const changing = c.state.advised !== undefined && c.state.answers[id] !== undefined;
  c.record(id, value);
  if (changing) c.confirmFacts({ [id]: value }, 'change.changedTo');
  c.proceed();
}

/**
 * Records the sure facts a message volunteers about questions other than the one on screen,
 * new ones and corrections alike; returns the line that says so ("Got it: ..." / "Updated: ..."),
 * or '' when there were none. Likely facts wait: their question will be asked.
 */
function takeFacts(c: Conversation, r: Reading, beforeAnswer: boolean): string {
  const s = c.state;
  const sure = r.facts.filter((f) => f.confidence === 'sure' && s.answers[f.criterion] !== f.value && f.criterion !== s.asking);
  const fresh = sure.filter((f) => s.answers[f.criterion] === undefined);
  const changed = sure.filter((f) => s.answers[f.criterion] !== undefined);
  const lines: string[] = [];
  if (fresh.length) lines.push(c.words.t('understood', { facts: c.words.list(facts(c, fresh)) }));
  if (changed.length) lines.push(c.words.t('change.changedTo', { fact: facts(c, changed).join('; ') }));
  for (const f of sure) recordQuietly(c, f);
  const said = lines.join(' ');
  return said ? (beforeAnswer ? `${said}\n\n` : `${said} `) : '';
}

const facts = (c: Conversation, list: Fact[]) => list.map((f) => factOf(f.criterion, f.value, c.words));

/** Record without moving on: the question on screen is still the one being asked. */
function recordQuietly(c: Conversation, f: Fact): void {
  const asking = c.state.asking;
  c.record(f.criterion, f.value);
  c.state.asking = asking;
}

function confirm(c: Conversation, id: CriterionId | 'age', value: string, said = ''): void {
  c.state.pending = { id, value };
  const w = c.words;
  const line = said + (id === 'age'
    ? w.t(value === 'after' ? 'confirmAge.after' : 'confirmAge.before', { cutoff: c.cutoff })
    : w.t('confirm', { fact: factOf(id, value, w) }));
  c.replies.push(confirmReply(line, w));
}

function confirmed(c: Conversation, yes: boolean): void {
  const pending = c.state.pending;
  c.state.pending = undefined;
  if (!pending) return c.ask();
  if (!yes) return c.ask();
  if (pending.id === 'age') return c.setAge(pending.value as AccountAge);
  if (c.state.phase === 'interview' && c.state.asking === pending.id) return answer(c, pending.id, pending.value);
  recordQuietly(c, { criterion: pending.id, value: pending.value, confidence: 'sure' });
  if (c.state.phase === 'advised') return c.proceed();
  c.ask();
}

function askAgain(c: Conversation, id: CriterionId): void {
  const s = c.state;
  s.phase = 'interview';
  s.asking = id;
  s.misses = 0;
  c.ask();
}

function feedback(c: Conversation, helpful: boolean): void {
  c.emit('feedback', { helpful, protocol: c.state.advised ?? 'none' });
  c.state.phase = 'advised';
  if (helpful) {
    c.replies.push(ratingReply(c.words.t('feedback.thanksYes'), c.words));
    return;
  }
  c.replies.push(menuReply(c.words.t('feedback.thanksNo'), 'notHelped', c.words));
}

function switchLanguage(c: Conversation, language: string): void {
  if (!(LANGUAGES as readonly string[]).includes(language)) return c.ask(c.words.t('language.unsupported'));
  c.switchLanguage(language as (typeof LANGUAGES)[number]);
  c.state.languageFrom = 'chosen';
  c.ask(c.words.t('language.switched'));
}

/** A plain yes or no, typed (for "Just to check" and "Did this help?"); "ok" agrees. */
function yesOrNo(r: Reading): boolean | undefined {
  if (r.yesNo) return r.yesNo === 'yes';
  return r.smallTalk === 'ok' ? true : undefined;
}
