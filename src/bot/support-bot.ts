import {
  ActivityTypes, type Activity, type ResourceResponse, type TurnContext,
} from 'botbuilder';
import { InterviewDialog, inputText } from '../dialogs/interview-dialog';
import type { ReplyRenderer, Telemetry } from '../dialogs/ports';
import type { DialogSettings } from '../dialogs/settings';
import { copy } from '../rules';
import { capabilitiesOf } from './channels';
import { isGroupConversation, mentionsBot, withoutBotMention } from './group-chat';
import { joinResponse } from './join-response';
import type { ConversationRecord } from './state/conversation-record';
import { conversationKey, isConflict, type ConversationStore, type Loaded } from './state/conversation-store';
import { KeyedQueue } from './state/keyed-queue';

/**
 * A conflict means another turn of this conversation was saved meanwhile, so retries
 * always make progress; enough for a burst of turns spread over several instances.
 */
const MAX_ATTEMPTS = 10;
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
    private readonly settings: DialogSettings,
    renderer: ReplyRenderer,
    private readonly telemetry: Telemetry,
  ) {
    this.interview = new InterviewDialog(settings, renderer, telemetry);
  }

  async run(context: TurnContext): Promise<TurnOutcome> {
    const a = context.activity;
    if (a.type === ActivityTypes.Invoke) {
      // We offer no invoke features (buttons send text); acknowledge so channels don't show an error.
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
      return 'ignored';
    }
    if (a.type === ActivityTypes.Message) {
      if (!this.addressedToUs(context)) return 'ignored';
    } else if (joinResponse(a, capabilitiesOf(a.channelId)) === 'nothing') {
      return 'ignored';
    }
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
      // Nothing was saved and no reply went out: the person can simply try again. The apology is
      // best effort: if the channel itself can't be reached, there is nobody to tell.
      if (context.activity.type === ActivityTypes.Message && !(error instanceof DeliveryError)) await sendNow(context, { type: ActivityTypes.Message, text: copy.say.sorry }).catch(() => undefined);
      return 'failed';
    } finally {
      stopTyping();
    }
  }

  private async turn(context: TurnContext, key: string, stopTyping: () => void): Promise<TurnOutcome> {
    const outbox = bufferReplies(context);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.store.load(key);
      if (isResend(context.activity, loaded.record)) return 'ignored';
      outbox.clear();
      await this.respond(context, loaded);
      remember(context.activity, loaded.record);
      try {
        await this.store.save(key, loaded);
      } catch (error) {
        if (!isConflict(error)) throw error;
        this.telemetry.trackEvent('stateConflict', { attempt });
        if (attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      stopTyping(); // the replies themselves are about to show
      await outbox.flush().catch((error) => {
        throw new DeliveryError(error);
      });
      return attempt > 1 ? 'retried' : 'ok';
    }
  }

  private async respond(context: TurnContext, loaded: Loaded): Promise<void> {
    const record = loaded.record;
    // The dialog stack lives inside the conversation record; the one dialog runs on it.
    const dialog = (record.dialog ??= { dialogStack: [] });
    if (!Array.isArray(dialog.dialogStack)) dialog.dialogStack = [];
    const active = dialog.dialogStack.length > 0;
    const a = context.activity;
    if (a.type !== ActivityTypes.Message) {
      // Teams keeps one conversation for months, and may announce an install twice: greet once.
      if (record.welcomed || active) return;
      if (joinResponse(a, capabilitiesOf(a.channelId)) === 'groupIntro') {
        await context.sendActivity(copy.say.groupIntro(this.settings.brandName, a.recipient?.name || 'me'));
      } else {
        await this.interview.runTurn(context, dialog, { welcome: true });
      }
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
    if (!capabilitiesOf(a.channelId).mentionsInGroups || !isGroupConversation(a)) return true;
    if (!mentionsBot(a)) return false;
    a.text = withoutBotMention(a);
    return true;
  }

  /** A typing indicator only when a turn is slow (storage, load), where the channel shows one. */
  private startTyping(context: TurnContext): ReturnType<typeof setTimeout> | undefined {
    if (!capabilitiesOf(context.activity.channelId).typing) return undefined;
    if (context.activity.type !== ActivityTypes.Message) return undefined;
    // Typing passes the reply buffer by itself (see bufferReplies), so replies sent meanwhile stay held.
    const timer = setTimeout(() => {
      void context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    }, TYPING_AFTER_MS);
    timer.unref?.();
    return timer;
  }
}

const BYPASS = Symbol('bypassOutbox');
const SEEN_IDS = 5;

function isResend(a: Activity, record: ConversationRecord): boolean {
  return a.type === ActivityTypes.Message && !!a.id && !!record.seen?.includes(shortId(a.id));
}

function remember(a: Activity, record: ConversationRecord): void {
  if (a.type !== ActivityTypes.Message || !a.id) return;
  record.seen = [...(record.seen ?? []), shortId(a.id)].slice(-SEEN_IDS);
}

/**
 * A message id as a 32-bit FNV-1a hash in base 36 (≤ 7 characters): ids run to 40+
 * characters and every stored byte is kept for every conversation. Among the last five
 * ids of one conversation a collision is negligible.
 */
function shortId(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The channel could not take our replies (its connector is down): no apology can reach anyone. */
class DeliveryError extends Error {
  constructor(override readonly cause: unknown) {
    super('replies could not be delivered');
  }
}

/** Holds the turn's replies until the state is saved; a typing indicator goes out at once. */
function bufferReplies(context: TurnContext): { clear(): void; flush(): Promise<void> } {
  let held: Partial<Activity>[] = [];
  context.onSendActivities(async (ctx, activities, next) => {
    if (ctx.turnState.get(BYPASS) || activities.every((x) => x.type === ActivityTypes.Typing)) return next();
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


function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string | number; statusCode?: number };
  return String(e?.code ?? e?.statusCode ?? e?.name ?? 'Error');
}
