/**
 * One message, read: its kind first (a command, the customer's own question, small talk,
 * another language, a pick by number), then the answer to the question on screen and the
 * facts about others, each with how sure the reading is. Pure and linear in the message.
 */
import { criterion, UNSURE, type CriterionId, type Protocol } from '../rules';
import { hasTag, saysUnsure, type Analysis } from './analyze';
import { ageOf } from './age';
import type { DateContext } from './dates';
import { factsOf } from './facts';
import type { Fact, Reading } from './reading';
import { MAX_MESSAGE_CHARS } from './text';
import type { Understander } from './understander';
import { yesNoOf } from './yes-no';

export interface Where extends DateContext {
  /** The question on screen: the account date, an interview question, or none. */
  onScreen?: CriterionId | 'eligibility';
  /** The answers so far, for "also" ("I also use my phone" adds to the computer already said). */
  answers?: Partial<Record<CriterionId, string>>;
  /** The protocol advised, once the advice was given: "and on my iPhone?" asks for the set-up there, "what is it?" about it. */
  advised?: Protocol;
}

export function understand(message: string, where: Where, u: Understander, analyzed?: Analysis): Reading {
  const reading: Reading = { empty: false, tooLong: false, facts: [], correcting: false };
  if (message.length > MAX_MESSAGE_CHARS) return { ...reading, tooLong: true };
  const a = analyzed ?? u.analyzer.analyze(message);
  // Nothing to read: an attachment or a blank is `empty`; "??" or "🤔" was typed, and reads as not understood.
  if (!a.tokenCount) return { ...reading, empty: !message.trim() };
  reading.correcting = a.clauses.some((c) => hasTag(c, 'correction', 'any') || hasTag(c, 'also', 'any'));

  reading.yesNo = yesNoOf(a)?.value;
  reading.pick = u.intents.pickOf(a);
  if (reading.pick !== undefined) return reading;
  reading.switchTo = u.intents.switchTo(a);
  if (reading.switchTo) return reading;
  reading.command = u.intents.exactCommand(a) ?? u.intents.commandWithSmallTalk(a);
  if (reading.command) return reading;
  reading.smallTalk = u.intents.smallTalkOf(a);
  // "sure", "right" answer a yes/no question rather than make small talk.
  if (reading.smallTalk === 'ok' && reading.yesNo && where.onScreen) reading.smallTalk = undefined;
  if (reading.smallTalk) return reading;

  const asking = where.onScreen && where.onScreen !== 'eligibility' ? where.onScreen : undefined;
  reading.question = u.intents.questionOf(a, where.onScreen, where.advised);
  // A question we can't place, or "what do you mean?", gives way to what else the message says.
  const vague = reading.question === 'unknown' || reading.question === 'thisQuestion';
  if (!reading.question || vague) reading.command = u.intents.commandInMessage(a);
  // "how do I do it?" with no program named: the set-up steps.
  if (vague && !reading.command && a.clauses.some((c) => c.question && hasTag(c, 'setupVerb'))) reading.command = 'setup';
  if (reading.command) return { ...reading, question: undefined };
  if (u.intents.asksWhichOne(a)) {
    reading.smallTalk = 'whichOne';
    if (vague) reading.question = undefined;
  }
  // "both", "it depends", "sort of": an answer that needs one more question.
  reading.unclear = a.clauses.some((c) => c.hits.some((h) => h.key === 't:partly' && c.tokens.length - c.start <= h.end - h.start + 1));

  // The clause that asks the question says nothing else: "the steps for Thunderbird" is no answer.
  if (reading.question) for (const c of a.clauses) if (u.intents.questionOf({ ...a, clauses: [c] }, where.onScreen, where.advised) === reading.question) c.question = true;
  // "should my new MacBook use POP or IMAP?" asks which one, and tells what the person has.
  for (const c of a.clauses) if (c.question && c.hits.some((h) => h.key === 's:whichOne')) c.question = false;
  const facts = factsOf(a, asking, u.lexicon, where.answers);
  reading.age = ageOf(a, where.onScreen === 'eligibility', u.lexicon, where);
  if (asking) {
    const onScreen = facts.find((f) => f.criterion === asking);
    if (onScreen?.value === '?') reading.unclear = true;
    reading.answer = reading.unclear ? undefined : answerTo(asking, a, onScreen);
    reading.facts = facts.filter((f) => f.criterion !== asking);
  } else reading.facts = facts;
  // A question that names a topic is answered, not recorded; its other clauses may still say things.
  if (reading.question && !vague) reading.answer = undefined;
  if (vague && reading.question && (reading.answer || reading.facts.length || reading.age)) reading.question = undefined;
  return reading;
}

/**
 * The answer to the question on screen. Not knowing ("not sure", "no idea what IMAP is") beats
 * a yes or no and the short answers; a fact stated in a clause of its own ("not sure, but I use
 * Outlook") beats not knowing. A decisive answer from a yes or no (the program can't do IMAP)
 * counts only when it is the whole clause; otherwise it is checked first.
 */
function answerTo(asking: CriterionId, a: Analysis, fact: Fact | undefined): Fact | undefined {
  const said = yesNoOf(a);
  const unsure = a.clauses.some(saysUnsure);
  const meant = said ? criterion(asking).options.filter((o) => o.means === said.value) : [];
  const byYesNo = meant.length === 1 ? meant[0] : undefined;
  if (fact && fact.confidence === 'sure') {
    if (byYesNo && byYesNo.value !== fact.value && fact.value !== UNSURE) return { ...fact, confidence: 'likely' };
    return fact;
  }
  if (unsure) return { criterion: asking, value: UNSURE, confidence: 'sure' };
  if (fact) return fact;
  if (byYesNo) {
    const checkFirst = byYesNo.decisive && (said?.hedged || !said?.bare);
    return { criterion: asking, value: byYesNo.value, confidence: checkFirst ? 'likely' : 'sure' };
  }
  return undefined;
}
