import type { DialogContext, DialogInstance, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
// The Dialog class from its own module: the package index also loads every prompt and the
// Recognizers-Text libraries (~0.4 s of start-up), which this bot never uses. Same class.
import { Dialog } from 'botbuilder-dialogs/lib/dialog';
import type { Activity, TurnContext } from 'botbuilder';
import { InterviewFlow, type Outcome } from './interview-flow';
import { freshState, type InterviewState } from './interview-state';
import type { ReplyRenderer, Telemetry } from './ports';
import type { DialogSettings } from './settings';

export interface StartOptions {
  /** First contact in this conversation: greet and explain. */
  welcome: boolean;
  /** The message that started the conversation, which may describe the situation. */
  text?: string;
}

/**
 * The whole interview as one dialog: one question per turn, interruptions at any point,
 * the recommendation and its follow-ups. A single dialog keeps the stored state tiny and
 * the turn cheap; the conversation logic lives in InterviewFlow.
 */
export class InterviewDialog extends Dialog<StartOptions> {
  static readonly dialogId = 'interview';

  constructor(
    private readonly settings: DialogSettings,
    private readonly renderer: ReplyRenderer,
    private readonly telemetry: Telemetry,
  ) {
    super(InterviewDialog.dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: StartOptions): Promise<DialogTurnResult> {
    const { flow, outcome } = this.start(options ?? { welcome: true });
    return this.finish(dc, flow, outcome);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { flow, outcome } = this.continue(dc.activeDialog?.state, dc.context.activity);
    return this.finish(dc, flow, outcome);
  }

  /**
   * One turn on a dialog stack that holds only this dialog, without a DialogContext: what
   * DialogSet.createContext and then beginDialog (with `start`) or continueDialog do, with
   * the same stack stored ({ dialogStack: [{ id: 'interview', state: { s } }] }, emptied
   * when the interview ends). A DialogContext also builds a DialogStateManager with its
   * memory scopes and path resolvers on every turn, which this dialog never reads: that was
   * about a fifth of a turn's CPU.
   */
  async runTurn(context: TurnContext, dialogState: DialogState, start?: StartOptions): Promise<void> {
    if (!Array.isArray(dialogState.dialogStack)) dialogState.dialogStack = [];
    const stack = dialogState.dialogStack;
    let instance: DialogInstance | undefined = stack[stack.length - 1];
    let step: Step;
    if (start) {
      instance = { id: this.id, state: {} };
      stack.push(instance);
      step = this.start(start);
    } else {
      if (!instance) return;
      if (instance.id !== this.id) throw new Error(`Can't continue dialog "${instance.id}": only "${this.id}" runs here`);
      step = this.continue(instance.state, context.activity);
    }
    instance.state = { s: step.flow.state };
    await context.sendActivities(this.renderer.render(context, step.flow.replies));
    if (step.outcome === 'ended') stack.pop();
  }

  private start(options: StartOptions): Step {
    const flow = new InterviewFlow(freshState(), this.settings, this.telemetry);
    return { flow, outcome: flow.start(options) };
  }

  private continue(stored: unknown, activity: Partial<Activity>): Step {
    const flow = new InterviewFlow((stored as { s?: InterviewState } | undefined)?.s ?? freshState(), this.settings, this.telemetry);
    return { flow, outcome: flow.handle(inputText(activity)) };
  }

  private async finish(dc: DialogContext, flow: InterviewFlow, outcome: Outcome): Promise<DialogTurnResult> {
    if (dc.activeDialog) dc.activeDialog.state = { s: flow.state };
    await dc.context.sendActivities(this.renderer.render(dc.context, flow.replies));
    return outcome === 'ended' ? dc.endDialog() : Dialog.EndOfTurn;
  }
}

interface Step {
  flow: InterviewFlow;
  outcome: Outcome;
}

/** What the person said: typed text, or the text a card button submitted. */
export function inputText(activity: Partial<Activity>): string {
  if (typeof activity.text === 'string' && activity.text.trim()) return activity.text;
  const value = activity.value as { text?: unknown } | undefined;
  return value && typeof value.text === 'string' ? value.text : '';
}
