import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { wordsFor } from '../copy';
import { restoreState } from '../dialogs/conversation-state';
import type { DialogSettings } from '../dialogs/settings';
import { takeTurn, type TurnInput, type TurnResult } from '../dialogs/turn';
import { capabilitiesOf } from './channels';
import type { Telemetry } from './logger';
import type { ChannelRenderer } from './render/channel-renderer';
import type { ConversationRecord } from './state/conversation-record';
import { conversationKey, isConflict, type ConversationStore } from './state/conversation-store';
import { KeyedQueue } from './state/keyed-queue';

/**
 * A conflict means another turn of this conversation was saved meanwhile, so retries
 * always make progress; enough for a burst of turns spread over several instances.
 */
const MAX_ATTEMPTS = 10;
const TYPING_AFTER_MS = 500;
const SEEN_IDS = 5;

export type TurnOutcome = 'ok' | 'ignored' | 'retried' | 'failed';

/**
 * Runs one turn: the turns of a conversation one at a time in this process; the state read
 * with its eTag and written back with it; on a lost race, the turn runs again on fresh state;
 * replies are rendered and sent only once the state is saved, so nobody sees a reply twice or
 * a reply that was then thrown away.
 */
export class TurnPipeline {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: ConversationStore,
    private readonly settings: DialogSettings,
    private readonly renderer: ChannelRenderer,
    private readonly telemetry: Telemetry,
  ) {}

  run(context: TurnContext, input: TurnInput): Promise<TurnOutcome> {
    const a = context.activity;
    const key = conversationKey(a.channelId, a.conversation.id);
    return this.queue.run(key, () => this.turnWithApology(context, key, input));
  }

  /** Turns waiting or running, across all conversations (for graceful shutdown). */
  get busy(): number {
    return this.queue.pending;
  }

  private async turnWithApology(context: TurnContext, key: string, input: TurnInput): Promise<TurnOutcome> {
    const typing = this.startTyping(context);
    const stopTyping = () => clearTimeout(typing);
    try {
      return await this.turn(context, key, input, stopTyping);
    } catch (error) {
      this.telemetry.trackEvent('turnFailed', { reason: errorName(error) });
      // The state wasn't saved (or couldn't be confirmed) and no reply went out: the person can
      // simply try again. The apology is best effort: if the channel itself can't be reached,
      // there is nobody to tell.
      if (input.kind === 'message' && !(error instanceof DeliveryError)) {
        const words = wordsFor('en', this.settings.brandName);
        await context.sendActivity({ type: ActivityTypes.Message, text: words.t('sorry') }).catch(() => undefined);
      }
      return 'failed';
    } finally {
      stopTyping();
    }
  }

  private async turn(context: TurnContext, key: string, input: TurnInput, stopTyping: () => void): Promise<TurnOutcome> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.store.load(key);
      if (isResend(context.activity, loaded.record)) return 'ignored';
      const result = takeTurn(restoreState(loaded.record), input, this.settings);
      const record: ConversationRecord = { conversation: result.state, seen: seenWith(context.activity, loaded.record) };
      try {
        await this.store.save(key, { ...loaded, record });
      } catch (error) {
        if (isConflict(error)) {
          this.telemetry.trackEvent('stateConflict', { attempt });
          if (attempt < MAX_ATTEMPTS) continue;
          throw error;
        }
        // A write that timed out may still have landed: answer if it did, so a retry by the
        // person doesn't answer the next question.
        if (!(await this.landed(key, record))) throw error;
      }
      stopTyping(); // the replies themselves are about to show
      await this.send(context, result);
      for (const e of result.events) this.telemetry.trackEvent(e.name, e.properties);
      return attempt > 1 ? 'retried' : 'ok';
    }
  }

  private async landed(key: string, written: ConversationRecord): Promise<boolean> {
    try {
      const { record } = await this.store.load(key);
      return record.at === written.at && JSON.stringify(record.conversation) === JSON.stringify(written.conversation);
    } catch {
      return false;
    }
  }

  private async send(context: TurnContext, result: TurnResult): Promise<void> {
    const words = wordsFor(result.state.language ?? 'en', this.settings.brandName);
    const activities = this.renderer.render(context, result.replies, words);
    if (!activities.length) return;
    await context.sendActivities(activities).catch((error) => {
      throw new DeliveryError(error);
    });
  }

  /** A typing indicator only when a turn is slow (storage, load), where the channel shows one. */
  private startTyping(context: TurnContext): ReturnType<typeof setTimeout> | undefined {
    if (!capabilitiesOf(context.activity.channelId).typing) return undefined;
    if (context.activity.type !== ActivityTypes.Message) return undefined;
    const timer = setTimeout(() => {
      void context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    }, TYPING_AFTER_MS);
    timer.unref?.();
    return timer;
  }
}

/** A channel resends a message it thinks went unanswered (Teams after 15 s): answer it once. */
function isResend(a: Activity, record: ConversationRecord): boolean {
  return a.type === ActivityTypes.Message && !!a.id && !!record.seen?.includes(shortId(a.id));
}

function seenWith(a: Activity, record: ConversationRecord): string[] | undefined {
  if (a.type !== ActivityTypes.Message || !a.id) return record.seen;
  return [...(record.seen ?? []), shortId(a.id)].slice(-SEEN_IDS);
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

function errorName(error: unknown): string {
  const e = error as { name?: string; code?: string | number; statusCode?: number };
  return String(e?.code ?? e?.statusCode ?? e?.name ?? 'Error');
}
