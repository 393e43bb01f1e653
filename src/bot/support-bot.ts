import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { TurnInput } from '../dialogs/turn';
import { capabilitiesOf } from './channels';
import { isGroupConversation, mentionsBot, withoutBotMention } from './group-chat';
import { joinResponse } from './join-response';
import type { TurnOutcome, TurnPipeline } from './turn-pipeline';

export type { TurnOutcome } from './turn-pipeline';

/**
 * What arrives from a channel, and whether the conversation hears about it: messages
 * (in Teams group chats only when the bot is mentioned, read past the mention), joins and
 * installs (a welcome or a group intro), invokes (acknowledged). The turn itself runs in
 * the pipeline.
 */
export class SupportBot {
  constructor(private readonly pipeline: TurnPipeline) {}

  async run(context: TurnContext): Promise<TurnOutcome> {
    const a = context.activity;
    if (a.type === ActivityTypes.Invoke) {
      // We offer no invoke features (buttons send text); acknowledge so channels don't show an error.
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
      return 'ignored';
    }
    const input = this.inputOf(a);
    return input ? this.pipeline.run(context, input) : 'ignored';
  }

  /** Turns waiting or running, across all conversations (for graceful shutdown). */
  get busy(): number {
    return this.pipeline.busy;
  }

  private inputOf(a: Activity): TurnInput | undefined {
    const caps = capabilitiesOf(a.channelId);
    const channel = { handoff: caps.handoffEvent };
    if (a.type === ActivityTypes.Message) {
      const today = new Date().toISOString().slice(0, 10);
      const locale = typeof a.locale === 'string' ? a.locale : undefined;
      if (!caps.mentionsInGroups || !isGroupConversation(a)) return { kind: 'message', text: inputText(a), today, channel, locale };
      return mentionsBot(a) ? { kind: 'message', text: withoutBotMention(a), today, channel, locale } : undefined;
    }
    const join = joinResponse(a, caps);
    if (join === 'nothing') return undefined;
    return { kind: 'joined', group: join === 'groupIntro', botName: a.recipient?.name || 'me', channel, locale: typeof a.locale === 'string' ? a.locale : undefined };
  }
}

/** What the person said: typed text, or the text a card button submitted. */
export function inputText(activity: Partial<Activity>): string {
  if (typeof activity.text === 'string' && activity.text.trim()) return activity.text;
  const value = activity.value as { text?: unknown } | undefined;
  return value && typeof value.text === 'string' ? value.text : '';
}
