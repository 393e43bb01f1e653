/**
 * One turn's work on a conversation: its state, the replies and events so far, and the moves
 * of the interview (record an answer, ask what comes next, re-ask, recommend). Commands and
 * answers (commands.ts, answers.ts) are made of these moves.
 */
import { wordsFor, type Language, type Words } from '../copy';
import { criterion, eligibility, nextQuestion, recommend, type AccountAge, type CriterionId } from '../rules';
import { freshState, type ConversationState } from './conversation-state';
import {
  changeMenuReply, eligibilityReply, factOf, feedbackReply, menuReply, questionReply, recommendationReply, requestReply, text, type Reply,
} from './replies';
import type { DialogSettings } from './settings';

/** What the channel can do that changes what the bot says. */
export interface ChannelFeatures {
  /** A live-agent hand-off event goes out on this channel (a hub is configured and the channel carries one). */
  handoff: boolean;
  /** The channel's id ("webchat", "msteams"), for the support team's figures. */
  name?: string;
}

/** Something the support team counts (a recommendation, a hand-off): no text, names or ids. */
export interface OutcomeEvent {
  name: string;
  properties: Record<string, string | number | boolean>;
}

const MAX_RE_ASKS = 2;

export class Conversation {
  readonly replies: Reply[] = [];
  readonly events: OutcomeEvent[] = [];
  /** The cutoff date as the person reads it ("6 August 2015"). */
  cutoff: string;

  constructor(
    public state: ConversationState,
    readonly settings: DialogSettings,
    public words: Words,
    readonly channel: ChannelFeatures,
  ) {
    this.cutoff = words.date(settings.accountCutoff);
  }

  /** What a message was taken as, for the support team's figures (re-asks, not understood, per question). */
  heard(kind: string, about?: string): void {
    this.emit('message', about ? { kind, about } : { kind });
  }

  switchLanguage(language: Language): void {
    this.state.language = language;
    this.words = wordsFor(language, this.settings.brandName);
    this.cutoff = this.words.date(this.settings.accountCutoff);
  }

  say(line: string): void {
    this.replies.push(text(line));
  }

  emit(name: string, properties: OutcomeEvent['properties'] = {}): void {
    this.events.push({ name, properties });
  }

  /** A new interview from the first question; keeps only whether the person was welcomed. */
  restart(): void {
    this.state = { ...freshState(true), phase: 'eligibility', language: this.state.language, languageFrom: this.state.languageFrom };
  }

  /** The interview is over: the next message starts a new one. */
  finish(): void {
    this.state = { ...freshState(true), language: this.state.language, languageFrom: this.state.languageFrom };
  }

  setAge(age: AccountAge): void {
    const s = this.state;
    s.age = age;
    s.misses = 0;
    const verdict = eligibility(age);
    if (verdict === 'ineligible') {
      s.phase = 'ineligible';
      this.say(this.words.t('eligibility.ineligible', { cutoff: this.cutoff }));
      this.replies.push(requestReply(this.settings, this.words, false));
      this.emit('ineligible');
      return;
    }
    if (verdict === 'unknown') this.say(this.words.t('eligibility.unsure', { cutoff: this.cutoff }));
    this.proceed();
  }

  record(id: CriterionId, value: string): void {
    const s = this.state;
    s.answers[id] = value;
    s.history = [...s.history.filter((h) => h !== id), id];
    s.asking = undefined;
    s.misses = 0;
  }

  /** "Got it: you read email on several devices and your program works with IMAP." */
  confirmFacts(answers: Partial<Record<CriterionId, string>>, key: 'understood' | 'change.changedTo' = 'understood'): void {
    const facts = (Object.keys(answers) as CriterionId[])
      .sort((a, b) => criterion(a).priority - criterion(b).priority)
      .map((id) => factOf(id, answers[id] as string, this.words));
    this.say(key === 'understood' ? this.words.t('understood', { facts: this.words.list(facts) }) : this.words.t('change.changedTo', { fact: facts.join('; ') }));
  }

  /** Unrecognised input: re-ask with an example, then with the hint; then offer to skip; then skip. */
  miss(example: string, hint: string, skip: () => void): void {
    const s = this.state;
    s.misses += 1;
    if (s.misses === 1) return this.ask(this.words.t('reAsk', { example }));
    if (s.misses <= MAX_RE_ASKS) return this.ask(this.words.t('reAskHint', { hint }));
    if (s.misses === MAX_RE_ASKS + 1) return this.ask(this.words.t('offerSkip'));
    s.misses = 0;
    skip();
  }

  /** The next question, or the recommendation once nothing could change it. */
  proceed(): void {
    const s = this.state;
    const next = nextQuestion(s.answers);
    if (next) {
      s.phase = 'interview';
      s.asking = next.id;
      return this.ask();
    }
    const r = recommend(s.answers);
    const before = s.advised;
    s.phase = 'advised';
    s.asking = undefined;
    s.advised = r.protocol;
    if (before) {
      this.say(before === r.protocol
        ? this.words.t('change.resultSame', { protocol: r.protocol })
        : this.words.t('change.resultChanged', { before, after: r.protocol }));
    }
    this.replies.push(recommendationReply(r, this.words));
    this.emit('recommendation', { protocol: r.protocol, questions: s.history.length, changed: !!before });
  }

  /** Shows what the person is being asked right now, after an optional line. */
  ask(prefix?: string): void {
    const s = this.state;
    const w = this.words;
    switch (s.phase) {
      case 'idle':
      case 'eligibility':
        s.phase = 'eligibility';
        this.replies.push(eligibilityReply(w, this.cutoff, prefix));
        return;
      case 'interview': {
        const id = s.asking ?? nextQuestion(s.answers)?.id;
        if (!id) return this.proceed();
        s.asking = id;
        this.replies.push(questionReply(criterion(id), w, prefix));
        return;
      }
      case 'pickChange':
        this.replies.push(changeMenuReply(s, w, prefix));
        return;
      case 'feedback':
        if (prefix) this.say(prefix);
        this.replies.push(feedbackReply(w));
        return;
      case 'ineligible':
        this.say(`${prefix ? `${prefix}\n\n` : ''}${w.t('eligibility.ineligible', { cutoff: this.cutoff })} ${w.t('eligibility.ineligibleOptions')}`);
        this.replies.push(requestReply(this.settings, w, false));
        return;
      case 'advised':
        // The options the line mentions go under it, so there is always something below.
        this.replies.push(menuReply(prefix ? `${prefix}\n\n${w.t('afterRecommendation')}` : w.t('afterRecommendation'), 'followUps', w));
        return;
    }
  }
}
