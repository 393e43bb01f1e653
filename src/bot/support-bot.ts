import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { TurnInput } from '../dialogs/turn';
import { capabilitiesOf, plainChannel } from './channels';
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
export type HandoffProfile = 'directline' | 'omnichannel' | 'link';

const HANDOFF_STATES = ['accepted', 'failed', 'completed'] as const;

export class SupportBot {
  constructor(
    private readonly pipeline: TurnPipeline,
    private readonly handoffProfile: HandoffProfile = 'directline',
  ) {}

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
    // The words say a summary was passed on only where a hand-off really goes out.
    const channel = { handoff: caps.handoffEvent && this.handoffProfile !== 'link', name: caps === plainChannel ? 'other' : a.channelId };
    if (a.type === ActivityTypes.Event && a.name === 'handoff.status') {
      // The hub's answer to a hand-off: never rejected; an unknown state is ignored.
      const state = (a.value as { state?: unknown } | undefined)?.state;
      const status = HANDOFF_STATES.find((s) => s === state);
      return status && channel.handoff ? { kind: 'handoffStatus', status, channel } : undefined;
    }
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
