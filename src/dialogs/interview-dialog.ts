import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
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
    const flow = new InterviewFlow(freshState(), this.settings, this.telemetry);
    const outcome = flow.start(options ?? { welcome: true });
    return this.finish(dc, flow, outcome);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const stored = (dc.activeDialog?.state as { s?: InterviewState } | undefined)?.s ?? freshState();
    const flow = new InterviewFlow(stored, this.settings, this.telemetry);
    const outcome = flow.handle(inputText(dc.context.activity));
    return this.finish(dc, flow, outcome);
  }

  private async finish(dc: DialogContext, flow: InterviewFlow, outcome: Outcome): Promise<DialogTurnResult> {
    if (dc.activeDialog) dc.activeDialog.state = { s: flow.state };
    await dc.context.sendActivities(this.renderer.render(dc.context, flow.replies));
    return outcome === 'ended' ? dc.endDialog() : Dialog.EndOfTurn;
  }
}

/** What the person said: typed text, or the text a card button submitted. */
export function inputText(activity: Partial<Activity>): string {
  if (typeof activity.text === 'string' && activity.text.trim()) return activity.text;
  const value = activity.value as { text?: unknown } | undefined;
  return value && typeof value.text === 'string' ? value.text : '';
}
