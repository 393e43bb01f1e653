/**
 * What every turn of the interview needs: the state, the replies, and asking. Records
 * answers, moves on to the next question or the recommendation, re-asks what wasn't
 * understood, and shows what is being asked now. InterviewFlow adds the turn handling.
 */
import { copy, criterion, eligibility, formatDate, nextQuestion, recommend, type CriterionId } from '../rules';
import { freshState, type InterviewState } from './interview-state';
import type { Telemetry } from './ports';
import {
  changeMenuReply, eligibilityReply, feedbackReply, questionReply, recommendationReply, requestReply, text, type Reply,
} from './replies';
import type { DialogSettings } from './settings';
import { factsIn, describedFacts } from './understand';

const { say } = copy;
const MAX_RE_ASKS = 2;

export type Outcome = 'continue' | 'ended';

export class InterviewBase {
  readonly replies: Reply[] = [];
  protected readonly cutoff: string;

  constructor(
    public state: InterviewState,
    protected readonly settings: DialogSettings,
    protected readonly telemetry: Telemetry,
  ) {
    this.cutoff = cutoffText(settings.accountCutoff);
  }


  protected setAge(age: NonNullable<InterviewState['age']>): Outcome {
    const s = this.state;
    s.age = age;
    s.misses = 0;
    const verdict = eligibility(age);
    if (verdict === 'ineligible') {
      s.phase = 'ineligible';
      this.replies.push(text(say.ineligible(this.cutoff)), requestReply(this.settings));
      s.menu = 'request';
      this.telemetry.trackEvent('ineligible', {});
      return 'continue';
    }
    if (verdict === 'unknown') this.replies.push(text(say.eligibilityUnsure(this.cutoff)));
    return this.proceed();
  }

  protected end(): Outcome {
    this.state = freshState();
    this.replies.push(text(say.ended));
    return 'ended';
  }

  // ---- helpers ----

  protected record(id: CriterionId, value: string): void {
    const s = this.state;
    s.answers[id] = value;
    s.history = [...s.history.filter((h) => h !== id), id];
    s.asking = undefined;
    s.misses = 0;
  }

  /** Takes answers a person volunteered; says so in one line. False when there were none. */
  protected takeDescription(input: string): boolean {
    const { answers } = factsIn(input);
    const fresh = (Object.keys(answers) as CriterionId[]).filter((id) => this.state.answers[id] === undefined);
    if (!fresh.length) return false;
    for (const id of fresh) this.record(id, answers[id] as string);
    this.replies.push(text(say.understoodDescription(describedFacts(pick(answers, fresh)))));
    return true;
  }

  /** Unrecognised input: re-ask with an example, twice; then offer to skip; then skip. */
  protected miss(example: string, skip: () => Outcome): Outcome {
    const s = this.state;
    s.misses += 1;
    if (s.misses <= MAX_RE_ASKS) return this.askCurrent(say.reAsk(example));
    if (s.misses === MAX_RE_ASKS + 1) return this.askCurrent(say.offerSkip);
    s.misses = 0;
    return skip();
  }

  /** The next question, or the recommendation once nothing could change it. */
  protected proceed(): Outcome {
    const s = this.state;
    const next = nextQuestion(s.answers);
    if (next) {
      s.phase = 'interview';
      s.asking = next.id;
      return this.askCurrent();
    }
    const r = recommend(s.answers);
    const before = s.advised;
    s.phase = 'advised';
    s.asking = undefined;
    s.advised = r.protocol;
    s.menu = 'followUps';
    if (before) this.replies.push(text(say.changedResult(before, r.protocol)));
    this.replies.push(recommendationReply(r));
    this.telemetry.trackEvent('recommendation', { protocol: r.protocol, questions: s.history.length, changed: !!before });
    return 'continue';
  }

  /** Shows what the person is being asked right now, after an optional line. */
  protected askCurrent(prefix?: string): Outcome {
    const s = this.state;
    switch (s.phase) {
      case 'eligibility':
        this.replies.push(eligibilityReply(this.cutoff, prefix));
        return 'continue';
      case 'interview': {
        const id = s.asking ?? nextQuestion(s.answers)?.id;
        if (!id) return this.proceed();
        s.asking = id;
        this.replies.push(questionReply(criterion(id), prefix));
        return 'continue';
      }
      case 'pickChange':
        if (prefix) this.replies.push(text(prefix));
        this.replies.push(changeMenuReply(s.answers));
        return 'continue';
      case 'feedback':
        if (prefix) this.replies.push(text(prefix));
        this.replies.push(feedbackReply());
        return 'continue';
      case 'ineligible':
        this.replies.push(text(`${prefix ? `${prefix}\n\n` : ''}${say.ineligible(this.cutoff)} ${say.ineligibleOptions}`), requestReply(this.settings));
        return 'continue';
      case 'advised':
        this.replies.push(text(prefix ? `${prefix}\n\n${say.afterRecommendation}` : say.afterRecommendation));
        return 'continue';
    }
  }

  protected cutoffTopic(): string {
    return `Account created before ${this.cutoff}`;
  }

  protected ageLabel(): string {
    const age = this.state.age;
    return age === 'before' ? say.actions.yes : age === 'after' ? say.actions.no : copy.notSureLabel;
  }
}


/** "6 August 2015" for the configured cutoff: the same on every turn, so worked out once. */
const cutoffTexts = new Map<string, string>();
function cutoffText(iso: string): string {
  let t = cutoffTexts.get(iso);
  if (t === undefined) cutoffTexts.set(iso, (t = formatDate(iso)));
  return t;
}

export function pick<T extends object>(o: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) out[k] = o[k];
  return out;
}
