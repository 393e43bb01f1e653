/**
 * The conversation itself: given the state and what the person said, what to say next.
 * No botbuilder here, so every path is easy to test; InterviewDialog wraps it.
 * Decisions about POP and IMAP come from src/rules.
 */
import { copy, criterion, nextQuestion, recommend, type CriterionId, UNSURE } from '../rules';
import { InterviewBase, pick, type Outcome } from './interview-base';
import { freshState } from './interview-state';
import {
  changeMenuReply, feedbackChoices, menus, feedbackReply, handoffReply, requestReply, setupReply, summaryLines, text,
} from './replies';
import {
  accountAgeOf, answerFor, choiceNumber, commandOf, factsIn, describedFacts, normalize, normalizedLabel, statedAccountAge, yesNo,
} from './understand';
import type { Command } from './vocabulary';

export type { Outcome } from './interview-base';

const { say } = copy;
/** Longer messages aren't answers or descriptions we can use; say so rather than guess. */
const MAX_INPUT_CHARS = 1000;

export class InterviewFlow extends InterviewBase {

  /** A new conversation: welcome (first contact only), take what a first message describes, ask. */
  start(options: { welcome: boolean; text?: string }): Outcome {
    this.state = freshState();
    this.replies.push(text(options.welcome ? say.welcome(this.settings.brandName) : say.hiAgain));
    const t = options.text ? normalize(options.text) : '';
    if (t && !commandOf(t)) {
      this.takeDescription(options.text as string);
      const age = statedAccountAge(options.text as string, this.settings.accountCutoff);
      if (age && age !== 'unsure') return this.setAge(age);
    }
    return this.askCurrent();
  }

  handle(said: string): Outcome {
    if (said.length > MAX_INPUT_CHARS) return this.askCurrent(say.tooLong);
    const input = this.menuPick(said);
    const t = normalize(input);
    if (!t) return this.askCurrent(say.unsupported);
    const command = commandOf(t);
    if (command && this.accepts(command)) return this.command(command);
    switch (this.state.phase) {
      case 'eligibility': return this.onEligibility(input);
      case 'interview': return this.onAnswer(input);
      case 'advised': return this.onChangeOfMind(input);
      case 'pickChange': return this.onPickChange(t);
      case 'feedback': return this.onFeedback(input);
      case 'ineligible': return this.askCurrent();
    }
  }

  /** "2" after a follow-up menu means that menu's second button. */
  private menuPick(said: string): string {
    const { phase, menu } = this.state;
    if (!menu || (phase !== 'advised' && phase !== 'ineligible')) return said;
    const n = choiceNumber(normalize(said));
    const label = n !== undefined ? menus[menu][n - 1]?.label : undefined;
    return label ?? said;
  }

  // ---- commands (help, why, back, start over, stop, ...) ----

  private accepts(command: Command): boolean {
    if (command === 'done') return ['advised', 'feedback', 'ineligible'].includes(this.state.phase);
    return true;
  }

  private command(command: Command): Outcome {
    const s = this.state;
    switch (command) {
      case 'help': return this.askCurrent(say.help);
      case 'greet': return this.askCurrent(say.greeting);
      case 'why': return this.why();
      case 'back': return this.back();
      case 'startOver':
        this.state = freshState();
        return this.askCurrent(say.startOver);
      case 'stop':
        this.state = freshState();
        this.replies.push(text(say.stopped));
        return 'ended';
      case 'summary': {
        const lines = summaryLines(s.answers);
        if (s.age) lines.unshift(`${this.cutoffTopic()}: ${this.ageLabel()}`);
        return this.askCurrent(lines.length ? `${say.summaryTitle}\n\n${lines.map((l) => `- ${l}`).join('\n')}` : say.nothingYet);
      }
      case 'change':
        if (!s.history.length) return this.askCurrent(say.nothingYet);
        s.phase = 'pickChange';
        this.replies.push(changeMenuReply(s.answers));
        return 'continue';
      case 'setup':
        if (!s.advised || s.phase === 'interview') return this.askCurrent(say.setupAfterAdvice);
        this.replies.push(setupReply(s.advised, this.settings));
        s.menu = 'setup';
        return 'continue';
      case 'request':
        this.replies.push(requestReply(this.settings), handoffReply(s.answers, s.advised, s.age));
        s.menu = 'request';
        this.telemetry.trackEvent('handoff', { phase: s.phase, answered: s.history.length });
        return s.phase === 'advised' || s.phase === 'ineligible' ? 'continue' : this.askCurrent();
      case 'done':
        if (s.phase === 'ineligible') return this.end();
        s.phase = 'feedback';
        this.replies.push(feedbackReply());
        return 'continue';
    }
  }

  private why(): Outcome {
    const s = this.state;
    if (s.phase === 'eligibility' || s.phase === 'ineligible') return this.askCurrent(say.eligibilityWhy(this.cutoff));
    if (s.phase === 'interview' && s.asking) return this.askCurrent(say.why(criterion(s.asking).whyWeAsk));
    if (s.advised) {
      const r = recommend(s.answers);
      this.replies.push(text(`${say.whyRecommendation(r.protocol)}\n\n${r.reasons.map((x) => `- ${x.text}`).join('\n')}`));
      return 'continue';
    }
    return this.askCurrent(say.help);
  }

  private back(): Outcome {
    const s = this.state;
    if (s.phase === 'eligibility') return this.askCurrent(say.backAtFirst);
    const last = s.history.pop();
    if (!last) {
      s.phase = 'eligibility';
      s.age = undefined;
      return this.askCurrent(say.backTo);
    }
    delete s.answers[last];
    s.phase = 'interview';
    s.asking = last;
    s.misses = 0;
    return this.askCurrent(say.backTo);
  }

  // ---- answers ----

  private onEligibility(input: string): Outcome {
    const age = accountAgeOf(input, this.settings.accountCutoff);
    if (age) return this.setAge(age);
    if (this.takeDescription(input)) return this.askCurrent();
    return this.miss(say.eligibilityOptions.before, () => this.setAge('unsure'));
  }

  private onAnswer(input: string): Outcome {
    const s = this.state;
    const asking = s.asking ?? nextQuestion(s.answers)?.id;
    if (!asking) return this.proceed();
    const value = answerFor(criterion(asking), input);
    if (value !== undefined) {
      const changing = s.advised !== undefined;
      this.record(asking, value);
      if (changing) this.replies.push(text(say.changedTo(criterion(asking).facts[value])));
      return this.proceed();
    }
    if (this.takeDescription(input)) return this.askCurrent();
    const c = criterion(asking);
    // "yes" to "Do you use POP today?" is right but not enough: ask which yes, without a strike.
    if (yesNo(normalize(input)) === 'yes' && c.options.filter((o) => /^Yes\b/.test(c.optionLabels[o.value])).length > 1) {
      return this.askCurrent(say.whichYes);
    }
    return this.miss(c.optionLabels[c.options[0].value], () => {
      this.replies.push(text(say.skipped));
      this.record(asking, UNSURE);
      return this.proceed();
    });
  }

  /** After the recommendation: "actually I only use one computer" updates that answer. */
  private onChangeOfMind(input: string): Outcome {
    const { answers } = factsIn(input);
    const changed = (Object.keys(answers) as CriterionId[]).filter((id) => this.state.answers[id] !== answers[id]);
    if (!changed.length) {
      this.replies.push(text(Object.keys(answers).length ? say.noChange : say.afterRecommendation));
      return 'continue';
    }
    for (const id of changed) this.record(id, answers[id] as string);
    this.replies.push(text(say.changedTo(describedFacts(pick(answers, changed)).join('; '))));
    return this.proceed();
  }

  private onPickChange(t: string): Outcome {
    const s = this.state;
    const answered = s.history.length ? Object.keys(s.answers) as CriterionId[] : [];
    const ordered = answered.sort((a, b) => criterion(a).priority - criterion(b).priority);
    const n = choiceNumber(t);
    const id = n !== undefined ? ordered[n - 1] : ordered.find((x) => normalizedLabel(criterion(x).topic) === t);
    if (!id) {
      this.replies.push(text(say.pickChange), changeMenuReply(s.answers));
      return 'continue';
    }
    s.phase = 'interview';
    s.asking = id;
    s.misses = 0;
    return this.askCurrent();
  }

  private onFeedback(input: string): Outcome {
    // "1" or "2" picks from the Yes / No shown as numbered text on channels without buttons.
    const n = choiceNumber(normalize(input));
    const picked = n !== undefined ? feedbackChoices[n - 1]?.label : undefined;
    const yes = yesNo(normalize(picked ?? input));
    if (!yes) return this.askCurrent();
    this.telemetry.trackEvent('feedback', { helpful: yes === 'yes', protocol: this.state.advised ?? 'none' });
    this.replies.push(text(yes === 'yes' ? say.feedbackThanksYes : say.feedbackThanksNo));
    this.state.phase = 'advised';
    return 'continue';
  }

}
