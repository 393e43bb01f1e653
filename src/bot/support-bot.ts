import { ActivityTypes, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { InterviewDialog, inputText } from '../dialogs/interview-dialog';
import type { ReplyRenderer, Telemetry } from '../dialogs/ports';
import type { DialogSettings } from '../dialogs/settings';
import { copy } from '../rules';
import { capabilitiesOf } from './channels';
import { conversationKey, isConflict, type ConversationStore, type Loaded } from './state/conversation-store';
import { KeyedQueue } from './state/keyed-queue';

const MAX_ATTEMPTS = 5;
const TYPING_AFTER_MS = 500;

export type TurnOutcome = 'ok' | 'ignored' | 'retried' | 'failed';

/**
 * Runs one turn: the turns of a conversation one at a time in this process; state read
 * with its eTag and written back with it; on a lost race, the turn runs again on fresh
 * state; replies go out only once the state is saved, so nobody sees a reply twice or a
 * reply that was then thrown away.
 */
export class SupportBot {
  private readonly interview: InterviewDialog;
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: ConversationStore,
    settings: DialogSettings,
    renderer: ReplyRenderer,
    private readonly telemetry: Telemetry,
  ) {
    this.interview = new InterviewDialog(settings, renderer, telemetry);
  }

  async run(context: TurnContext): Promise<TurnOutcome> {
    const a = context.activity;
    if (a.type !== ActivityTypes.Message && a.type !== ActivityTypes.ConversationUpdate) return 'ignored';
    if (a.type === ActivityTypes.Message && !this.addressedToUs(context)) return 'ignored';
    if (a.type === ActivityTypes.ConversationUpdate && !joinedByPerson(a)) return 'ignored';
    const key = conversationKey(a.channelId, a.conversation.id);
    return this.queue.run(key, () => this.turnWithApology(context, key));
  }

  /** Turns waiting or running, across all conversations (for graceful shutdown). */
  get busy(): number {
    return this.queue.pending;
  }

  private async turnWithApology(context: TurnContext, key: string): Promise<TurnOutcome> {
    const typing = this.startTyping(context);
    const stopTyping = () => clearTimeout(typing);
    try {
      return await this.turn(context, key, stopTyping);
    } catch (error) {
      this.telemetry.trackEvent('turnFailed', { reason: errorName(error) });
      // Nothing was saved and no reply went out: the person can simply try again.
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(copy.say.sorry);
      return 'failed';
    } finally {
      stopTyping();
    }
  }

  private async turn(context: TurnContext, key: string, stopTyping: () => void): Promise<TurnOutcome> {
    const outbox = bufferReplies(context);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.store.load(key);
      outbox.clear();
      await this.respond(context, loaded);
      try {
        await this.store.save(key, loaded);
      } catch (error) {
        if (isConflict(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      stopTyping(); // the replies themselves are about to show
      await outbox.flush();
      return attempt > 1 ? 'retried' : 'ok';
    }
  }

  private async respond(context: TurnContext, loaded: Loaded): Promise<void> {
    const record = loaded.record;
    // The dialog stack lives inside the conversation record; one dialog runs on it.
    const dialog = (record.dialog ??= { dialogStack: [] });
    if (!Array.isArray(dialog.dialogStack)) dialog.dialogStack = [];
    const active = dialog.dialogStack.length > 0;
    if (context.activity.type === ActivityTypes.ConversationUpdate) {
      // Teams keeps one conversation for months: welcome only the first time.
      if (!record.welcomed && !active) await this.interview.runTurn(context, dialog, { welcome: true });
    } else if (active) {
      await this.interview.runTurn(context, dialog);
    } else {
      await this.interview.runTurn(context, dialog, { welcome: !record.welcomed, text: inputText(context.activity) });
    }
    record.welcomed = true;
  }

  /** In Teams group chats and channels, answer only when mentioned, and read past the mention. */
  private addressedToUs(context: TurnContext): boolean {
    const a = context.activity;
    if (!capabilitiesOf(a.channelId).mentionsInGroups) return true;
    const type = a.conversation?.conversationType;
    if (!type || type === 'personal') return true;
    const mentioned = TurnContext.getMentions(a).some((m) => m.mentioned?.id === a.recipient?.id);
    if (mentioned) a.text = TurnContext.removeRecipientMention(a)?.trim() ?? '';
    return mentioned;
  }

  /** A typing indicator only when a turn is slow (storage, load), where the channel shows one. */
  private startTyping(context: TurnContext): ReturnType<typeof setTimeout> | undefined {
    if (!capabilitiesOf(context.activity.channelId).typing) return undefined;
    if (context.activity.type !== ActivityTypes.Message) return undefined;
    const timer = setTimeout(() => {
      void sendNow(context, { type: ActivityTypes.Typing }).catch(() => undefined);
    }, TYPING_AFTER_MS);
    timer.unref?.();
    return timer;
  }
}

const BYPASS = Symbol('bypassOutbox');

/** Holds the turn's replies until the state is saved. */
function bufferReplies(context: TurnContext): { clear(): void; flush(): Promise<void> } {
  let held: Partial<Activity>[] = [];
  context.onSendActivities(async (ctx, activities, next) => {
    if (ctx.turnState.get(BYPASS)) return next();
    held.push(...activities);
    return activities.map((): ResourceResponse => ({ id: '' }));
  });
  return {
    clear: () => {
      held = [];
    },
    flush: async () => {
      if (held.length) await sendNow(context, ...held);
      held = [];
    },
  };
}

async function sendNow(context: TurnContext, ...activities: Partial<Activity>[]): Promise<void> {
  context.turnState.set(BYPASS, true);
  try {
    await context.sendActivities(activities);
  } finally {
    context.turnState.set(BYPASS, false);
  }
}

function joinedByPerson(a: Activity): boolean {
  return (a.membersAdded ?? []).some((m) => m.id !== a.recipient?.id);
}

function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string | number; statusCode?: number };
  return String(e?.code ?? e?.statusCode ?? e?.name ?? 'Error');
}
